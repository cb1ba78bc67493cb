package dev.rt0gen.it;

import java.nio.file.Files;
import java.nio.file.Path;

/** Paths in rt0gen's repository (Surefire passes its top level as {@code rt0gen.root}). */
final class Repo {
    private Repo() {
    }

    static Path root() {
        Path root = Path.of(System.getProperty("rt0gen.root", "..")).toAbsolutePath().normalize();
        if (!Files.isRegularFile(root.resolve("Dockerfile"))) {
            throw new IllegalStateException("rt0gen's repository root (with the Dockerfile) is not at " + root
                    + "; run the it-tests through Maven from the repository, or set -Drt0gen.root");
        }
        return root;
    }

    /** The top-level Dockerfile, the image every rt0gen binary runs in. */
    static Path dockerfile() {
        return root().resolve("Dockerfile");
    }

    /** it-tests/corpus: the differential corpus, one Go module per directory. */
    static Path corpus() {
        return root().resolve("it-tests").resolve("corpus");
    }

    static Path example(String name) {
        return root().resolve("examples").resolve(name);
    }
}
