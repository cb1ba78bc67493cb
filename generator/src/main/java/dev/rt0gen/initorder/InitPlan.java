package dev.rt0gen.initorder;

import dev.rt0gen.check.CheckedProgram;
import dev.rt0gen.check.Obj;

import java.util.List;

/**
 * What runs before main.main: the packages in Go's initialization order (main last), each
 * with its variable initializers in the order Go runs them, then its init functions.
 * {@code order}: the import paths of the program's packages and of the standard packages they
 * depend on (see {@link StdlibInits}), in the order Go initializes them.
 */
public record InitPlan(CheckedProgram program, List<PackageInit> packages, List<String> order) {
    public InitPlan {
        packages = List.copyOf(packages);
        order = List.copyOf(order);
    }

    /**
     * The symbol of a standard package's init task in the program's task list, or null: for
     * os, os.init (the finalizer goroutine); for the other packages that have init work in
     * Go, an empty function (their tasks run, and inittrace prints them, as in Go).
     */
    public static String stdlibTask(String path) {
        return StdlibInits.TASKS.get(path);
    }

    /** {@code vars}: every VarInit of the package, in initialization order. */
    public record PackageInit(CheckedProgram.Package pkg, List<CheckedProgram.VarInit> vars, List<Obj.Func> inits) {
        public PackageInit {
            vars = List.copyOf(vars);
            inits = List.copyOf(inits);
        }
    }
}
