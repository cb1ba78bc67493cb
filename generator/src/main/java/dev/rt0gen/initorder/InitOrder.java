package dev.rt0gen.initorder;

import dev.rt0gen.check.CheckedProgram;
import dev.rt0gen.check.CheckedProgram.VarInit;
import dev.rt0gen.check.Obj;
import dev.rt0gen.source.CompileException;
import dev.rt0gen.source.Diagnostic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

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
 * <p>Across packages (Go 1.21): the list of all packages sorted by import path (by the name of
 * the init task symbol, see {@link #taskSymbol}); repeatedly the
 * first package whose imports are all initialized is initialized next. {@code main} comes
 * last, since it imports, transitively, every other package. Only packages with init tasks
 * take part (see {@link #initOrder}), and so do the standard packages that {@code os} and
 * {@code runtime} depend on ({@link StdlibInits}): os's init starts the finalizer goroutine,
 * so where os falls among the program's packages shows.
 */
public final class InitOrder {
    private InitOrder() {
    }

    public static InitPlan plan(CheckedProgram program) throws CompileException {
        Map<String, CheckedProgram.Package> byPath = new TreeMap<>();
        for (CheckedProgram.Package p : program.packages()) byPath.put(p.path(), p);
        List<InitPlan.PackageInit> out = new ArrayList<>();
        List<Diagnostic> errors = new ArrayList<>();
        List<String> order = initOrder(byPath, p -> hasInitWork(program, p));
        // packages without an init task first (nothing of theirs runs), then the others in order
        List<CheckedProgram.Package> pkgs = new ArrayList<>();
        for (CheckedProgram.Package p : byPath.values()) if (!order.contains(p.path())) pkgs.add(p);
        for (String path : order) if (byPath.containsKey(path)) pkgs.add(byPath.get(path));
        for (CheckedProgram.Package p : pkgs) {
            List<VarInit> vars = varOrder(p, errors);
            if (!errors.isEmpty()) throw new CompileException(errors);
            out.add(new InitPlan.PackageInit(p, vars, p.inits()));
        }
        return new InitPlan(program, out, order);
    }

    /**
     * Whether the package has init work of its own: an init function, or a package variable
     * whose initial value is not static ({@link StaticInit}: those are the variables PKG.init
     * assigns).
     */
    public static boolean hasInitWork(CheckedProgram program, CheckedProgram.Package p) {
        if (!p.inits().isEmpty()) return true;
        for (VarInit vi : p.varInits()) {
            if (vi.value() != null && !StaticInit.isStatic(program.info(), vi)) return true;
        }
        return false;
    }

    /**
     * The packages that have init tasks, in Go's order: again and again the lexically first
     * whose imports have all been initialized (main, which imports everything, last). As Go's
     * compiler decides (cmd/compile/internal/pkginit), a package has an init task if it has
     * init work of its own ({@code work}), imports a package that has one, or is main; the
     * others are left out, and do not hold back the packages that import them. The standard
     * packages os and runtime depend on take part ({@link StdlibInits}).
     */
    static List<String> initOrder(Map<String, CheckedProgram.Package> byPath, java.util.function.Predicate<CheckedProgram.Package> work) {
        Map<String, List<String>> deps = new TreeMap<>((a, b) -> a.equals("main") ? (b.equals("main") ? 0 : 1) : b.equals("main") ? -1
                : taskSymbol(a).compareTo(taskSymbol(b)));
        List<String> std = new ArrayList<>();
        for (CheckedProgram.Package p : byPath.values()) std.addAll(p.stdImports());
        for (String s : StdlibInits.closure(std)) deps.put(s, StdlibInits.GRAPH.get(s));
        // the program's packages with init tasks, dependencies first (imports form no cycle)
        Set<String> visited = new HashSet<>();
        for (CheckedProgram.Package p : byPath.values()) withTask(p, byPath, work, deps, visited);
        List<String> pending = new ArrayList<>(deps.keySet());
        Set<String> done = new HashSet<>();
        List<String> order = new ArrayList<>();
        while (!pending.isEmpty()) {
            String next = null;
            for (String p : pending) {
                if (done.containsAll(deps.get(p))) {
                    next = p;
                    break;
                }
            }
            if (next == null) throw new IllegalStateException("import cycle among " + pending);   // the checker rejects these
            pending.remove(next);
            done.add(next);
            order.add(next);
        }
        return order;
    }

    /**
     * The name of a package's init task symbol, which Go's linker sorts by (its lexHeap):
     * {@code PATH..inittask}, with the path escaped as objabi.PathToPrefix does (a byte up to
     * ' ', '%', '"', 0x7f and up, and '.' after the last '/', as %xx). So {@code m/a.b}
     * ({@code m/a%2eb}) and {@code m/a-b} come before {@code m/a} ('.' sorts after '%' and '-').
     */
    static String taskSymbol(String path) {
        return pathToPrefix(path) + "..inittask";
    }

    /**
     * Go's objabi.PathToPrefix: the import path as symbol names spell it. It is also the name
     * {@code GODEBUG=inittrace=1} prints (the package path of the init function's symbol:
     * {@code init m/a%2eb @...} for the package m/a.b).
     */
    public static String pathToPrefix(String path) {
        int slash = path.lastIndexOf('/');
        StringBuilder sb = new StringBuilder();
        byte[] b = path.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        for (int r = 0; r < b.length; r++) {
            int c = b[r] & 0xff;
            if (c <= ' ' || c == '.' && r > slash || c == '%' || c == '"' || c >= 0x7f) {
                sb.append('%').append("0123456789abcdef".charAt(c >> 4)).append("0123456789abcdef".charAt(c & 0xf));
            } else {
                sb.append((char) c);
            }
        }
        return sb.toString();
    }

    /** Adds p (and first its imports) to deps if it has an init task; says whether it has. */
    private static boolean withTask(CheckedProgram.Package p, Map<String, CheckedProgram.Package> byPath,
                                    java.util.function.Predicate<CheckedProgram.Package> work,
                                    Map<String, List<String>> deps, Set<String> visited) {
        if (!visited.add(p.path())) return deps.containsKey(p.path());
        // a standard package written in Go (sync, time) takes part as Go's does (StdlibInits)
        if (dev.rt0gen.syntax.Supported.goStdPackage(p.path())) return false;
        List<String> d = new ArrayList<>();
        for (String imp : p.imports()) {
            CheckedProgram.Package q = byPath.get(imp);
            if (q != null && withTask(q, byPath, work, deps, visited)) d.add(imp);
        }
        d.addAll(StdlibInits.withTasks(p.stdImports()));
        if (d.isEmpty() && !work.test(p) && !p.path().equals("main")) return false;
        deps.put(p.path(), d);
        return true;
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

    /** Ready first: fewest uninitialized dependencies, then declaration order. */
    private static final Comparator<Node> READY = Comparator.<Node>comparingInt(n -> n.ndeps).thenComparingInt(n -> n.order);

    static List<VarInit> varOrder(CheckedProgram.Package p, List<Diagnostic> errors) {
        Map<Obj, Node> nodeOf = new IdentityHashMap<>();
        List<Node> nodes = new ArrayList<>();
        for (VarInit vi : p.varInits()) {
            Node n = new Node(vi, nodes.size());
            nodes.add(n);
            for (Obj.Var v : vi.vars()) nodeOf.put(v, n);
        }
        // edges: the variables reached from an initializer, directly or through functions
        Map<Obj, Set<Node>> viaFunc = new FuncReach(p, nodeOf).all();
        for (Node n : nodes) {
            Set<Obj> deps = p.deps().get(n.init);
            if (deps == null) continue;
            for (Obj d : deps) {
                if (d instanceof Obj.Var) {
                    Node m = nodeOf.get(d);
                    if (m != null) n.succ.add(m);
                } else if (d instanceof Obj.Func) {
                    n.succ.addAll(viaFunc.getOrDefault(d, Set.of()));
                }
            }
        }
        for (Node n : nodes) {
            n.ndeps = n.succ.size();
            for (Node s : n.succ) s.pred.add(n);
        }
        List<VarInit> order = new ArrayList<>();
        TreeSet<Node> remaining = new TreeSet<>(READY);
        remaining.addAll(nodes);
        while (!remaining.isEmpty()) {
            Node best = remaining.first();
            if (best.ndeps > 0) {
                List<Obj> cycle = findPath(p, best.init.vars().get(0), best.init.vars().get(0), new HashSet<>());
                if (cycle != null) {
                    reportCycle(cycle, errors);
                    return order;
                }
            }
            remaining.remove(best);
            for (Node q : best.pred) {
                if (!remaining.remove(q)) continue;
                q.ndeps--;
                remaining.add(q);
            }
            order.add(best.init);
        }
        return order;
    }

    /**
     * For each of the package's functions, the variable nodes its body reaches, directly or
     * through the functions it refers to. Computed once per strongly connected component of
     * the reference graph (Tarjan's algorithm, callees first), so a chain of n functions costs
     * n steps, not n * n.
     */
    private static final class FuncReach {
        final CheckedProgram.Package p;
        final Map<Obj, Node> nodeOf;
        final Map<Obj, Set<Node>> reach = new IdentityHashMap<>();
        final Map<Obj, Integer> index = new IdentityHashMap<>();
        final Map<Obj, Integer> low = new IdentityHashMap<>();
        final java.util.Deque<Obj> stack = new java.util.ArrayDeque<>();
        final Set<Obj> onStack = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

        FuncReach(CheckedProgram.Package p, Map<Obj, Node> nodeOf) {
            this.p = p;
            this.nodeOf = nodeOf;
        }

        Map<Obj, Set<Node>> all() {
            for (Object o : p.deps().keySet()) {
                if (o instanceof Obj.Func f && !index.containsKey(f)) visit(f);
            }
            return reach;
        }

        private Set<Obj> deps(Obj f) {
            return p.deps().getOrDefault(f, Set.of());
        }

        private void visit(Obj f) {
            index.put(f, index.size());
            low.put(f, index.get(f));
            stack.push(f);
            onStack.add(f);
            for (Obj g : deps(f)) {
                if (!(g instanceof Obj.Func)) continue;
                if (!index.containsKey(g)) {
                    visit(g);
                    low.put(f, Math.min(low.get(f), low.get(g)));
                } else if (onStack.contains(g)) {
                    low.put(f, Math.min(low.get(f), index.get(g)));
                }
            }
            if (!low.get(f).equals(index.get(f))) return;
            // f is the root of a component: pop it, then give every member the same set
            List<Obj> members = new ArrayList<>();
            Obj m;
            do {
                m = stack.pop();
                onStack.remove(m);
                members.add(m);
            } while (m != f);
            Set<Obj> component = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
            component.addAll(members);
            Set<Node> r = new LinkedHashSet<>();
            for (Obj member : members) {
                for (Obj d : deps(member)) {
                    if (d instanceof Obj.Var) {
                        Node n = nodeOf.get(d);
                        if (n != null) r.add(n);
                    } else if (d instanceof Obj.Func && !component.contains(d)) {
                        r.addAll(reach.getOrDefault(d, Set.of()));
                    }
                }
            }
            for (Obj member : members) reach.put(member, r);
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
