package dev.rt0gen.syntax;

import dev.rt0gen.source.CompileException;
import dev.rt0gen.source.Pos;

import java.util.Set;

/**
 * The one place that decides which of Go's constructs rt0gen compiles: the parser and the
 * checker ask here, and every "not supported by rt0gen" message is worded here. Supporting a
 * construct starts by taking it out of this class.
 *
 * <p>The parser builds a tree for all of Go but generics, type aliases and dot imports, which
 * it rejects ({@link #reject}); the checker rejects, where it meets them, the other constructs
 * rt0gen does not compile yet ({@link #type}, {@link #expr}, {@link #stmt},
 * each a {@link Rejection} at the construct's first token, where the parser used to stop), and
 * reports, among its other errors, the predeclared names, packages, package members and uses
 * of values that the subset leaves out.
 */
public final class Supported {
    private Supported() {
    }

    /** Constructs rt0gen does not compile. */
    public enum Construct {
        TYPE_ALIASES("type aliases are"),
        GENERIC_TYPES("generic types are"),
        DOT_IMPORTS("dot imports are"),
        GENERIC_FUNCS("generic functions are"),
        INTERFACE_MAP_KEYS("map keys with interface values in fields or elements are");

        private final String what;

        Construct(String what) {
            this.what = what;
        }

        public String message() {
            return what + " not supported by rt0gen";
        }
    }

    /** The parser's error for a construct rt0gen does not compile (generics, type aliases, dot imports). */
    public static CompileException reject(Construct c, Pos pos) {
        return new CompileException(pos, c.message());
    }

    /** A construct the checker rejects, at its first token. */
    public record Rejection(Construct construct, Pos pos) {
        public String message() {
            return construct.message();
        }
    }

    /**
     * The type expression {@code t} where a type is expected, when rt0gen does not compile it;
     * null for a type name (which the checker resolves) and for what is no type at all.
     */
    public static Rejection type(Expr t) {
        // every type literal compiles today; a qualified type name (pkg.T) is resolved by the
        // checker, and a member of a standard package the runtime lacks is stdMemberMessage's
        return null;
    }

    /**
     * The expression {@code e} where a value is expected, when rt0gen does not compile it (the
     * expression itself, not its operands); null otherwise. A composite literal is rejected by
     * its type ({@link #type}); a type literal where a value is expected (a conversion) too.
     */
    public static Rejection expr(Expr e) {
        if (e instanceof Expr.CompositeLit cl) return cl.type() == null ? null : type(cl.type());
        if (e instanceof Expr.Paren || e instanceof Expr.Unary || e instanceof Expr.Selector || e instanceof Expr.FuncLit
                || e instanceof Expr.Call) return null;
        return type(e);
    }

    /** The statement {@code s}, when rt0gen does not compile it (the statement itself, not its parts); null otherwise. */
    public static Rejection stmt(Stmt s) {
        return null;
    }

    /** Predeclared names the subset leaves out: types, {@code nil} and built-in functions. */
    private static final Set<String> LEFT_OUT_PREDECLARED = Set.of(
            "comparable");

    /** The standard-library packages the runtime provides (their members: {@link Universe}). */
    private static final Set<String> STD_PACKAGES = Set.of("os", "runtime", "unsafe");

    public static boolean leftOutPredeclared(String name) {
        return LEFT_OUT_PREDECLARED.contains(name);
    }

    public static boolean stdPackage(String path) {
        return STD_PACKAGES.contains(path);
    }

    /**
     * The standard packages rt0gen ships written in Go (sync, time, errors, math, ...:
     * {@link dev.rt0gen.source.StdSources}), compiled with the program; a member Go has and
     * they lack is {@link #stdMemberMessage}'s.
     */
    public static boolean goStdPackage(String path) {
        return dev.rt0gen.source.StdSources.has(path);
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

    public static String intToStringMessage() {
        return "conversion from int to string is not supported by rt0gen";
    }

    /** A goto in the body of a range over a function to a label outside it. */
    public static String gotoOutOfRangeFuncMessage(String label) {
        return "goto " + label + " out of the body of a range over a function is not supported by rt0gen";
    }

    /** {@code go} or {@code defer} of a built-in function or a conversion. */
    public static String goCallMessage(String stmt, String fun) {
        return stmt + " " + fun + "(…): only calls of functions and func values are supported by rt0gen in " + stmt + " statements";
    }
}
