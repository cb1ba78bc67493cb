package dev.rt0gen.syntax;

import dev.rt0gen.source.CompileException;
import dev.rt0gen.source.Pos;

import java.util.Set;

/**
 * The one place that decides which of Go's constructs rt0gen compiles: the parser and the
 * checker ask here, and every "not supported by rt0gen" message is worded here. Supporting a
 * construct starts by taking it out of this class.
 *
 * <p>The parser stops at the first construct it cannot represent ({@link Construct});
 * the checker reports, among its other errors, the predeclared names, packages, package
 * members and uses of values that the subset leaves out.
 */
public final class Supported {
    private Supported() {
    }

    /** Syntax the parser rejects, at the construct's first token. */
    public enum Construct {
        TYPE_ALIASES("type aliases are"),
        GENERIC_TYPES("generic types are"),
        DOT_IMPORTS("dot imports are"),
        QUALIFIED_TYPE_NAMES("qualified type names are"),
        ARRAY_SLICE_TYPES("array and slice types are"),
        POINTER_TYPES("pointer types are"),
        PARENTHESIZED_TYPES("parenthesized types are"),
        MAP_TYPES("map types are"),
        CHAN_TYPES("chan types are"),
        FUNC_TYPES("func types are"),
        STRUCT_TYPES("struct types are"),
        INTERFACE_TYPES("interface types are"),
        METHODS("methods are"),
        GENERIC_FUNCS("generic functions are"),
        VARIADIC_PARAMS("variadic parameters are"),
        FUNC_LITS("function literals are"),
        DEFER("defer statements are"),
        SELECT("select statements are"),
        RANGE("range clauses are"),
        CHANNEL_OPS("channel operations are"),
        TYPE_SWITCHES("type switches are"),
        POINTERS("pointers are"),
        TYPE_ASSERTIONS("type assertions are"),
        VARIADIC_CALLS("variadic calls are"),
        INDEX_SLICE_EXPRS("index and slice expressions are"),
        COMPLEX("complex numbers are");

        private final String what;

        Construct(String what) {
            this.what = what;
        }

        public String message() {
            return what + " not supported by rt0gen";
        }

        /** The type literal a keyword starts: {@code map}, {@code chan}, {@code func}, {@code struct}, {@code interface}. */
        public static Construct typeLiteral(String keyword) {
            return switch (keyword) {
                case "map" -> MAP_TYPES;
                case "chan" -> CHAN_TYPES;
                case "func" -> FUNC_TYPES;
                case "struct" -> STRUCT_TYPES;
                case "interface" -> INTERFACE_TYPES;
                default -> throw new IllegalArgumentException(keyword);
            };
        }

        /** The statement a keyword starts: {@code defer}, {@code select}. */
        public static Construct statement(String keyword) {
            return switch (keyword) {
                case "defer" -> DEFER;
                case "select" -> SELECT;
                default -> throw new IllegalArgumentException(keyword);
            };
        }
    }

    /** The parser's error for a construct rt0gen does not compile. */
    public static CompileException reject(Construct c, Pos pos) {
        return new CompileException(pos, c.message());
    }

    /** Predeclared names the subset leaves out: types, {@code nil} and built-in functions. */
    private static final Set<String> LEFT_OUT_PREDECLARED = Set.of(
            "any", "comparable", "complex64", "complex128", "error", "float32", "nil", "append", "cap",
            "clear", "close", "complex", "copy", "delete", "imag", "make", "max", "min", "new", "real", "recover");

    /** The standard-library packages the runtime provides (their members: {@link Universe}). */
    private static final Set<String> STD_PACKAGES = Set.of("os", "runtime");

    public static boolean leftOutPredeclared(String name) {
        return LEFT_OUT_PREDECLARED.contains(name);
    }

    public static boolean stdPackage(String path) {
        return STD_PACKAGES.contains(path);
    }

    /** An import of neither the module's own packages nor a supported standard one. */
    public static String packageMessage(String path) {
        return "package " + path + " is not supported by rt0gen";
    }

    /** A predeclared type the subset leaves out, used as a type. */
    public static String predeclaredTypeMessage(String name) {
        return "type " + name + " is not supported by rt0gen";
    }

    /** A predeclared name the subset leaves out, used as a value. */
    public static String predeclaredMessage(String name) {
        return name + " is not supported by rt0gen";
    }

    /** A member of a supported standard package that the runtime does not provide. */
    public static String stdMemberMessage(String path, String name) {
        return path + "." + name + " is not supported by rt0gen";
    }

    /** A function used other than by calling it. */
    public static String funcValueMessage(String operand) {
        return "function values are not supported by rt0gen: " + operand;
    }

    public static String intToStringMessage() {
        return "conversion from int to string is not supported by rt0gen";
    }

    /** A conversion between a float type and uint, uint64 or uintptr (gc's longer sequences past MaxInt64). */
    public static String floatUint64Message(dev.rt0gen.types.Basic from, dev.rt0gen.types.Type to) {
        return "conversion from " + from + " to " + to + " is not supported by rt0gen";
    }

    /** {@code panic(v)} of a float value. */
    public static String panicFloatMessage(String type) {
        return "panic with a value of type " + type + " is not supported by rt0gen";
    }

    /** {@code panic(v)} of a declared type: Go prints the type's name with the value. */
    public static String panicNamedMessage(String type) {
        return "panic with a value of declared type " + type + " is not supported by rt0gen";
    }

    /** {@code go} of anything but a call of one of the program's own functions. */
    public static String goCallMessage(String fun) {
        return "go " + fun + "(…): only calls of the program's own functions are supported by rt0gen in go statements";
    }
}
