package dev.rt0gen.check;

import dev.rt0gen.check.Operand.Mode;
import dev.rt0gen.syntax.Decl;
import dev.rt0gen.syntax.Expr;
import dev.rt0gen.syntax.Stmt;
import dev.rt0gen.types.Basic;
import dev.rt0gen.types.Interface;
import dev.rt0gen.types.Lookup;
import dev.rt0gen.types.Named;
import dev.rt0gen.types.Pointer;
import dev.rt0gen.types.Signature;
import dev.rt0gen.types.Tuple;
import dev.rt0gen.types.Type;
import dev.rt0gen.types.Types;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Interface types, method sets and satisfaction (types2's interface.go, lookup.go's
 * missingMethod and its cause), type assertions ({@code x.(T)}, comma-ok) and type switches,
 * and the implicit conversions of values to interfaces that lowering turns into (type, data)
 * pairs ({@code info.ifaceConversions}).
 */
final class Interfaces {
    private final Checker chk;

    Interfaces(Checker chk) {
        this.chk = chk;
    }

    /** {@code interface{ M(…) …; E }}: its methods (no name twice) and embedded interfaces. */
    Type interfaceType(Expr.InterfaceType it, Scope s, java.util.function.Function<Expr, Type> elem) {
        List<Named.Func> methods = new ArrayList<>();
        Map<String, Expr.Ident> seen = new HashMap<>();
        boolean ok = true;
        for (Expr.Method m : it.methods()) {
            // the method's signature as a func type's (a variadic ...T, a type being declared)
            Type st = elem.apply(m.type());
            if (!(st instanceof Signature sig)) {
                ok = false;
                continue;
            }
            String name = m.name().name();
            if (name.equals("_")) {
                chk.error(m.name(), "methods must have a unique non-blank name");
                ok = false;
                continue;
            }
            if (seen.containsKey(name)) {
                chk.error(m.name(), "duplicate method " + name + "\n\t" + seen.get(name).pos() + ": other declaration of method " + name);
                ok = false;
                continue;
            }
            seen.put(name, m.name());
            methods.add(new Named.Func(name, sig, false));
        }
        List<Type> embeddeds = new ArrayList<>();
        for (Expr e : it.embeddeds()) {
            Type t = elem.apply(e);
            if (t == Basic.INVALID) {
                ok = false;
                continue;
            }
            if (!(t.underlying() instanceof Interface)) {
                chk.error(e, "cannot use " + t + " as interface: interface contains type constraints (not supported by rt0gen)");
                ok = false;
                continue;
            }
            embeddeds.add(t);
        }
        return ok ? new Interface(methods, embeddeds) : Basic.INVALID;
    }

    /**
     * Why v does not implement iface, as types2 words it after "T does not implement I":
     * {@code (missing method M)}, {@code (method M has pointer receiver)}, {@code (wrong type
     * for method M)} with the have/want lines; null when it does.
     */
    static String missing(Type v, Interface iface, String indent) {
        Named.Func m = Types.missingMethod(v, iface);
        if (m == null) return null;
        Lookup.Result r = Lookup.lookup(v, null, m.name());
        if (r == null || r == Lookup.AMBIGUOUS || r.method() == null) return "(missing method " + m.name() + ")";
        if (!Types.identical(r.method().sig(), m.sig())) {
            return "(wrong type for method " + m.name() + ")\n" + indent + "have " + m.name() + sigTail(r.method().sig())
                    + "\n" + indent + "want " + m.name() + sigTail(m.sig());
        }
        return "(method " + m.name() + " has pointer receiver)";
    }

    private static String sigTail(Signature s) {
        return s.toString().substring("func".length());
    }

    /** Whether a value of type v may be assigned to interface type t, and if not, the message's tail. */
    String notImplemented(Type v, Type t) {
        if (!(t.underlying() instanceof Interface it)) return null;
        String why = missing(v, it, "\t\t");
        return why == null ? null : v + " does not implement " + t + " " + why;
    }

    /** Records that e's value (of a type that is not t) becomes a value of interface type t there. */
    void convert(Expr e, Type t) {
        if (e == null || !(t.underlying() instanceof Interface)) return;
        CheckedProgram.TypeAndValue tv = chk.info.types.get(e);
        if (tv != null && Types.identical(tv.type(), t)) return;
        if (tv != null && tv.type() instanceof Basic b && b.kind() == Basic.Kind.UNTYPED_NIL) return;
        chk.info.ifaceConversions.put(e, t);
    }

    /** {@code x.(T)}: x of an interface type, T a type that could be x's dynamic type. */
    void typeAssert(Expr.TypeAssert ta, Scope s, Operand x) {
        Operand y = chk.exprs.expr(ta.x(), s);
        if (ta.type() == null) {
            chk.error(ta, "invalid syntax tree: use of .(type) outside type switch");
            return;
        }
        Type t = chk.typexprs.resolveType(ta.type(), s);
        if (y.invalid() || t == Basic.INVALID) return;
        if (!chk.exprs.singleValue(y)) return;
        if (!(y.type.underlying() instanceof Interface xi)) {
            chk.error(ta.x(), "invalid operation: " + y + " is not an interface");
            return;
        }
        if (!(t.underlying() instanceof Interface)) {
            String why = missing(t, xi, "\t\t");
            if (why != null) {
                chk.error(ta, "impossible type assertion: " + Expr.show(ta) + "\n\t" + t + " does not implement " + y.type + " " + why);
                return;
            }
        }
        x.mode = Mode.VALUE;   // comma-ok where two values are wanted (commaOk)
        x.type = t;
    }

