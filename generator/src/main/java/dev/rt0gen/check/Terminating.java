package dev.rt0gen.check;

import dev.rt0gen.syntax.Stmt;

import java.util.List;

/** Terminating statements, for "missing return" (types2's return.go). */
final class Terminating {
    private Terminating() {
    }

    static boolean isTerminatingList(List<Stmt> list) {
        for (int i = list.size() - 1; i >= 0; i--) {
            if (list.get(i) instanceof Stmt.Empty) continue;
            return isTerminating(list.get(i));
        }
        return false;
    }

    private static boolean isTerminating(Stmt s) {
        if (s instanceof Stmt.Return) return true;
        if (s instanceof Stmt.Block b) return isTerminatingList(b.stmts());
        if (s instanceof Stmt.If is) return is.els() != null && isTerminatingList(is.then().stmts()) && isTerminating(is.els());
        if (s instanceof Stmt.For f) return f.cond() == null && !hasBreak(f.body().stmts());
        if (s instanceof Stmt.Switch sw) {
            boolean hasDefault = false;
            for (Stmt.CaseClause cc : sw.clauses()) {
                if (cc.isDefault()) hasDefault = true;
                if (!isTerminatingList(cc.body()) || hasBreak(cc.body())) return false;
            }
            return hasDefault;
        }
        return false;
    }

    /** Whether a break in these statements leaves the enclosing loop or switch. */
    private static boolean hasBreak(List<Stmt> list) {
        for (Stmt s : list) {
            if (s instanceof Stmt.Break) return true;
            if (s instanceof Stmt.Block b && hasBreak(b.stmts())) return true;
            if (s instanceof Stmt.If is) {
                if (hasBreak(is.then().stmts())) return true;
                if (is.els() != null && hasBreak(List.of(is.els()))) return true;
            }
        }
        return false;
    }
}
