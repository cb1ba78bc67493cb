package dev.rt0gen.check;

import dev.rt0gen.syntax.Expr;
import dev.rt0gen.syntax.Stmt;

import java.util.List;
import java.util.Set;

/** Terminating statements, for "missing return" (types2's return.go). */
final class Terminating {
    private Terminating() {
    }

    /** {@code panics}: the calls of the built-in panic in the function (types2's isPanic). */
    static boolean isTerminatingList(List<Stmt> list, Set<Expr.Call> panics) {
        return list(list, "", panics);
    }

    private static boolean list(List<Stmt> list, String label, Set<Expr.Call> panics) {
        // trailing empty statements are permitted
        for (int i = list.size() - 1; i >= 0; i--) {
            if (list.get(i) instanceof Stmt.Empty) continue;
            return isTerminating(list.get(i), label, panics);
        }
        return false;
    }

    /** {@code label}: the label of s, or "". */
    private static boolean isTerminating(Stmt s, String label, Set<Expr.Call> panics) {
        if (s instanceof Stmt.Labeled l) return isTerminating(l.stmt(), l.label().name(), panics);
        if (s instanceof Stmt.ExprStmt es) return Checker.unparen(es.x()) instanceof Expr.Call c && panics.contains(c);
        if (s instanceof Stmt.Return || s instanceof Stmt.Goto || s instanceof Stmt.Fallthrough) return true;
        if (s instanceof Stmt.Block b) return list(b.stmts(), "", panics);
        if (s instanceof Stmt.If is) return is.els() != null && list(is.then().stmts(), "", panics) && isTerminating(is.els(), "", panics);
        if (s instanceof Stmt.For f) return f.cond() == null && !hasBreak(f.body(), label, true);
        if (s instanceof Stmt.Switch sw) return clauses(sw.clauses(), label, panics);
        if (s instanceof Stmt.TypeSwitch ts) return clauses(ts.clauses(), label, panics);
        if (s instanceof Stmt.Select sel) {
            for (Stmt.CommClause cc : sel.clauses()) {
                if (!list(cc.body(), "", panics) || hasBreakList(cc.body(), label, true)) return false;
            }
            return true;
        }
        return false;   // a for with a range clause is not terminating
    }

    private static boolean clauses(List<Stmt.CaseClause> cs, String label, Set<Expr.Call> panics) {
        boolean hasDefault = false;
        for (Stmt.CaseClause cc : cs) {
            if (cc.isDefault()) hasDefault = true;
            if (!list(cc.body(), "", panics) || hasBreakList(cc.body(), label, true)) return false;
        }
        return hasDefault;
    }

    /**
     * Whether s is or holds a break of the statement labeled {@code label}, or ({@code implicit})
     * an unlabeled break of the closest enclosing breakable statement.
     */
    private static boolean hasBreak(Stmt s, String label, boolean implicit) {
        if (s instanceof Stmt.Labeled l) return hasBreak(l.stmt(), label, implicit);
        if (s instanceof Stmt.Break b) return b.label() == null ? implicit : b.label().name().equals(label);
        if (s instanceof Stmt.Block b) return hasBreakList(b.stmts(), label, implicit);
        if (s instanceof Stmt.If is) return hasBreak(is.then(), label, implicit) || is.els() != null && hasBreak(is.els(), label, implicit);
        if (s instanceof Stmt.Switch sw) {
            if (label.isEmpty()) return false;
            for (Stmt.CaseClause cc : sw.clauses()) if (hasBreakList(cc.body(), label, false)) return true;
            return false;
        }
        if (s instanceof Stmt.TypeSwitch ts) {
            if (label.isEmpty()) return false;
            for (Stmt.CaseClause cc : ts.clauses()) if (hasBreakList(cc.body(), label, false)) return true;
            return false;
        }
        if (s instanceof Stmt.Select sel) {
            if (label.isEmpty()) return false;
            for (Stmt.CommClause cc : sel.clauses()) if (hasBreakList(cc.body(), label, false)) return true;
            return false;
        }
        if (s instanceof Stmt.For f) return !label.isEmpty() && hasBreak(f.body(), label, false);
        if (s instanceof Stmt.ForRange f) return !label.isEmpty() && hasBreak(f.body(), label, false);
        return false;
    }

    private static boolean hasBreakList(List<Stmt> list, String label, boolean implicit) {
        for (Stmt s : list) if (hasBreak(s, label, implicit)) return true;
        return false;
    }
}
