package dev.rt0gen.types;

/**
 * A predeclared type, unsafe.Pointer, an untyped constant's kind, or the invalid type. Each
 * kind has one object ({@link #of}), except that {@code byte} and {@code rune} are objects of
 * their own with kinds uint8 and int32, so that messages keep the name the source used (as
 * types2's universe does).
 */
public final class Basic implements Type {
    public enum Kind {
        INVALID, BOOL, INT, INT8, INT16, INT32, INT64, UINT, UINT8, UINT16, UINT32, UINT64, UINTPTR,
        FLOAT32, FLOAT64, COMPLEX64, COMPLEX128, STRING, UNSAFE_POINTER,
        UNTYPED_BOOL, UNTYPED_INT, UNTYPED_RUNE, UNTYPED_FLOAT, UNTYPED_COMPLEX, UNTYPED_STRING, UNTYPED_NIL
    }

    private static final Basic[] TYP = new Basic[Kind.values().length];

    public static final Basic INVALID = new Basic(Kind.INVALID, "invalid type");
    public static final Basic BOOL = new Basic(Kind.BOOL, "bool");
    public static final Basic INT = new Basic(Kind.INT, "int");
    public static final Basic INT8 = new Basic(Kind.INT8, "int8");
    public static final Basic INT16 = new Basic(Kind.INT16, "int16");
    public static final Basic INT32 = new Basic(Kind.INT32, "int32");
    public static final Basic INT64 = new Basic(Kind.INT64, "int64");
    public static final Basic UINT = new Basic(Kind.UINT, "uint");
    public static final Basic UINT8 = new Basic(Kind.UINT8, "uint8");
    public static final Basic UINT16 = new Basic(Kind.UINT16, "uint16");
    public static final Basic UINT32 = new Basic(Kind.UINT32, "uint32");
    public static final Basic UINT64 = new Basic(Kind.UINT64, "uint64");
    public static final Basic UINTPTR = new Basic(Kind.UINTPTR, "uintptr");
    public static final Basic FLOAT32 = new Basic(Kind.FLOAT32, "float32");
    public static final Basic FLOAT64 = new Basic(Kind.FLOAT64, "float64");
    public static final Basic COMPLEX64 = new Basic(Kind.COMPLEX64, "complex64");
    public static final Basic COMPLEX128 = new Basic(Kind.COMPLEX128, "complex128");
    public static final Basic STRING = new Basic(Kind.STRING, "string");
    public static final Basic UNSAFE_POINTER = new Basic(Kind.UNSAFE_POINTER, "unsafe.Pointer");
    public static final Basic UNTYPED_BOOL = new Basic(Kind.UNTYPED_BOOL, "untyped bool");
    public static final Basic UNTYPED_INT = new Basic(Kind.UNTYPED_INT, "untyped int");
    public static final Basic UNTYPED_RUNE = new Basic(Kind.UNTYPED_RUNE, "untyped rune");
    public static final Basic UNTYPED_FLOAT = new Basic(Kind.UNTYPED_FLOAT, "untyped float");
    public static final Basic UNTYPED_COMPLEX = new Basic(Kind.UNTYPED_COMPLEX, "untyped complex");
    public static final Basic UNTYPED_STRING = new Basic(Kind.UNTYPED_STRING, "untyped string");
    public static final Basic UNTYPED_NIL = new Basic(Kind.UNTYPED_NIL, "untyped nil");

    /** The aliases: identical to uint8 and int32, but printed as the source wrote them. */
    public static final Basic BYTE = new Basic(Kind.UINT8, "byte", false);
    public static final Basic RUNE = new Basic(Kind.INT32, "rune", false);

    private final Kind kind;
    private final String name;

    private Basic(Kind kind, String name) {
        this(kind, name, true);
    }

    private Basic(Kind kind, String name, boolean canonical) {
        this.kind = kind;
        this.name = name;
        if (canonical) TYP[kind.ordinal()] = this;
    }

    /** The type of a kind (uint8 for {@code byte}'s kind: Go's Typ[kind]). */
    public static Basic of(Kind k) {
        return TYP[k.ordinal()];
    }

    public Kind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public boolean isUntyped() {
        return switch (kind) {
            case UNTYPED_BOOL, UNTYPED_INT, UNTYPED_RUNE, UNTYPED_FLOAT, UNTYPED_COMPLEX, UNTYPED_STRING, UNTYPED_NIL -> true;
            case INVALID, BOOL, INT, INT8, INT16, INT32, INT64, UINT, UINT8, UINT16, UINT32, UINT64, UINTPTR,
                    FLOAT32, FLOAT64, COMPLEX64, COMPLEX128, STRING, UNSAFE_POINTER -> false;
        };
    }

    public boolean isInteger() {
        return switch (kind) {
            case INT, INT8, INT16, INT32, INT64, UINT, UINT8, UINT16, UINT32, UINT64, UINTPTR, UNTYPED_INT, UNTYPED_RUNE -> true;
            case INVALID, BOOL, FLOAT32, FLOAT64, COMPLEX64, COMPLEX128, STRING, UNSAFE_POINTER,
                    UNTYPED_BOOL, UNTYPED_FLOAT, UNTYPED_COMPLEX, UNTYPED_STRING, UNTYPED_NIL -> false;
        };
    }

    public boolean isUnsigned() {
        return switch (kind) {
            case UINT, UINT8, UINT16, UINT32, UINT64, UINTPTR -> true;
            case INVALID, BOOL, INT, INT8, INT16, INT32, INT64, FLOAT32, FLOAT64, COMPLEX64, COMPLEX128, STRING,
                    UNSAFE_POINTER, UNTYPED_BOOL, UNTYPED_INT, UNTYPED_RUNE, UNTYPED_FLOAT, UNTYPED_COMPLEX,
                    UNTYPED_STRING, UNTYPED_NIL -> false;
        };
    }

    public boolean isFloat() {
        return kind == Kind.FLOAT32 || kind == Kind.FLOAT64 || kind == Kind.UNTYPED_FLOAT;
    }

    public boolean isComplex() {
        return kind == Kind.COMPLEX64 || kind == Kind.COMPLEX128 || kind == Kind.UNTYPED_COMPLEX;
    }

    public boolean isNumeric() {
        return isInteger() || isFloat() || isComplex();
    }

    public boolean isBoolean() {
        return kind == Kind.BOOL || kind == Kind.UNTYPED_BOOL;
    }

    public boolean isString() {
        return kind == Kind.STRING || kind == Kind.UNTYPED_STRING;
    }

    /** Ordered by {@code <}: integers, floats, strings. */
    public boolean isOrdered() {
        return isInteger() || isFloat() || isString();
    }

    /** A type a constant may have (types2's isConstType). */
    public boolean isConstType() {
        return isBoolean() || isNumeric() || isString();
    }

    /** The type an untyped constant gets where no other type is asked for; a typed type itself. */
    public Basic defaultType() {
        return switch (kind) {
            case UNTYPED_BOOL -> BOOL;
            case UNTYPED_INT -> INT;
            case UNTYPED_RUNE -> RUNE;
            case UNTYPED_FLOAT -> FLOAT64;
            case UNTYPED_COMPLEX -> COMPLEX128;
            case UNTYPED_STRING -> STRING;
            case INVALID, BOOL, INT, INT8, INT16, INT32, INT64, UINT, UINT8, UINT16, UINT32, UINT64, UINTPTR,
                    FLOAT32, FLOAT64, COMPLEX64, COMPLEX128, STRING, UNSAFE_POINTER, UNTYPED_NIL -> this;
        };
    }

    @Override
    public String toString() {
        return name;
    }
}
