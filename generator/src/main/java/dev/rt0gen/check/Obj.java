package dev.rt0gen.check;

import dev.rt0gen.source.Pos;
import dev.rt0gen.syntax.Decl;
import dev.rt0gen.types.Signature;
import dev.rt0gen.types.Type;

/**
 * What an identifier denotes. Objects are compared by identity: the checker binds every use
 * of a name to exactly one of them.
 */
public sealed interface Obj {
    String name();

    Pos pos();

    /** A variable: package-level (global), local, parameter or named/unnamed result. */
    final class Var implements Obj {
        public enum Kind { GLOBAL, LOCAL, PARAM, RESULT }

        private final String name;
        private final Pos pos;
        public final Kind kind;
        /** The import path of the package declaring it. */
        public final String pkg;
        Type type;
        boolean used;
        /** A package variable's symbol when {@code //go:linkname} gives it another (package runtime's os.Args), else null. */
        String linkname;

        Var(String name, Pos pos, Kind kind, String pkg, Type type) {
            this.name = name;
            this.pos = pos;
            this.kind = kind;
            this.pkg = pkg;
            this.type = type;
        }

        public String name() {
            return name;
        }

        public Pos pos() {
            return pos;
        }

        public Type type() {
            return type;
        }

        public boolean isBlank() {
            return name.equals("_");
        }

        /** A package variable's link name: {@code PKG.NAME}, or the one {@code //go:linkname} gives it. */
        public String symbol() {
            return linkname != null ? linkname : pkg + "." + name;
        }

        @Override
        public String toString() {
            return "var " + name;
        }
    }

    /** A constant with its folded value (BigInteger, Boolean or byte String). */
    final class Const implements Obj {
        private final String name;
        private final Pos pos;
        Type type;
        Object value;

        Const(String name, Pos pos, Type type, Object value) {
            this.name = name;
            this.pos = pos;
            this.type = type;
            this.value = value;
        }

        public String name() {
            return name;
        }

        public Pos pos() {
            return pos;
        }

        public Type type() {
            return type;
        }

        public Object value() {
            return value;
        }
    }

    /**
     * A function: one of the program's ({@code decl} set) or a standard library function the
     * runtime provides ({@code decl} null). {@code symbol} is its Go link name
     * ({@code main.f}, {@code example.com/app/log.Print}, {@code os.Exit}).
     */
    final class Func implements Obj {
        private final String name;
        private final Pos pos;
        public final String pkg;
        public final String symbol;
        public final Decl.Func decl;
        Signature sig;
        /** A method's receiver type ({@code T} or {@code *T}; its signature {@code sig} is without it); null for a function. */
        Type recv;

        Func(String name, Pos pos, String pkg, String symbol, Decl.Func decl, Signature sig) {
            this.name = name;
            this.pos = pos;
            this.pkg = pkg;
            this.symbol = symbol;
            this.decl = decl;
            this.sig = sig;
        }

        public String name() {
            return name;
        }

        public Pos pos() {
            return pos;
        }

        public Signature sig() {
            return sig;
        }

        public Type recv() {
            return recv;
        }

        public String symbol() {
            return symbol;
        }

        @Override
        public String toString() {
            return "func " + symbol;
        }
    }

    /** {@code print}, {@code println}, {@code len}. */
    record Builtin(String name) implements Obj {
        public Pos pos() {
            return null;
        }
    }

    /**
     * A type name: a predeclared type ({@code pos} null) or a declared one ({@code type T U},
     * whose {@link dev.rt0gen.types.Named} gets its underlying type when the declaration is checked).
     */
    record TypeName(String name, Type type, Pos pos) implements Obj {
        TypeName(String name, Type type) {
            this(name, type, null);
        }
    }

    /** An imported package's name in a file. */
    final class PkgName implements Obj {
        private final String name;
        private final Pos pos;
        public final String path;
        final Scope scope;
        boolean used;

        PkgName(String name, Pos pos, String path, Scope scope) {
            this.name = name;
            this.pos = pos;
            this.path = path;
            this.scope = scope;
        }

        public String name() {
            return name;
        }

        public Pos pos() {
            return pos;
        }
    }
}
