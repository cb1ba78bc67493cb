package dev.rt0gen.check;

import dev.rt0gen.source.Pos;
import dev.rt0gen.syntax.Decl;
import dev.rt0gen.syntax.Expr;
import dev.rt0gen.syntax.Stmt;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Labels and branch statements of one function body, as gc checks them: not types2 (gc turns
 * its label check off) but the parser's {@code syntax.checkBranches} (branches.go), so these
 * errors come before the type checker's, with gc's wording: misplaced {@code break},
 * {@code continue} and {@code fallthrough}, bad labeled breaks and continues, duplicate,
 * unused and missing labels, a {@code goto} over a variable declaration or into a block.
 * Lowering relies on what this accepts (a fallthrough is the last statement of a case that
 * is not the last; every label is unique in its function).
 */
final class Branches {
    private final Checker chk;
    private final Map<String, Label> labels = new HashMap<>();

    private Branches(Checker chk) {
        this.chk = chk;
    }

    /** Checks a function body. */
    static void check(Checker chk, Stmt.Block body) {
        Branches b = new Branches(chk);
        for (Stmt.Goto fwd : b.blockBranches(null, new Targets(null, null, -1, 0), null, body.pos(), body.stmts())) {
            String name = fwd.label().name();
            Label l = b.labels.get(name);
            if (l != null) {
                l.used = true;   // no "defined and not used" as well
                chk.error(fwd.label(), "goto " + name + " jumps into block starting at " + l.parent.start);
            } else {
                chk.error(fwd.label(), "label " + name + " not defined");
            }
        }
        // gc reports these in its map's order; by position here
        List<Label> unused = new ArrayList<>();
        for (Label l : b.labels.values()) if (!l.used) unused.add(l);
        unused.sort(Comparator.comparing(l -> l.stmt.label().pos()));
        for (Label l : unused) chk.error(l.stmt.label(), "label " + l.stmt.label().name() + " defined and not used");
    }

    private static final class Label {
        final Block parent;
        final Stmt.Labeled stmt;
        boolean used;

        Label(Block parent, Stmt.Labeled stmt) {
            this.parent = parent;
            this.stmt = stmt;
        }
    }

    /** A block, where it starts, and the labeled statement it belongs to (or null). */
    private record Block(Block parent, Pos start, Stmt.Labeled lstmt) {
    }

    /**
     * Where an unlabeled break or continue goes (a For, ForRange, Switch, TypeSwitch or Select,
     * or null; a For or ForRange), and the index of the immediately enclosing switch's case (-1
     * when not directly in a case) of its cases.
     */
    private record Targets(Stmt breaks, Stmt continues, int caseIndex, int cases) {
    }

    private static boolean isLoop(Stmt s) {
        return s instanceof Stmt.For || s instanceof Stmt.ForRange;
    }

    private Label declare(Block b, Stmt.Labeled s) {
        String name = s.label().name();
        Label alt = labels.get(name);
        if (alt != null) {
            chk.error(s.label(), "label " + name + " already defined at " + alt.stmt.label().pos());
            return alt;
        }
        Label l = new Label(b, s);
        labels.put(name, l);
        return l;
    }

    /** The labeled statement of this name declared in b or an enclosing block, or null. */
    private Stmt.Labeled gotoTarget(Block b, String name) {
        Label l = labels.get(name);
        if (l == null) return null;
        l.used = true;   // even if not a valid target
        for (; b != null; b = b.parent) if (l.parent == b) return l.stmt;
        return null;
    }

    private static final Stmt.Labeled INVALID = new Stmt.Labeled(null, null, null, null);

    /** The enclosing labeled statement of this name; null if not declared, INVALID if not enclosing. */
    private Stmt.Labeled enclosingTarget(Block b, String name) {
        Label l = labels.get(name);
        if (l == null) return null;
        l.used = true;
        for (; b != null; b = b.parent) if (l.stmt == b.lstmt) return l.stmt;
        return INVALID;
    }

