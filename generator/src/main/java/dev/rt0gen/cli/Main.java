package dev.rt0gen.cli;

import dev.rt0gen.api.EnvironmentException;
import dev.rt0gen.api.Rt0gen;
import dev.rt0gen.asm.Keystone;
import dev.rt0gen.link.LinkException;
import dev.rt0gen.link.LinkedImage;
import dev.rt0gen.elf.ElfWriter;
import dev.rt0gen.source.CompileException;
import dev.rt0gen.source.Diagnostic;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code rt0gen build [-o OUT] [-S] DIR|FILE.go} and {@code rt0gen version}.
 * Exit status: 0 success, 1 the program has errors (printed as {@code file:line:col: message}),
 * 2 a usage or environment error. A user never sees a Java stack trace.
 */
@Command(name = "rt0gen", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Compiles small Go programs into static x86-64 Linux executables that start the way Go does.",
        subcommands = {Main.Build.class, Main.Compare.class, Main.Asm.class, Main.VersionCmd.class})
public final class Main implements Runnable {
    public static final String VERSION = "0.1.0";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: build or version");
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        PrintWriter out = new PrintWriter(System.out, true), err = new PrintWriter(System.err, true);
        try {
            return run(out, err, args);
        } finally {
            // Autoflush acts on println only: -S prints the assembly with print, and main exits at once.
            out.flush();
            err.flush();
        }
    }

    /** Runs one command with its output and errors going to {@code out} and {@code err}; returns the exit status. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof EnvironmentException) {
                cmd.getErr().println("rt0gen: " + e.getMessage());
                return 2;
            }
            cmd.getErr().println("rt0gen: internal error: " + e);
            cmd.getErr().flush();
            return 3;
        });
        cl.setParameterExceptionHandler((e, a) -> {
            PrintWriter w = e.getCommandLine().getErr();
            w.println("rt0gen: " + e.getMessage());
            w.println("usage: rt0gen build [-o output] [-S] [-d ssa=FUNC] DIR|FILE.go   (rt0gen --help for more)");
            return 2;
        });
        return cl.execute(args);
    }

    @Command(name = "build", mixinStandardHelpOptions = true,
            description = "Compile a Go main package (a module directory or one .go file) into an executable.")
    static final class Build implements Callable<Integer> {
        @Option(names = "-o", paramLabel = "output", description = "write the executable to this file (default: the directory's or file's base name)")
        Path output;

        @Option(names = "-S", description = "also print the assembly text that Keystone assembles")
        boolean printAssembly;

        @Option(names = "-d", paramLabel = "ssa=FUNC|ssa/PASS/off,…", description = "ssa=FUNC: print the IR of function FUNC "
                + "(main.fib, or fib) after lowering, after each optimization pass and after register allocation, as gc's "
                + "GOSSAFUNC; ssa/PASS/off: do not run the pass PASS (as gc's -d=ssa/PASS/off); several, comma-separated")
        String debug;

        @Parameters(arity = "1", paramLabel = "DIR|FILE.go", description = "the main package")
        Path source;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            Path out = output != null ? output : defaultOutput(source);
            dev.rt0gen.api.Debug dump = null;
            if (debug != null) {
                try {
                    dump = dev.rt0gen.api.Debug.parse(debug);
                } catch (IllegalArgumentException e) {
                    err.println("rt0gen: -d " + debug + ": " + e.getMessage());
                    return 2;
                }
            }
            try {
                LinkedImage image = Rt0gen.build(source, out, dump);
                if (printAssembly) spec.commandLine().getOut().print(image.assembly());
                if (dump != null && dump.func() != null) {
                    if (!dump.matched()) {
                        err.println("rt0gen: -d " + debug + ": the program has no function " + dump.func());
                        return 2;
                    }
                    spec.commandLine().getOut().print(dump.text());
                }
                return 0;
            } catch (CompileException e) {
                for (Diagnostic d : e.diagnostics()) err.println(d);
                return 1;
            } catch (LinkException e) {
                for (String p : e.problems()) err.println("rt0gen: link: " + p);
                return 1;
            } catch (IOException e) {
                err.println("rt0gen: " + e.getMessage());
                return 2;
            }
        }

        private static Path defaultOutput(Path source) {
            Path abs = source.toAbsolutePath().normalize();
            String name = abs.getFileName() == null ? "a.out" : abs.getFileName().toString();
            if (name.endsWith(".go")) name = name.substring(0, name.length() - 3);
            return Path.of(name);
        }
    }

    @Command(name = "compare", mixinStandardHelpOptions = true,
            description = "Build each program with the real Go toolchain and with rt0gen, run both the same way, "
                    + "and compare exit status, stdout and stderr byte for byte. Exit 0 only when all match.")
    static final class Compare implements Callable<Integer> {
        @Option(names = "--container", description = "run both binaries in hardened FROM scratch containers (Testcontainers)")
        boolean container;

        @Option(names = "--env", paramLabel = "KEY=VALUE", description = "environment of the runs (repeatable; nothing else is inherited)")
        java.util.List<String> env = new java.util.ArrayList<>();

        @Option(names = "--args", paramLabel = "ARGS", description = "arguments for the programs, split on spaces")
        String args;

        @Option(names = "--runs", defaultValue = "5", description = "timed runs per binary for the median; each must behave as the first (default: ${DEFAULT-VALUE})")
        int runs;

        @Option(names = "--cpus", description = "container CPU limit, as docker run --cpus")
        Double cpus;

        @Option(names = "--cpuset-cpus", description = "container CPU set, as docker run --cpuset-cpus")
        String cpusetCpus;

        @Option(names = "--json", paramLabel = "FILE", description = "also write the results as JSON")
        Path json;

        @Option(names = "--html", paramLabel = "FILE", description = "also write a self-contained HTML report with charts")
        Path html;

        @Parameters(arity = "1..*", paramLabel = "DIR")
        java.util.List<Path> dirs;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PrintWriter err = spec.commandLine().getErr();
            java.util.Map<String, String> environment = new java.util.LinkedHashMap<>();
            for (String kv : env) {
                int eq = kv.indexOf('=');
                if (eq <= 0) throw new CommandLine.ParameterException(spec.commandLine(), "--env wants KEY=VALUE, not " + kv);
                environment.put(kv.substring(0, eq), kv.substring(eq + 1));
            }
            dev.rt0gen.compare.Runner runner = container ? dev.rt0gen.compare.Runners.container()
                    : new dev.rt0gen.compare.NativeRunner();
            if (runner == null) {
                err.println("rt0gen: --container needs the rt0gen-testcontainers module on the class path "
                        + "(make build builds it; bin/rt0gen adds it)");
                return 2;
            }
            var options = new dev.rt0gen.compare.Comparison.Options(environment,
                    args == null || args.isBlank() ? java.util.List.of() : java.util.List.of(args.trim().split("\\s+")),
                    runs, new dev.rt0gen.compare.Runner.Limits(cpus, cpusetCpus));
            // A shell glob such as corpus/* also names files beside the programs (a README):
            // only directories and .go files are programs.
            java.util.List<Path> programs = new java.util.ArrayList<>();
            for (Path d : dirs) {
                if (Files.isDirectory(d) || d.toString().endsWith(".go")) {
                    programs.add(d);
                } else {
                    err.println("rt0gen compare: skipping " + d + ": not a directory or a .go file");
                }
            }
            if (programs.isEmpty()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "no program directory given");
            }
            dirs = programs;
            Path work = Files.createTempDirectory("rt0gen-compare");
            java.util.List<dev.rt0gen.compare.Comparison.Result> results = new java.util.ArrayList<>();
            try {
                var comparison = new dev.rt0gen.compare.Comparison(runner, work);
                try (var progress = dev.rt0gen.compare.Progress.start(dirs.size(), err)) {
                    for (Path dir : dirs) {
                        progress.step(dir.toString());
                        String verdict;
                        // Without --env, a directory's own `runs` file (one environment per line, as in
                        // rt0gen's corpus) says how to run it; otherwise once, as given.
                        java.util.List<java.util.Map<String, String>> envs = environment.isEmpty()
                                ? dev.rt0gen.compare.RunsFile.read(dir) : java.util.List.of(environment);
                        try {
                            var builds = comparison.build(dir);
                            verdict = "match";
                            for (var e : envs) {
                                var r = comparison.compare(dir, builds, options.withEnv(e));
                                results.add(r);
                                if (!r.matches()) verdict = r.status().name().toLowerCase(java.util.Locale.ROOT);
                            }
                        } catch (dev.rt0gen.compare.Comparison.BuildException e) {
                            results.add(dev.rt0gen.compare.Comparison.error(dir, environment, e.getMessage()));
                            verdict = "error";
                        }
                        progress.done(dir.toString(), verdict);
                    }
                }
            } finally {
                deleteTree(work);
            }
            var report = new dev.rt0gen.compare.Report(results, runner.name());
            report.printTable(spec.commandLine().getOut());
            if (json != null) report.writeJson(json);
            if (html != null) report.writeHtml(html);
            return report.failures() == 0 ? 0 : 1;
        }

        private static void deleteTree(Path p) throws IOException {
            try (var walk = Files.walk(p)) {
                for (Path q : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(q);
            }
        }
    }

    @Command(name = "asm", mixinStandardHelpOptions = true,
            description = "Assemble and link assembly files alone, without the runtime (rt0gen's dialect, docs/ABI.md;"
                    + " the entry point is _rt0_amd64_linux).")
    static final class Asm implements Callable<Integer> {
        @Option(names = "-o", paramLabel = "output", required = true, description = "write the executable to this file")
        Path output;

        @Parameters(arity = "1..*", paramLabel = "FILE.s")
        java.util.List<Path> files;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            try {
                java.util.List<dev.rt0gen.amd64.AsmUnit> units = new java.util.ArrayList<>();
                for (Path f : files) {
                    String text;
                    try {
                        text = new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.UTF_8);
                    } catch (IOException e) {
                        throw dev.rt0gen.source.SourceLoader.cannotRead(f, e);
                    }
                    units.add(new dev.rt0gen.amd64.AsmUnit(f.toString(), text));
                }
                LinkedImage image = new dev.rt0gen.link.Linker(Keystone.get()).link(units);
                Rt0gen.write(ElfWriter.write(image), output);
                return 0;
            } catch (LinkException e) {
                for (String p : e.problems()) err.println("rt0gen: " + p);
                return 1;
            } catch (IOException e) {
                err.println("rt0gen: " + e.getMessage());
                return 2;
            }
        }
    }

    @Command(name = "version", description = "Print rt0gen's version and the Keystone library it uses.")
    static final class VersionCmd implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            out.println("rt0gen version " + VERSION + " linux/amd64");
            Keystone ks = Keystone.get();
            out.println("keystone " + ks.version() + " (" + ks.source() + ")");
            return 0;
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[]{"rt0gen version " + VERSION + " linux/amd64"};
        }
    }
}
