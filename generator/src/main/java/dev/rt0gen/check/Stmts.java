package dev.rt0gen.check;

import dev.rt0gen.syntax.Supported;
import dev.rt0gen.check.CheckedProgram.FuncInfo;
import dev.rt0gen.check.Operand.Mode;
import dev.rt0gen.syntax.Decl;
import dev.rt0gen.syntax.Expr;
import dev.rt0gen.syntax.Stmt;
import dev.rt0gen.types.Basic;
import dev.rt0gen.types.Tuple;
import dev.rt0gen.types.Type;
import dev.rt0gen.types.Types;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Function bodies and statements (types2's stmt.go). */
final class Stmts {
    private final Checker chk;

    Stmts(Checker chk) {
        this.chk = chk;
    }

    void checkFuncBody(Obj.Func f) {
        Decl.Func fd = f.decl;
        Set<Obj> d = new LinkedHashSet<>();
        chk.currentDeps = d;
        chk.deps.put(f, d);
        chk.info.funcs.put(f, body(f, fd.params(), fd.results(), fd.body(), new Scope(chk.fileScope)));
        chk.currentDeps = null;
        chk.fn = null;
    }

    /**
     * A function literal's body, in a scope inside the enclosing one (s); the enclosing
     * function's check resumes after it. What the body uses counts toward the enclosing
     * declaration's dependencies (initialization order).
     */
    void checkFuncLit(Expr.FuncLit fl, dev.rt0gen.types.Signature sig, Scope outer) {
        Checker.FuncCtx saved = chk.fn;
        Obj.Func f = new Obj.Func("func", fl.pos(), chk.pkgPath, null, null, sig);
        try {
            chk.info.funcLits.put(fl, body(f, fl.type().params(), fl.type().results(), fl.body(), new Scope(outer)));
        } finally {
            chk.fn = saved;
        }
    }

    /** A function's body with its parameters and results declared in s: its FuncInfo. */
    private FuncInfo body(Obj.Func f, List<Decl.Param> fparams, List<Decl.Param> fresults, Stmt.Block fbody, Scope s) {
        chk.fn = new Checker.FuncCtx(f);
        List<Obj.Var> params = new ArrayList<>();
        if (f.decl != null && f.decl.recv() != null) {
            // a method's receiver: its first parameter (Go's ABI)
            Decl.Param prm = f.decl.recv();
            Expr.Ident n = prm.name();
            Obj.Var v = new Obj.Var(n == null ? "_" : n.name(), n == null ? prm.type().pos() : n.pos(), Obj.Var.Kind.PARAM, chk.pkgPath, f.recv);
            params.add(v);
            if (n != null) chk.resolver.declare(s, n, v);
        }
        for (int i = 0; i < fparams.size(); i++) {
            Decl.Param prm = fparams.get(i);
            Expr.Ident n = prm.name();
            Obj.Var v = new Obj.Var(n == null ? "_" : n.name(), n == null ? prm.type().pos() : n.pos(), Obj.Var.Kind.PARAM, chk.pkgPath, f.sig.params().get(i));
            params.add(v);
            if (n != null) chk.resolver.declare(s, n, v);
        }
        for (int i = 0; i < fresults.size(); i++) {
            Decl.Param prm = fresults.get(i);
            Expr.Ident n = prm.name();
            Obj.Var v = new Obj.Var(n == null ? "~r" + i : n.name(), n == null ? prm.type().pos() : n.pos(), Obj.Var.Kind.RESULT, chk.pkgPath, f.sig.results().get(i));
            chk.fn.results.add(v);
            if (n != null) chk.resolver.declare(s, n, v);
        }
        stmtList(fbody.stmts(), s, false, false);
        if (!f.sig.results().isEmpty() && !Terminating.isTerminatingList(fbody.stmts(), chk.fn.panics)) {
            chk.error(fbody.rbrace(), "missing return");
        }
        List<Obj.Var> unusedVars = new ArrayList<>();
        for (Obj.Var v : chk.fn.locals) if (!v.used && !v.isBlank()) unusedVars.add(v);
        unusedVars.sort(Comparator.comparing(Obj::pos));
        for (Obj.Var v : unusedVars) chk.error(v.pos(), "declared and not used: " + v.name());
        return new FuncInfo(params, List.copyOf(chk.fn.results), List.copyOf(chk.fn.locals));
    }

    private void stmtList(List<Stmt> list, Scope s, boolean inLoop, boolean inSwitch) {
        for (Stmt st : list) stmt(st, s, inLoop, inSwitch);
    }

    private void stmt(Stmt st, Scope s, boolean inLoop, boolean inSwitch) {
        if (st instanceof Stmt.ExprStmt es) {
            exprStmt(es, s);
        } else if (st instanceof Stmt.Assign a) {
            chk.assignments.assignStmt(a, s);
        } else if (st instanceof Stmt.IncDec id) {
            Operand x = chk.exprs.expr(id.x(), s);
            if (x.invalid()) return;
            if (!x.basic().isInteger() && !x.basic().isFloat() && !x.basic().isComplex()) {
                chk.error(id.x(), "invalid operation: " + Expr.show(id.x()) + id.op() + " (non-numeric type " + x.type + ")");
                return;
            }
            chk.assignments.assignable(id.x(), x, s);
        } else if (st instanceof Stmt.DeclStmt ds) {
            for (Decl d : ds.specs()) chk.decls.localDecl(d, s);
        } else if (st instanceof Stmt.Block b) {
            stmtList(b.stmts(), new Scope(s), inLoop, inSwitch);
        } else if (st instanceof Stmt.If is) {
            Scope inner = new Scope(s);
            if (is.init() != null) stmt(is.init(), inner, inLoop, inSwitch);
            condition(is.cond(), inner, "if");
            stmtList(is.then().stmts(), new Scope(inner), inLoop, inSwitch);
            if (is.els() != null) stmt(is.els(), inner, inLoop, inSwitch);
        } else if (st instanceof Stmt.For fs) {
            Scope inner = new Scope(s);
            if (fs.init() != null) stmt(fs.init(), inner, inLoop, inSwitch);
            if (fs.cond() != null) condition(fs.cond(), inner, "for");
            if (fs.post() != null) stmt(fs.post(), inner, inLoop, inSwitch);
            stmtList(fs.body().stmts(), new Scope(inner), true, false);
        } else if (st instanceof Stmt.Switch sw) {
            switchStmt(sw, s, inLoop);
        } else if (st instanceof Stmt.Return r) {
            returnStmt(r, s);
        } else if (st instanceof Stmt.Labeled l) {
            stmt(l.stmt(), s, inLoop, inSwitch);
        } else if (st instanceof Stmt.Break || st instanceof Stmt.Continue || st instanceof Stmt.Goto || st instanceof Stmt.Fallthrough) {
            // checked with the labels (Branches)
        } else if (st instanceof Stmt.Go g) {
            goStmt(g, s);
        } else if (st instanceof Stmt.ForRange fr) {
            forRange(fr, s, inSwitch);
        } else if (st instanceof Stmt.TypeSwitch ts) {
            typeSwitch(ts, s, inLoop);
        } else if (st instanceof Stmt.Select sel) {
            select(sel, s, inLoop);
        } else if (st instanceof Stmt.Defer df) {
            deferStmt(df, s);
        } else if (st instanceof Stmt.Send snd) {
            send(snd, s);
        }
    }

    /** A variable a rejected statement declares: of no type, and used (so that nothing more is said of it). */
    private void declareInvalid(Expr.Ident id, Scope s) {
        Obj.Var v = new Obj.Var(id.name(), id.pos(), Obj.Var.Kind.LOCAL, chk.pkgPath, Basic.INVALID);
        v.used = true;
        chk.fn.locals.add(v);
        chk.resolver.declare(s, id, v);
    }

    /**
     * {@code for k, v := range x} over an integer, a string, an array (or a pointer to one) or a
     * slice: k is the index (of x's type for an integer), v the element (a rune for a string);
     * {@code :=} declares them for the body, {@code =} assigns to existing targets.
     */
    private void forRange(Stmt.ForRange fr, Scope s, boolean inSwitch) {
        Operand x = chk.exprs.expr(fr.x(), s);
        Type key = null, val = null;
        boolean noVars = false;   // range over a func(yield func() bool): valid, without iteration variables
        if (!x.invalid() && chk.exprs.singleValue(x) && x.type.underlying() instanceof dev.rt0gen.types.Signature fs) {
            // Go 1.23's range over a function (closures): func(yield func([K[, V]]) bool)
            List<Type> yp = rangeFuncYield(fs);
            if (chk.tree.langMinor() < 23) {
                chk.error(x.expr, "cannot range over " + x + ": requires go1.23 or later (-lang was set to go1." + chk.tree.langMinor() + "; check go.mod)");
            } else if (yp == null) {
                chk.error(x.expr, "cannot range over " + x + ": func must be func(yield func(...) bool): " + rangeFuncProblem(fs));
            } else if (yp.isEmpty() && (fr.key() != null || fr.value() != null)) {
                chk.error(fr.key() != null ? fr.key() : fr.value(), "range over " + x + " permits no iteration variables");
            } else if (yp.size() == 1 && fr.value() != null) {
                chk.error(fr.value(), "range over " + x + " permits only one iteration variable");
            } else if (yp.isEmpty()) {
                noVars = true;
                gotosOut(fr.body());
            } else {
                key = yp.get(0);
                if (yp.size() > 1) val = yp.get(1);
                gotosOut(fr.body());
            }
        } else if (!x.invalid() && x.mode != Mode.INVALID && x.type != null) {
            Type u = x.type.underlying();
            if (u instanceof dev.rt0gen.types.Pointer p && p.elem().underlying() instanceof dev.rt0gen.types.Array) u = p.elem().underlying();
            if (u instanceof Basic b && b.isInteger()) {
                if (b.isUntyped()) {
                    chk.exprs.convertUntyped(x, b.defaultType());   // range 'a': a rune
                }
                key = x.type;
                if (fr.value() != null) {
                    chk.error(fr.value(), "range over " + x + " permits only one iteration variable");
                    key = null;
                }
            } else if (u instanceof Basic b && b.isString()) {
                if (b.isUntyped()) chk.exprs.convertUntyped(x, Basic.STRING);
                key = Basic.INT;
                val = Basic.RUNE;
            } else if (u instanceof dev.rt0gen.types.Array a) {
                key = Basic.INT;
                val = a.elem();
            } else if (u instanceof dev.rt0gen.types.Slice sl) {
                key = Basic.INT;
                val = sl.elem();
            } else if (u instanceof dev.rt0gen.types.Map m) {
                key = m.key();
                val = m.elem();
            } else if (u instanceof dev.rt0gen.types.Chan ch) {
                // ---- channels: for v := range ch, the elements until ch is closed ----
                if (ch.dir() == dev.rt0gen.types.Chan.Dir.SEND) {
                    chk.error(x.expr, "cannot range over " + x + ": receive from send-only channel " + x.type);
                } else {
                    key = ch.elem();
                    if (fr.value() != null) {
                        chk.error(fr.value(), "range over " + x + " permits only one iteration variable");
                        key = null;
                    }
                }
            } else {
                chk.error(x.expr, "cannot range over " + x);
            }
        }
        if (noVars) {
            stmtList(fr.body().stmts(), new Scope(new Scope(s)), true, false);
            return;
        }
        if (key == null) {
            Scope inner = new Scope(s);
            for (Expr e : java.util.Arrays.asList(fr.key(), fr.value())) {
                if (e == null) continue;
                if (fr.define() && e instanceof Expr.Ident id) declareInvalid(id, inner);
                else Uses.expr(e, s);
            }
            stmtList(fr.body().stmts(), new Scope(inner), true, false);
            return;
        }
        Scope inner = new Scope(s);
        Type[] types = {key, val};
        Expr[] lhs = {fr.key(), fr.value()};
        java.util.List<Obj.Var> declared = new java.util.ArrayList<>();
        java.util.List<Expr.Ident> declaredAt = new java.util.ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Expr e = lhs[i];
            if (e == null) continue;
            if (fr.define()) {
                if (!(e instanceof Expr.Ident id)) {
                    chk.error(e, "non-name " + Expr.show(e) + " on left side of :=");
                    continue;
                }
                Obj.Var v = new Obj.Var(id.name(), id.pos(), Obj.Var.Kind.LOCAL, chk.pkgPath, types[i]);
                chk.fn.locals.add(v);
                chk.info.objects.put(id, v);
                chk.info.types.put(id, new CheckedProgram.TypeAndValue(types[i], null));
                declared.add(v);
                declaredAt.add(id);
            } else {
                Type t = chk.assignments.lhsType(e, s);
                if (t != null && t != Basic.INVALID && !Types.assignable(types[i], t)) {
                    chk.error(e, "cannot use " + Expr.show(e) + " (value of type " + types[i] + ") as " + t + " value in range clause");
                }
            }
        }
        for (int i = 0; i < declared.size(); i++) {
            if (!declared.get(i).isBlank()) chk.resolver.declare(inner, declaredAt.get(i), declared.get(i));
        }
        stmtList(fr.body().stmts(), new Scope(inner), true, false);
    }

    /** A goto in a range-over-func body to a label outside it: rt0gen does not lower it (the body is a function). */
    private void gotosOut(Stmt.Block body) {
        java.util.Set<String> inside = new java.util.HashSet<>();
        List<Stmt.Goto> gotos = new ArrayList<>();
        collectLabels(body, inside, gotos);
        for (Stmt.Goto g : gotos) {
            if (!inside.contains(g.label().name())) chk.error(g.pos(), Supported.gotoOutOfRangeFuncMessage(g.label().name()));
        }
    }

    private static void collectLabels(Object node, java.util.Set<String> labels, List<Stmt.Goto> gotos) {
        if (node instanceof Expr.FuncLit) return;
        if (node instanceof Stmt.Labeled l) labels.add(l.label().name());
        if (node instanceof Stmt.Goto g) gotos.add(g);
        if (node == null || !node.getClass().isRecord()) return;
        for (java.lang.reflect.RecordComponent rc : node.getClass().getRecordComponents()) {
            try {
                Object v = rc.getAccessor().invoke(node);
                if (v instanceof Stmt || v instanceof Stmt.CaseClause || v instanceof Stmt.CommClause) collectLabels(v, labels, gotos);
                else if (v instanceof List<?> l) for (Object o : l) collectLabels(o, labels, gotos);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** The yield function's parameter types of a range-over-func signature func(yield func(…) bool), or null if it is none. */
    static List<Type> rangeFuncYield(dev.rt0gen.types.Signature fs) {
        return rangeFuncProblem(fs) == null ? ((dev.rt0gen.types.Signature) fs.params().get(0).underlying()).params() : null;
    }

    /** Why a signature is no iterator, in types2's words (rangeKeyVal); null if it is one. */
    static String rangeFuncProblem(dev.rt0gen.types.Signature fs) {
        if (fs.params().size() != 1) return "wrong argument count";
        if (!fs.results().isEmpty()) return "unexpected results";
        if (!(fs.params().get(0).underlying() instanceof dev.rt0gen.types.Signature y)) return "argument is not func";
        if (y.params().size() > 2) return "yield func has too many parameters";
        if (y.results().size() != 1 || y.results().get(0) != Basic.BOOL) {
            if (y.results().size() == 1 && y.results().get(0).underlying() instanceof Basic b && b.isBoolean()) {
                return "yield func returns user-defined boolean, not bool";
            }
            return "yield func does not return bool";
        }
        return null;
    }

    /** {@code switch v := x.(type)}: rejected; the clauses are checked, v of no type in each. */
    private void typeSwitch(Stmt.TypeSwitch ts, Scope s, boolean inLoop) {
        Stmt.CaseClause firstDefault = null;
        for (Stmt.CaseClause cc : ts.clauses()) {
            if (cc.isDefault()) {
                if (firstDefault != null) chk.error(cc.pos(), "multiple defaults (first at " + firstDefault.pos() + ")");
                else firstDefault = cc;
            }
        }
        chk.interfaces.typeSwitch(ts, s, (init, inner) -> stmt(init, inner, inLoop, false),
                (body, cs) -> stmtList(body, cs, inLoop, true));
    }

    // ---- channels: send statements and select ----------------------------------------

    /** {@code ch <- v}: ch a channel that permits sends, v assignable to its element type (types2's wording). */
    private void send(Stmt.Send snd, Scope s) {
        Operand ch = chk.exprs.expr(snd.ch(), s);
        Operand v = chk.exprs.expr(snd.value(), s);
        if (ch.invalid() || v.invalid()) return;
        if (!chk.exprs.singleValue(ch) || !chk.exprs.singleValue(v)) return;
        Type elem = chk.exprs.chanElem(ch, false, snd.pos());
        if (elem != null) chk.assignments.assign(v, elem, "send");
    }

    /**
     * {@code select}: every case a send, a receive, or an assignment (= or :=) of a receive
     * (types2: "select case must be send or receive (possibly with assignment)"); at most one
     * default; each case's body in its own scope, with what its := declares.
     */
    private void select(Stmt.Select sel, Scope s, boolean inLoop) {
        Stmt.CommClause firstDefault = null;
        for (Stmt.CommClause cc : sel.clauses()) {
            if (cc.comm() != null) continue;
            if (firstDefault != null) chk.error(cc.pos(), "multiple defaults (first at " + firstDefault.pos() + ")");
            else firstDefault = cc;
        }
        for (Stmt.CommClause cc : sel.clauses()) {
            boolean valid = cc.comm() == null || cc.comm() instanceof Stmt.Send
                    || cc.comm() instanceof Stmt.ExprStmt es && Exprs.isReceive(es.x())
                    || cc.comm() instanceof Stmt.Assign a && (a.op().equals("=") || a.op().equals(":="))
                    && a.rhs().size() == 1 && Exprs.isReceive(a.rhs().get(0));
            if (!valid) {
                chk.error(cc.comm().pos(), "select case must be send or receive (possibly with assignment)");
                continue;
            }
            Scope cs = new Scope(s);
            if (cc.comm() != null) stmt(cc.comm(), cs, inLoop, false);
            stmtList(cc.body(), cs, inLoop, true);
        }
    }

    private void condition(Expr cond, Scope s, String what) {
        Operand x = chk.exprs.expr(cond, s);
        if (x.invalid()) return;
        if (!chk.exprs.singleValue(x)) return;
        if (!x.basic().isBoolean()) {
            chk.error(cond, "non-boolean condition in " + what + " statement");
            return;
        }
        // any boolean type (type B bool too); an untyped condition becomes a bool
        if (x.basic().isUntyped()) chk.assignments.assign(x, Basic.BOOL, what + " condition");
    }

    private void exprStmt(Stmt.ExprStmt es, Scope s) {
        Operand x = chk.exprs.multiExpr(es.x(), s);
        if (x.invalid()) return;
        Expr e = Checker.unparen(es.x());
        if (e instanceof Expr.Call c) {
            Obj callee = chk.calls.calleeObj(c.fun());
            // ---- package unsafe's built-in functions are expressions too (types2's predeclaredFuncs kind) ----
            if (!(callee instanceof Obj.Builtin b) || !b.name().equals("len") && !b.name().equals("min") && !b.name().equals("max")
                    && !b.name().startsWith("unsafe.")) return;
        }
        if (Exprs.isReceive(e)) return;   // <-ch as a statement
        if (x.mode == Mode.NOVALUE) return;
        chk.error(es.x(), x + " is not used");
    }

    private void goStmt(Stmt.Go g, Scope s) {
        callStmt("go", g.call(), s);
    }

    /** {@code defer f(args)}: the call is checked as an expression statement's; its results are discarded. */
    private void deferStmt(Stmt.Defer d, Scope s) {
        callStmt("defer", d.call(), s);
    }

    /**
     * The call of a go or defer statement: of a function or a func value (a built-in function
     * or a conversion there is rejected).
     */
    private void callStmt(String what, Expr.Call c, Scope s) {
        Operand x = chk.exprs.multiExpr(c, s);
        if (x.invalid()) return;
        Obj callee = chk.calls.calleeObj(c.fun());
        boolean print = callee instanceof Obj.Builtin b
                && (b.name().equals("print") || b.name().equals("println") || b.name().equals("panic") || b.name().equals("recover"));
        if (callee instanceof Obj.Builtin && !(print && what.equals("defer")) || chk.info.isType(c.fun()) || callee instanceof Obj.TypeName) {
            chk.error(c, Supported.goCallMessage(what, Expr.show(c.fun())));
        }
    }

    private void switchStmt(Stmt.Switch sw, Scope s, boolean inLoop) {
        Scope inner = new Scope(s);
        if (sw.init() != null) stmt(sw.init(), inner, inLoop, false);
        Type tagType = Basic.BOOL;
        Operand tag = null;
        if (sw.tag() != null) {
            tag = chk.exprs.expr(sw.tag(), inner);
            if (!tag.invalid() && chk.exprs.singleValue(tag)) {
                tagType = Types.defaultType(tag.type);
                chk.assignments.assign(tag, tagType, "switch expression");
            } else {
                tagType = Basic.INVALID;
            }
        }
        Stmt.CaseClause firstDefault = null;
        Map<Object, Expr> seen = new HashMap<>();
        for (Stmt.CaseClause cc : sw.clauses()) {
            if (cc.isDefault()) {
                if (firstDefault != null) chk.error(cc.pos(), "multiple defaults (first at " + firstDefault.pos() + ")");
                else firstDefault = cc;
            }
            for (Expr v : cc.values()) {
                Operand x = chk.exprs.expr(v, inner);
                if (x.invalid() || tagType == Basic.INVALID || !chk.exprs.singleValue(x)) continue;
                if (tagType.underlying() instanceof dev.rt0gen.types.Interface && !Types.identical(x.type, tagType)) {
                    // a switch on an interface: each case value is compared as an interface value (Interfaces)
                    if (Exprs.isNil(x)) {
                        chk.exprs.setType(x, tagType);
                        continue;
                    }
                    if (x.basic().isUntyped()) chk.exprs.convertUntyped(x, Types.defaultType(x.type));
                    if (x.invalid()) continue;
                    if (Types.assignable(x.type, tagType)) {
                        chk.interfaces.convert(v, tagType);
                        continue;
                    }
                }
                if (Exprs.isNil(x) && Types.hasNil(tagType)) {
                    chk.exprs.setType(x, tagType);   // case nil: a pointer's (unsafe.Pointer's, …) nil
                } else if (x.basic().isUntyped()) {
                    if (!Conversions.convertible(x.basic(), tagType)) {
                        chk.error(v, "cannot convert " + (Exprs.isNil(x) ? "nil" : x) + " to type " + tagType);
                        continue;
                    }
                    chk.exprs.convertUntyped(x, tagType);
                    if (x.invalid()) continue;
                }
                if (!Types.identical(x.type, tagType) && !Types.assignable(x.type, tagType) && !Types.assignable(tagType, x.type)) {
                    // types2's comparison: either operand assignable to the other's type (the tag made
                    // a value of the case's interface type there: the lowering converts it per case)
                    String tagDesc = sw.tag() == null ? "true" : Expr.show(sw.tag());
                    chk.error(v, "invalid case " + Expr.show(v) + " in switch on " + tagDesc + " (mismatched types " + x.type + " and " + tagType + ")");
                    continue;
                }
                if (x.isConst() && !(x.val instanceof Boolean)) {   // types2's goVal: only integer, float and string cases are checked
                    Expr prev = seen.putIfAbsent(x.val, v);
                    if (prev != null) {
                        chk.error(v, "duplicate case " + x + " in expression switch\n\t" + prev.pos() + ": previous case");
                    }
                }
            }
            stmtList(cc.body(), new Scope(inner), inLoop, true);
        }
    }

    private void returnStmt(Stmt.Return r, Scope s) {
        List<Obj.Var> want = chk.fn.results;
        List<Expr> res = r.results();
        if (res.isEmpty()) {
            if (!want.isEmpty() && want.get(0).name().startsWith("~r")) {
                chk.error(r.pos(), "not enough return values\n\thave ()\n\twant " + new Tuple(chk.fn.func.sig.results()));
            }
            return;
        }
        if (want.isEmpty()) {
            List<Operand> xs = new ArrayList<>();
            for (Expr e : res) xs.add(chk.exprs.multiExpr(e, s));
            chk.error(res.get(0), "too many return values\n\thave " + Operand.summary(xs) + "\n\twant ()");
            return;
        }
        if (res.size() == 1 && want.size() > 1) {
            Operand x = chk.exprs.multiExpr(res.get(0), s);
            if (x.invalid()) return;
            if (x.type instanceof Tuple t) {
                if (t.types().size() != want.size()) {
                    chk.error(res.get(0), (t.types().size() < want.size() ? "not enough" : "too many") + " return values\n\thave " + t + "\n\twant " + new Tuple(chk.fn.func.sig.results()));
                    return;
                }
                for (int i = 0; i < t.types().size(); i++) {
                    if (!Types.identical(t.types().get(i), want.get(i).type)) {
                        chk.error(res.get(0), "cannot use " + Expr.show(res.get(0)) + " (value of type " + t + ") as " + want.get(i).type + " value in return statement");
                        return;
                    }
                }
                return;
            }
            chk.error(res.get(0), "not enough return values\n\thave " + Operand.summary(List.of(x)) + "\n\twant " + new Tuple(chk.fn.func.sig.results()));
            return;
        }
        List<Operand> xs = new ArrayList<>();
        for (Expr e : res) xs.add(chk.exprs.expr(e, s));
        if (res.size() != want.size()) {
            Expr at = res.size() < want.size() ? res.get(res.size() - 1) : res.get(want.size());
            String q = res.size() < want.size() ? "not enough" : "too many";
            chk.error(at, q + " return values\n\thave " + Operand.summary(xs) + "\n\twant " + new Tuple(chk.fn.func.sig.results()));
            return;
        }
        for (int i = 0; i < xs.size(); i++) {
            Operand x = xs.get(i);
            if (x.invalid() || !chk.exprs.singleValue(x)) continue;
            chk.assignments.assign(x, want.get(i).type, "return statement");
        }
    }
}