    /**
     * The right-hand side of {@code v, ok := x.(T)} (and {@code =}, {@code var}): a type
     * assertion with its comma-ok bool, recorded in {@code info.commaOk}; any other
     * expression as {@link Exprs#multiExpr} checks it.
     */
    Operand commaOk(Expr e, Scope s, int nLhs) {
        Operand x = chk.exprs.multiExpr(e, s);
        if (nLhs != 2 || x.invalid() || !(Checker.unparen(e) instanceof Expr.TypeAssert)) return x;
        x.type = new Tuple(List.of(x.type, Basic.BOOL));
        chk.info.commaOk.add(Checker.unparen(e));
        chk.info.types.put(Checker.unparen(e), new CheckedProgram.TypeAndValue(x.type, null));
        chk.info.types.put(e, new CheckedProgram.TypeAndValue(x.type, null));
        return x;
    }

    /**
     * {@code switch [v :=] x.(type) { case T1, T2: … }}: x of an interface type; each case a
     * type x could hold (or nil), none twice; v in a clause of one type has that type, else
     * x's; v declared and used in no clause is an error at v.
     */
    void typeSwitch(Stmt.TypeSwitch ts, Scope outer, java.util.function.BiConsumer<Stmt, Scope> init,
                    java.util.function.BiConsumer<List<Stmt>, Scope> body) {
        Scope s = new Scope(outer);
        if (ts.init() != null) init.accept(ts.init(), s);
        Operand y = chk.exprs.expr(ts.x(), s);
        Interface xi = null;
        if (!y.invalid() && chk.exprs.singleValue(y)) {
            if (y.type.underlying() instanceof Interface i) xi = i;
            else chk.error(ts.x(), y + " is not an interface");
        }
        List<Expr> seenTypes = new ArrayList<>();
        List<Type> seen = new ArrayList<>();
        Expr seenNil = null;
        List<Obj.Var> binds = new ArrayList<>();
        for (Stmt.CaseClause cc : ts.clauses()) {
            Type single = null;
            int n = 0;
            for (Expr e : cc.values()) {
                n++;
                Type t;
                if (Checker.unparen(e) instanceof Expr.Ident id && id.name().equals("nil") && s.lookup("nil") instanceof Obj.Const) {
                    chk.info.objects.put(id, s.lookup("nil"));
                    if (seenNil != null) chk.error(e, "multiple nil cases in type switch (first at " + seenNil.pos() + ")");
                    seenNil = e;
                    t = Basic.UNTYPED_NIL;
                    chk.info.types.put(e, new CheckedProgram.TypeAndValue(t, null));
                } else {
                    t = chk.typexprs.resolveType(e, s);
                    if (t == Basic.INVALID) continue;
                    if (xi != null && !(t.underlying() instanceof Interface)) {
                        String why = missing(t, xi, "\t\t");
                        if (why != null) {
                            chk.error(e, "impossible type switch case: " + Expr.show(e) + "\n\t" + y + " cannot have dynamic type " + t + " " + why);
                            continue;
                        }
                    }
                    boolean dup = false;
                    for (int k = 0; k < seen.size() && !dup; k++) {
                        if (Types.identical(seen.get(k), t)) {
                            chk.error(e, "duplicate case " + t + " in type switch\n\t" + seenTypes.get(k).pos() + ": previous case");
                            dup = true;
                        }
                    }
                    if (!dup) {
                        seenTypes.add(e);
                        seen.add(t);
                    }
                    chk.info.types.put(e, new CheckedProgram.TypeAndValue(t, null, true));
                }
                single = t;
            }
            Scope cs = new Scope(s);
            if (ts.bind() != null) {
                Type vt = n == 1 && single != null && single != Basic.UNTYPED_NIL ? single : y.invalid() ? Basic.INVALID : y.type;
                Obj.Var v = new Obj.Var(ts.bind().name(), ts.bind().pos(), Obj.Var.Kind.LOCAL, chk.pkgPath, vt);
                if (y.invalid()) v.used = true;
                cs.objects.put(v.name(), v);
                chk.info.implicits.put(cc, v);
                chk.fn.locals.add(v);
                binds.add(v);
            }
            body.accept(cc.body(), cs);
        }
        if (ts.bind() != null) {
            boolean used = binds.isEmpty();
            for (Obj.Var v : binds) used |= v.used;
            // one error at the bind, not one per clause (types2), and "declared and not used" not repeated
            if (!used) chk.error(ts.bind(), ts.bind().name() + " declared and not used");
            for (Obj.Var v : binds) v.used = true;
        }
    }
}
