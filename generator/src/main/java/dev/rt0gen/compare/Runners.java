package dev.rt0gen.compare;

import java.util.ServiceLoader;

/** Finds runners that other modules provide (the container runner of rt0gen-testcontainers). */
public final class Runners {
    private Runners() {
    }

    /** The runner named {@code container}, or null when its module is not on the class path. */
    public static Runner container() {
        for (Runner r : ServiceLoader.load(Runner.class)) {
            if (r.name().equals("container")) return r;
        }
        return null;
    }
}
