package dev.rt0gen.link;

import dev.rt0gen.amd64.AsmUnit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The runtime's assembly files (module runtime-stubs), read from the class path in the order
 * of their manifest {@code dev/rt0gen/runtime/runtime.files}. Read once per JVM.
 */
public final class Runtime {
    private static final String DIR = "dev/rt0gen/runtime/";
    private static volatile List<AsmUnit> units;

    private Runtime() {
    }

    public static List<AsmUnit> units() {
        List<AsmUnit> u = units;
        if (u == null) {
            synchronized (Runtime.class) {
                if (units == null) units = load();
                u = units;
            }
        }
        return u;
    }

    private static List<AsmUnit> load() {
        List<AsmUnit> out = new ArrayList<>();
        for (String line : read("runtime.files").split("\n")) {
            String f = line.strip();
            if (f.isEmpty() || f.startsWith("#")) continue;
            out.add(new AsmUnit("runtime/" + f, read(f)));
        }
        return List.copyOf(out);
    }

    private static String read(String name) {
        try (InputStream in = Runtime.class.getClassLoader().getResourceAsStream(DIR + name)) {
            if (in == null) throw new IllegalStateException("runtime file missing from the class path: " + DIR + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
