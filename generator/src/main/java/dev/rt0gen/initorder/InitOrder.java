package dev.rt0gen.initorder;

import dev.rt0gen.check.CheckedProgram;
import dev.rt0gen.check.CheckedProgram.VarInit;
import dev.rt0gen.check.Obj;
import dev.rt0gen.source.CompileException;
import dev.rt0gen.source.Diagnostic;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Go's package initialization (the spec's "Package initialization", as types2's initorder.go
 * computes it).
 *
 * <p>Within a package: the variables' dependency graph is built from the references the
 * checker recorded (in initializers and, transitively, in the bodies of the package's
 * functions they refer to); function nodes are then removed, each function's predecessors
 * inheriting its successors. Then, step by step, the earliest variable in declaration order
 * with no uninitialized dependencies is initialized. {@code var a, b = f()} is one step. If no
 * variable is ready, there is a cycle: the one with the fewest dependencies (earliest on a
 * tie) is reported as gc does, {@code initialization cycle for a} and one
 * {@code a refers to b} line per edge.
 *
 * <p>Across packages (Go 1.21): the list of all packages sorted by import path; repeatedly the
 * first package whose imports are all initialized is initialized next. {@code main} comes
 * last, since it imports, transitively, every other package.
 */
public final class InitOrder {
    private InitOrder() {
    }

    public static InitPlan plan(CheckedProgram program) throws CompileException {
        Map<String, CheckedProgram.Package> byPath = new TreeMap<>();
        for (CheckedProgram.Package p : program.packages()) byPath.put(p.path(), p);
        List<InitPlan.PackageInit> out = new ArrayList<>();
        List<Diagnostic> errors = new ArrayList<>();
        for (CheckedProgram.Package p : packageOrder(byPath)) {
            List<VarInit> vars = varOrder(p, errors);
            if (!errors.isEmpty()) throw new CompileException(errors);
            out.add(new InitPlan.PackageInit(p, vars, p.inits()));
        }
        return new InitPlan(program, out);
    }

    static List<CheckedProgram.Package> packageOrder(Map<String, CheckedProgram.Package> byPath) {
        List<CheckedProgram.Package> pending = new ArrayList<>(byPath.values());
        pending.sort((a, b) -> a.path().equals("main") ? 1 : b.path().equals("main") ? -1 : a.path().compareTo(b.path()));
        Set<String> done = new HashSet<>();
        List<CheckedProgram.Package> order = new ArrayList<>();
        while (!pending.isEmpty()) {
            CheckedProgram.Package next = null;
            for (CheckedProgram.Package p : pending) {
                if (done.containsAll(p.imports())) {
                    next = p;
                    break;
                }
            }
            if (next == null) throw new IllegalStateException("import cycle among " + pending);   // the checker rejects these
            pending.remove(next);
            done.add(next.path());
            order.add(next);
        }
        return order;
    }

    private static final class Node {
        final VarInit init;
        final int order;
        final Set<Node> succ = new LinkedHashSet<>();   // what this initializer depends on
        final Set<Node> pred = new LinkedHashSet<>();   // who depends on it
        int ndeps;

        Node(VarInit init, int order) {
            this.init = init;
            this.order = order;
        }
    }

    static List<VarInit> varOrder(CheckedProgram.Package p, List<Diagnostic> errors) {
        Map<Obj, Node> nodeOf = new IdentityHashMap<>();
        List<Node> nodes = new ArrayList<>();
        for (VarInit vi : p.varInits()) {
            Node n = new Node(vi, nodes.size());
            nodes.add(n);
            for (Obj.Var v : vi.vars()) nodeOf.put(v, n);
        }
        // edges: the variables reached from an initializer, through functions only
        for (Node n : nodes) {
            Set<Obj> seenFuncs = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
            collect(p, p.deps().get(n.init), nodeOf, seenFuncs, n.succ);
        }
        for (Node n : nodes) {
            n.ndeps = n.succ.size();
            for (Node s : n.succ) s.pred.add(n);
        }
        List<VarInit> order = new ArrayList<>();
        List<Node> remaining = new ArrayList<>(nodes);
        while (!remaining.isEmpty()) {
            Node best = null;
            for (Node n : remaining) {
                if (best == null || n.ndeps < best.ndeps || n.ndeps == best.ndeps && n.order < best.order) best = n;
            }
            if (best.ndeps > 0) {
                List<Obj> cycle = findPath(p, best.init.vars().get(0), best.init.vars().get(0), new HashSet<>());
                if (cycle != null) {
                    reportCycle(cycle, errors);
                    return order;
                }
            }
            remaining.remove(best);
            for (Node q : best.pred) q.ndeps--;
            order.add(best.init);
        }
        return order;
    }

    private static void collect(CheckedProgram.Package p, Set<Obj> deps, Map<Obj, Node> nodeOf, Set<Obj> seenFuncs, Set<Node> out) {
        if (deps == null) return;
        for (Obj d : deps) {
            if (d instanceof Obj.Var) {
                Node n = nodeOf.get(d);
                if (n != null) out.add(n);
            } else if (d instanceof Obj.Func && seenFuncs.add(d)) {
                collect(p, p.deps().get(d), nodeOf, seenFuncs, out);
            }
        }
    }

    private static Set<Obj> depsOf(CheckedProgram.Package p, Obj o) {
        if (o instanceof Obj.Func) return p.deps().getOrDefault(o, Set.of());
        for (VarInit vi : p.varInits()) {
            if (vi.vars().contains(o)) return p.deps().getOrDefault(vi, Set.of());
        }
        return Set.of();
    }

    /** types2's findPath: a path of references from {@code from} to {@code to}, in reverse. */
    private static List<Obj> findPath(CheckedProgram.Package p, Obj from, Obj to, Set<Obj> seen) {
        if (!seen.add(from)) return null;
        for (Obj d : depsOf(p, from)) {
            if (d == to) return new ArrayList<>(List.of(d));
            List<Obj> path = findPath(p, d, to, seen);
            if (path != null) {
                path.add(d);
                return path;
            }
        }
        return null;
    }

    private static void reportCycle(List<Obj> cycle, List<Diagnostic> errors) {
        Obj obj = cycle.get(0);
        if (cycle.size() == 1) {
            errors.add(new Diagnostic(obj.pos(), "initialization cycle: " + obj.name() + " refers to itself"));
            return;
        }
        StringBuilder sb = new StringBuilder("initialization cycle for " + obj.name());
        for (int j = cycle.size() - 1; j >= 0; j--) {
            Obj next = cycle.get(j);
            sb.append("\n\t").append(obj.pos()).append(": ").append(obj.name()).append(" refers to ").append(next.name());
            obj = next;
        }
        errors.add(new Diagnostic(cycle.get(0).pos(), sb.toString()));
    }
}
