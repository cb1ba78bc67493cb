package dev.rt0gen.types;

import java.util.ArrayList;
import java.util.List;

/**
 * A defined type ({@code type T U}, and later the predeclared {@code error}): identical only to
 * itself. Its underlying type is set once the declaration is checked (a declaration may refer
 * to its own type: {@code type L struct{ next *L }}); its methods are added as they are declared.
 */
public final class Named implements Type {
    /** The import path of the declaring package (empty for a predeclared type). */
    public final String pkg;
    public final String name;
    private Type underlying;
    private final List<Func> methods = new ArrayList<>();

    /** The predeclared {@code error}: {@code interface{ Error() string }}. */
    public static final Named ERROR = new Named("", "error",
            new Interface(List.of(new Func("Error", new Signature(List.of(), List.of(Basic.STRING)), false)), List.of()));

    public Named(String pkg, String name, Type underlying) {
        this.pkg = pkg;
        this.name = name;
        this.underlying = underlying;
    }

    @Override
    public Type underlying() {
        return underlying == null ? Basic.INVALID : underlying;
    }

    public void setUnderlying(Type t) {
        underlying = t instanceof Named n ? n.underlying() : t;
    }

    public List<Func> methods() {
        return methods;
    }

    public void addMethod(Func m) {
        methods.add(m);
    }

    /** A method: its receiver is the named type ({@code pointerRecv}: {@code *T}). */
    public record Func(String name, Signature sig, boolean pointerRecv) {
    }

    @Override
    public String toString() {
        return name;
    }
}
