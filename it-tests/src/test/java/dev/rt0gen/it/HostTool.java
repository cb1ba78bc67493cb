package dev.rt0gen.it;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finds a host tool on PATH; a missing one fails the test with how to get it. */
final class HostTool {
    private HostTool() {
    }

    static Path require(String command, String debianPackage) {
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) continue;
            Path p = Path.of(dir, command);
            if (Files.isRegularFile(p) && Files.isExecutable(p)) return p;
        }
        throw new AssertionError(command + " is needed by this test and is not on PATH (" + path + "): it is in "
                + "Debian's " + debianPackage + " package (apt-get install -y " + debianPackage
                + "; scripts/ensure-tools installs it)");
    }
}
