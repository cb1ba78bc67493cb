package dev.rt0gen.initorder;

import dev.rt0gen.check.CheckedProgram;
import dev.rt0gen.check.Obj;
import dev.rt0gen.syntax.Expr;
import dev.rt0gen.types.Array;
import dev.rt0gen.types.Basic;
import dev.rt0gen.types.Slice;
import dev.rt0gen.types.Struct;
import dev.rt0gen.types.Type;

/**
 * Which package variables are initialized statically, in the executable's data, rather than by
 * code in {@code PKG.init} (a part of gc's staticinit): a constant, or an array, struct or slice
 * literal whose elements are constants, {@code nil} or such literals again (a slice literal's
 * elements become a static array the slice points to). Nothing of such a value can be observed
 * before the variable is initialized, so initializing it before the program runs is the same to
 * the program; a package with nothing else to initialize has no init task, as in Go. A value
 * that becomes an interface value is left to code (its type descriptor and boxing).
 */
public final class StaticInit {
    private StaticInit() {
    }

    /** Whether variable initializer e (of a one-variable declaration) is static. */
    public static boolean isStatic(CheckedProgram.Info info, Expr e) {
        if (info.ifaceConversions.containsKey(e)) return false;
        CheckedProgram.TypeAndValue tv = info.typeOf(e);
        if (tv == null) return false;
        if (tv.isConstant()) return true;
        if (tv.type() instanceof Basic b && b.kind() == Basic.Kind.UNTYPED_NIL) return true;
        while (e instanceof Expr.Paren p) e = p.x();
        if (e instanceof Expr.Ident id && info.objectOf(id) instanceof Obj.Const nc && nc.name().equals("nil") && nc.pos() == null) return true;
        if (!(e instanceof Expr.CompositeLit cl) || info.elidedAddr.contains(e)) return false;
        Type u = tv.type().underlying();
        Type elem = u instanceof Array a ? a.elem() : u instanceof Slice s ? s.elem() : null;
        if (elem == null && !(u instanceof Struct)) return false;
        for (Expr el : cl.elems()) {
            if (!isStatic(info, el instanceof Expr.KeyValue kv ? kv.value() : el)) return false;   // one made an interface value: not
        }
        return true;
    }

    /** Whether the declaration {@code vi} initializes its variable statically. */
    public static boolean isStatic(CheckedProgram.Info info, CheckedProgram.VarInit vi) {
        return vi.value() != null && vi.vars().size() == 1 && isStatic(info, vi.value());
    }
}