    /** Checks a block's statements; returns its gotos whose label is not declared yet (forward gotos). */
    private List<Stmt.Goto> blockBranches(Block parent, Targets ctxt, Stmt.Labeled lstmt, Pos start, List<Stmt> body) {
        Block b = new Block(parent, start, lstmt);
        List<Stmt.Goto> fwdGotos = new ArrayList<>();
        List<Stmt.Goto> badGotos = new ArrayList<>();
        Pos varPos = null;
        String varName = null;
        // a fallthrough counts as the last statement even before trailing empty statements
        int n = body.size();
        while (n > 0 && body.get(n - 1) instanceof Stmt.Empty) n--;
        for (int i = 0; i < n; i++) {
            Stmt s = body.get(i);
            Stmt.Labeled labeled = null;
            while (s instanceof Stmt.Labeled ls) {
                if (!ls.label().name().equals("_")) {
                    Label l = declare(b, ls);
                    // resolve the matching forward gotos
                    List<Stmt.Goto> keep = new ArrayList<>();
                    for (Stmt.Goto fwd : fwdGotos) {
                        if (fwd.label().name().equals(ls.label().name())) {
                            l.used = true;
                            if (varPos != null && badGotos.contains(fwd)) {
                                chk.error(fwd.label(), "goto " + ls.label().name() + " jumps over declaration of " + varName + " at " + varPos);
                            }
                        } else {
                            keep.add(fwd);
                        }
                    }
                    fwdGotos = keep;
                    labeled = ls;
                }
                s = ls.stmt();
            }
            Stmt.Labeled ls = labeled;
            if (s instanceof Stmt.DeclStmt ds) {
                for (Decl d : ds.specs()) {
                    if (d instanceof Decl.Var v) {
                        // gotos forward so far jump over it, unless they leave the block
                        varPos = v.names().get(0).pos();
                        varName = v.names().get(0).name();
                        badGotos = new ArrayList<>(fwdGotos);
                        break;
                    }
                }
            } else if (s instanceof Stmt.Assign a) {
                if (a.op().equals(":=")) {
                    varPos = a.opPos();
                    varName = a.lhs().stream().map(Expr::show).collect(Collectors.joining(", "));
                    badGotos = new ArrayList<>(fwdGotos);
                }
            } else if (s instanceof Stmt.Break br) {
                if (br.label() == null) {
                    if (ctxt.breaks == null) chk.error(br.pos(), "break is not in a loop, switch, or select");
                } else {
                    String name = br.label().name();
                    Stmt.Labeled t = enclosingTarget(b, name);
                    if (t == null) chk.error(br.label(), "break label not defined: " + name);
                    else if (!(isLoop(t.stmt()) || t.stmt() instanceof Stmt.Switch || t.stmt() instanceof Stmt.TypeSwitch
                            || t.stmt() instanceof Stmt.Select)) {
                        chk.error(br.label(), "invalid break label " + name);
                    }
                }
            } else if (s instanceof Stmt.Continue c) {
                if (c.label() == null) {
                    if (ctxt.continues == null) chk.error(c.pos(), "continue is not in a loop");
                } else {
                    String name = c.label().name();
                    Stmt.Labeled t = enclosingTarget(b, name);
                    if (t == null) chk.error(c.label(), "continue label not defined: " + name);
                    else if (!isLoop(t.stmt())) chk.error(c.label(), "invalid continue label " + name);
                }
            } else if (s instanceof Stmt.Fallthrough f) {
                String msg = "fallthrough statement out of place";
                if (ctxt.breaks instanceof Stmt.TypeSwitch) {
                    msg = "cannot fallthrough in type switch";
                } else if (ctxt.breaks instanceof Stmt.Switch) {
                    if (ctxt.caseIndex < 0 || i + 1 < n) {
                        // nested in a block, or not the last statement: out of place
                    } else if (ctxt.caseIndex + 1 == ctxt.cases) {
                        msg = "cannot fallthrough final case in switch";
                    } else {
                        msg = null;   // fine
                    }
                }
                if (msg != null) chk.error(f.pos(), msg);
            } else if (s instanceof Stmt.Goto g) {
                if (gotoTarget(b, g.label().name()) == null) fwdGotos.add(g);   // maybe declared later
            } else if (s instanceof Stmt.Block blk) {
                fwdGotos.addAll(blockBranches(b, new Targets(ctxt.breaks, ctxt.continues, -1, 0), ls, blk.pos(), blk.stmts()));
            } else if (s instanceof Stmt.If is) {
                Targets inner = new Targets(ctxt.breaks, ctxt.continues, -1, 0);
                fwdGotos.addAll(blockBranches(b, inner, ls, is.then().pos(), is.then().stmts()));
                if (is.els() != null) fwdGotos.addAll(blockBranches(b, inner, ls, is.els().pos(), List.of(is.els())));
            } else if (s instanceof Stmt.For f) {
                fwdGotos.addAll(blockBranches(b, new Targets(f, f, -1, 0), ls, f.body().pos(), f.body().stmts()));
            } else if (s instanceof Stmt.ForRange f) {
                fwdGotos.addAll(blockBranches(b, new Targets(f, f, -1, 0), ls, f.body().pos(), f.body().stmts()));
            } else if (s instanceof Stmt.Switch sw) {
                for (int k = 0; k < sw.clauses().size(); k++) {
                    Stmt.CaseClause cc = sw.clauses().get(k);
                    fwdGotos.addAll(blockBranches(b, new Targets(sw, ctxt.continues, k, sw.clauses().size()), ls, cc.pos(), cc.body()));
                }
            } else if (s instanceof Stmt.TypeSwitch ts) {
                for (int k = 0; k < ts.clauses().size(); k++) {
                    Stmt.CaseClause cc = ts.clauses().get(k);
                    fwdGotos.addAll(blockBranches(b, new Targets(ts, ctxt.continues, k, ts.clauses().size()), ls, cc.pos(), cc.body()));
                }
            } else if (s instanceof Stmt.Select sel) {
                for (Stmt.CommClause cc : sel.clauses()) {
                    fwdGotos.addAll(blockBranches(b, new Targets(sel, ctxt.continues, -1, 0), ls, cc.pos(), cc.body()));
                }
            }
        }
        return fwdGotos;
    }
}
