package dev.rt0gen.initorder;

import dev.rt0gen.check.CheckedProgram;
import dev.rt0gen.check.Obj;

import java.util.List;

/**
 * What runs before main.main: the packages in Go's initialization order (main last), each
 * with its variable initializers in the order Go runs them, then its init functions.
 */
public record InitPlan(CheckedProgram program, List<PackageInit> packages) {
    public InitPlan {
        packages = List.copyOf(packages);
    }

    /** {@code vars}: every VarInit of the package, in initialization order. */
    public record PackageInit(CheckedProgram.Package pkg, List<CheckedProgram.VarInit> vars, List<Obj.Func> inits) {
        public PackageInit {
            vars = List.copyOf(vars);
            inits = List.copyOf(inits);
        }
    }
}
