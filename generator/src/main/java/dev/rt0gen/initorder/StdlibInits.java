package dev.rt0gen.initorder;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The standard library's part of Go's package initialization graph (go1.26, linux/amd64), for
 * the standard packages an rt0gen program may import: {@code os} and {@code runtime}, and those
 * rt0gen compiles from Go (runtime-stubs/src/main/go), each with an init task or in
 * {@link #NO_TASK}.
 *
 * <p>Go's linker orders init tasks, not packages (cmd/link/internal/ld/inittask.go): a package
 * has an init task if it has init work of its own or imports a package that has one
 * (cmd/compile/internal/pkginit), and depends on the tasks of its direct imports. The linker
 * then runs, again and again, the lexically first task whose dependencies have all run. The
 * standard packages therefore interleave with the program's own: with {@code os} imported,
 * {@code example.com/m/a} initializes before {@code os}, {@code zzz/a} after it, even if
 * neither imports the other. This table is that graph for those packages' dependencies:
 * every package with an init task, mapped to its direct imports that have one (from
 * {@code go list -deps os} and the {@code init PKG} lines of {@code GODEBUG=inittrace=1}).
 */
final class StdlibInits {
    private StdlibInits() {
    }

    /** Package → its direct imports that have init tasks; dependencies before dependents. */
    static final Map<String, List<String>> GRAPH = graph(
            "internal/bytealg:",
            "internal/runtime/cgroup: internal/bytealg",
            "internal/runtime/gc/scan:",
            "internal/stringslite: internal/bytealg",
            "runtime: internal/bytealg internal/runtime/cgroup internal/runtime/gc/scan internal/stringslite",
            "internal/reflectlite: runtime",
            "errors: internal/reflectlite",
            "internal/oserror: errors",
            "sync: runtime",
            "io: errors sync",
            "path: errors internal/bytealg",
            "iter: runtime",
            "slices: iter",
            "math:",
            "strconv: errors internal/bytealg internal/stringslite",
            "unicode:",
            "strings: errors internal/bytealg internal/stringslite io iter sync unicode",
            "bytes: errors internal/bytealg io iter unicode",
            "sort: internal/reflectlite slices",
            "container/heap: sort",
            "internal/bisect: runtime sync",
            "internal/godebug: internal/bisect sync",
            "math/rand: internal/godebug math sync",
            "syscall: errors internal/bytealg internal/oserror runtime slices sync",
            "time: errors internal/bytealg internal/godebug internal/stringslite runtime sync syscall",
            "io/fs: errors internal/bytealg internal/oserror io path slices time",
            "internal/filepathlite: errors internal/bytealg internal/stringslite io/fs slices",
            "internal/syscall/unix: runtime syscall",
            "internal/poll: errors internal/syscall/unix io runtime sync syscall time",
            "internal/syscall/execenv: syscall",
            "internal/testlog: sync",
            "os: errors internal/bytealg internal/filepathlite internal/poll internal/stringslite"
                    + " internal/syscall/execenv internal/syscall/unix internal/testlog io io/fs runtime slices sync syscall time");

    /**
     * The packages of {@link #GRAPH} that have init work of their own and run in the program's
     * list of init tasks (Go's {@code go:main.inittasks}), with the rt0gen symbol that does what
     * matters of it: {@code os.init} starts the finalizer goroutine (os's NewFile calls
     * runtime.SetFinalizer, which calls createfing); the others have nothing to do here, but
     * their tasks run (and {@code GODEBUG=inittrace=1} prints them) as Go's do. The runtime's
     * own tasks (internal/bytealg, internal/runtime/gc/scan, runtime) run earlier, from
     * runtime_inittasks, and are skipped in this list.
     */
    static final Map<String, String> TASKS = Map.ofEntries(
            Map.entry("errors", "runtime.noinit"),
            Map.entry("iter", "runtime.noinit"),
            Map.entry("math", "runtime.noinit"),
            Map.entry("sync", "runtime.noinit"),
            Map.entry("unicode", "runtime.noinit"),
            Map.entry("internal/godebug", "runtime.noinit"),
            Map.entry("syscall", "runtime.noinit"),
            Map.entry("time", "runtime.noinit"),
            Map.entry("internal/poll", "runtime.noinit"),
            Map.entry("io/fs", "runtime.noinit"),
            Map.entry("os", "os.init"));

    /**
     * The standard packages an rt0gen program may import that have no init task in Go: no init
     * work of their own and no import that has a task ({@code GODEBUG=inittrace=1} and Go's
     * linker never see them), so they hold back no package that imports them. unsafe is the
     * compiler's.
     */
    private static final Set<String> NO_TASK = Set.of("unsafe", "sync/atomic", "container/ring", "unicode/utf8", "math/bits");

    /** Of the standard packages {@code imports}, those with an init task (in {@link #GRAPH}). */
    static List<String> withTasks(List<String> imports) {
        return imports.stream().filter(p -> !NO_TASK.contains(p)).toList();
    }

    /** The standard packages a program imports that have init tasks, with every one they depend on. */
    static Set<String> closure(Iterable<String> roots) {
        Set<String> out = new java.util.TreeSet<>();
        java.util.Deque<String> todo = new java.util.ArrayDeque<>();
        roots.forEach(p -> {
            if (!NO_TASK.contains(p)) todo.push(p);
        });
        while (!todo.isEmpty()) {
            String p = todo.pop();
            if (!out.add(p)) continue;
            List<String> deps = GRAPH.get(p);
            if (deps == null) throw new IllegalArgumentException("no init graph for standard package " + p);
            deps.forEach(todo::push);
        }
        return out;
    }

    private static Map<String, List<String>> graph(String... lines) {
        Map<String, List<String>> g = new LinkedHashMap<>();
        for (String l : lines) {
            int colon = l.indexOf(':');
            String deps = l.substring(colon + 1).strip();
            g.put(l.substring(0, colon), deps.isEmpty() ? List.of() : List.of(deps.split(" ")));
        }
        return java.util.Collections.unmodifiableMap(g);
    }
}
