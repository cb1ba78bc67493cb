package dev.rt0gen.check;

import dev.rt0gen.syntax.Decl;
import dev.rt0gen.syntax.Expr;
import dev.rt0gen.syntax.Stmt;

import java.util.List;

/**
 * Marks the variables and imported packages that a construct names as used, reporting nothing
 * (types2's check.use, quieter): for what the checker rejects without checking it, so that the
 * rejection brings no "declared and not used" or "imported and not used" errors with it. Names
 * are looked up in the scope of the construct (a name declared inside a function literal may
 * mark an outer variable of the same name: at worst an error less in a rejected program).
 */
final class Uses {
    private Uses() {
    }

    static void expr(Expr e, Scope s) {
        if (e == null) return;
        if (e instanceof Expr.Ident id) {
            Obj o = s.lookup(id.name());
            if (o instanceof Obj.Var v) v.used = true;
            else if (o instanceof Obj.PkgName pn) pn.used = true;
        } else if (e instanceof Expr.Selector sel) {
            expr(sel.x(), s);
        } else if (e instanceof Expr.Call c) {
            expr(c.fun(), s);
            exprs(c.args(), s);
        } else if (e instanceof Expr.Unary u) {
            expr(u.x(), s);
        } else if (e instanceof Expr.Binary b) {
            expr(b.x(), s);
            expr(b.y(), s);
        } else if (e instanceof Expr.Paren p) {
            expr(p.x(), s);
        } else if (e instanceof Expr.Index ix) {
            expr(ix.x(), s);
            expr(ix.index(), s);
        } else if (e instanceof Expr.SliceExpr sx) {
            expr(sx.x(), s);
            expr(sx.lo(), s);
            expr(sx.hi(), s);
            expr(sx.max(), s);
        } else if (e instanceof Expr.TypeAssert a) {
            expr(a.x(), s);
            expr(a.type(), s);
        } else if (e instanceof Expr.CompositeLit cl) {
            expr(cl.type(), s);
            exprs(cl.elems(), s);
        } else if (e instanceof Expr.KeyValue kv) {
            expr(kv.key(), s);
            expr(kv.value(), s);
        } else if (e instanceof Expr.FuncLit f) {
            expr(f.type(), s);
            stmt(f.body(), s);
        } else if (e instanceof Expr.Ellipsis el) {
            expr(el.elem(), s);
        } else if (e instanceof Expr.ArrayType a) {
            expr(a.len(), s);
            expr(a.elem(), s);
        } else if (e instanceof Expr.SliceType st) {
            expr(st.elem(), s);
        } else if (e instanceof Expr.MapType m) {
            expr(m.key(), s);
            expr(m.value(), s);
        } else if (e instanceof Expr.ChanType c) {
            expr(c.elem(), s);
        } else if (e instanceof Expr.FuncType f) {
            params(f.params(), s);
            params(f.results(), s);
        } else if (e instanceof Expr.StructType st) {
            for (Expr.Field f : st.fields()) expr(f.type(), s);
        } else if (e instanceof Expr.InterfaceType it) {
            exprs(it.embeddeds(), s);
            for (Expr.Method m : it.methods()) expr(m.type(), s);
        }
        // literals name nothing
    }

    static void exprs(List<Expr> es, Scope s) {
        for (Expr e : es) expr(e, s);
    }

    private static void params(List<Decl.Param> ps, Scope s) {
        for (Decl.Param p : ps) expr(p.type(), s);
    }

    static void stmt(Stmt st, Scope s) {
        if (st == null) return;
        if (st instanceof Stmt.ExprStmt es) {
            expr(es.x(), s);
        } else if (st instanceof Stmt.Assign a) {
            exprs(a.lhs(), s);
            exprs(a.rhs(), s);
        } else if (st instanceof Stmt.IncDec id) {
            expr(id.x(), s);
        } else if (st instanceof Stmt.DeclStmt ds) {
            for (Decl d : ds.specs()) decl(d, s);
        } else if (st instanceof Stmt.Block b) {
            stmts(b.stmts(), s);
        } else if (st instanceof Stmt.If is) {
            stmt(is.init(), s);
            expr(is.cond(), s);
            stmt(is.then(), s);
            stmt(is.els(), s);
        } else if (st instanceof Stmt.For f) {
            stmt(f.init(), s);
            expr(f.cond(), s);
            stmt(f.post(), s);
            stmt(f.body(), s);
        } else if (st instanceof Stmt.ForRange r) {
            expr(r.key(), s);
            expr(r.value(), s);
            expr(r.x(), s);
            stmt(r.body(), s);
        } else if (st instanceof Stmt.Switch sw) {
            stmt(sw.init(), s);
            expr(sw.tag(), s);
            clauses(sw.clauses(), s);
        } else if (st instanceof Stmt.TypeSwitch ts) {
            stmt(ts.init(), s);
            expr(ts.x(), s);
            clauses(ts.clauses(), s);
        } else if (st instanceof Stmt.Select sel) {
            for (Stmt.CommClause cc : sel.clauses()) {
                stmt(cc.comm(), s);
                stmts(cc.body(), s);
            }
        } else if (st instanceof Stmt.Send snd) {
            expr(snd.ch(), s);
            expr(snd.value(), s);
        } else if (st instanceof Stmt.Return r) {
            exprs(r.results(), s);
        } else if (st instanceof Stmt.Labeled l) {
            stmt(l.stmt(), s);
        } else if (st instanceof Stmt.Go g) {
            expr(g.call(), s);
        } else if (st instanceof Stmt.Defer d) {
            expr(d.call(), s);
        }
        // branch and empty statements name no variables
    }

    private static void stmts(List<Stmt> list, Scope s) {
        for (Stmt st : list) stmt(st, s);
    }

    private static void clauses(List<Stmt.CaseClause> cs, Scope s) {
        for (Stmt.CaseClause cc : cs) {
            exprs(cc.values(), s);
            stmts(cc.body(), s);
        }
    }

    static void decl(Decl d, Scope s) {
        if (d instanceof Decl.Var v) {
            expr(v.type(), s);
            exprs(v.values(), s);
        } else if (d instanceof Decl.Const c) {
            expr(c.type(), s);
            exprs(c.values(), s);
        } else if (d instanceof Decl.TypeDecl t) {
            expr(t.type(), s);
        } else if (d instanceof Decl.Func f) {
            if (f.recv() != null) expr(f.recv().type(), s);
            params(f.params(), s);
            params(f.results(), s);
            stmt(f.body(), s);
        }
    }
}
