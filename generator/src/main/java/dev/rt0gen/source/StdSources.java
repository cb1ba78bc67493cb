package dev.rt0gen.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The standard packages rt0gen ships as Go source ({@code sync}, {@code time}, {@code errors},
 * {@code math}, ...: every directory of runtime-stubs/src/main/go but the runtime's, PATH for
 * the package PATH), copied into the jar
 * when rt0gen is built ({@code dev/rt0gen/std/}, listed in {@code std.files}). A program that
 * imports one compiles it as one of its own packages, under the standard import path, so its
 * symbols are Go's ({@code sync.(*Mutex).Lock}, {@code time.Sleep}). Read once per JVM.
 */
public final class StdSources {
    private StdSources() {
    }

    private static final String DIR = "dev/rt0gen/std/";

    /** Import path → the package's sources, in file-name order. */
    private static final Map<String, SourcePackage> PACKAGES = load();

    /** Whether {@code path} is one of these packages. */
    public static boolean has(String path) {
        return PACKAGES.containsKey(path);
    }

    /** The package with this import path, if rt0gen ships its source. */
    public static Optional<SourcePackage> lookup(String path) {
        return Optional.ofNullable(PACKAGES.get(path));
    }

    private static Map<String, SourcePackage> load() {
        String index = read("std.files");
        if (index == null) return Map.of();   // a build without the standard packages (the runtime's own build)
        Map<String, List<SourceFile>> files = new TreeMap<>();
        for (String line : index.split("\n")) {
            if (line.isBlank()) continue;
            int slash = line.lastIndexOf('/');
            byte[] text = bytes(line);
            files.computeIfAbsent(line.substring(0, slash), k -> new ArrayList<>()).add(new SourceFile("$GOROOT/src/" + line, text));
        }
        Map<String, SourcePackage> out = new TreeMap<>();
        files.forEach((path, fs) -> out.put(path, new SourcePackage(path, "$GOROOT/src/" + path, fs)));
        return Collections.unmodifiableMap(out);
    }

    private static String read(String name) {
        byte[] b = bytesOrNull(name);
        return b == null ? null : new String(b, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String name) {
        byte[] b = bytesOrNull(name);
        if (b == null) throw new IllegalStateException("rt0gen's jar lacks " + DIR + name);
        return b;
    }

    private static byte[] bytesOrNull(String name) {
        try (InputStream in = StdSources.class.getClassLoader().getResourceAsStream(DIR + name)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
