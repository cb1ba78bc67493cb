package dev.rt0gen.elf;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.fail;

/** Runs a host tool (binutils & co.) for cross-checks; a missing tool fails the test and says how to get it. */
public final class Tools {
    private Tools() {
    }

    public static String run(String... command) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new AssertionError(command[0] + " is needed by this test and was not found: "
                    + "apt-get install -y binutils elfutils strace gdb (or run make test, which installs them)", e);
        }
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(60, TimeUnit.SECONDS)) fail(command[0] + " did not finish");
        if (p.exitValue() != 0) fail(String.join(" ", command) + " failed:\n" + out);
        return out;
    }
}
