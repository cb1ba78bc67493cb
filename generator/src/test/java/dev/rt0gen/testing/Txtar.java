package dev.rt0gen.testing;

import dev.rt0gen.source.SourceFile;
import dev.rt0gen.source.SourcePackage;
import dev.rt0gen.source.SourceTree;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A whole program in one byte string, in the txtar format of Go's own tests: the bytes before
 * the first {@code -- NAME --} line are {@code main.go}, each {@code -- NAME --} line starts
 * file NAME. {@code a/x.go} is a file of package {@value Programs#MODULE}/a. The fuzzer
 * mutates these bytes, so every byte string is a program: a bad name (not
 * {@code [a-z0-9_]} parts ending in {@code .go}) keeps its line as text of the current file.
 */
public final class Txtar {
    private Txtar() {
    }

    public static Map<String, byte[]> files(byte[] archive) {
        Map<String, ByteArrayOutputStream> files = new LinkedHashMap<>();
        ByteArrayOutputStream current = new ByteArrayOutputStream();
        files.put("main.go", current);
        int i = 0;
        while (i < archive.length) {
            int nl = i;
            while (nl < archive.length && archive[nl] != '\n') nl++;
            int end = Math.min(nl + 1, archive.length);
            String name = marker(archive, i, nl);
            if (name != null) {
                current = files.computeIfAbsent(name, k -> new ByteArrayOutputStream());
            } else {
                current.write(archive, i, end - i);
            }
            i = end;
        }
        Map<String, byte[]> out = new LinkedHashMap<>();
        files.forEach((n, b) -> {
            // the loader never gives an empty main package: keep main.go when no other file is in "."
            boolean mainNeeded = files.keySet().stream().noneMatch(k -> !k.equals("main.go") && !k.contains("/"));
            if (!n.equals("main.go") || b.size() > 0 || mainNeeded) out.put(n, b.toByteArray());
        });
        return out;
    }

    private static String marker(byte[] a, int from, int to) {
        String line = new String(a, from, to - from, StandardCharsets.ISO_8859_1);
        if (line.length() < 7 || !line.startsWith("-- ") || !line.endsWith(" --")) return null;
        String name = line.substring(3, line.length() - 3).strip();
        if (!name.matches("([a-z0-9_]+/){0,2}[a-z0-9_]+\\.go")) return null;
        return name;
    }

    /** The program as the loader would give it for a module {@value Programs#MODULE} at ".". */
    public static SourceTree tree(byte[] archive) {
        Map<String, List<SourceFile>> byDir = new TreeMap<>();
        new TreeMap<>(files(archive)).forEach((name, bytes) -> {
            int slash = name.lastIndexOf('/');
            String dir = slash < 0 ? "" : name.substring(0, slash);
            byDir.computeIfAbsent(dir, k -> new ArrayList<>()).add(new SourceFile("./" + name, bytes));
        });
        SourcePackage main = new SourcePackage("main", ".", byDir.getOrDefault("", List.of()));
        Map<String, SourcePackage> pkgs = new LinkedHashMap<>();
        byDir.forEach((dir, fs) -> {
            if (!dir.isEmpty()) pkgs.put(Programs.MODULE + "/" + dir, new SourcePackage(Programs.MODULE + "/" + dir, "./" + dir, fs));
        });
        return new SourceTree(Programs.MODULE, main, pkgs);
    }

    /** A program directory (its .go files, at any depth) as one archive; import paths are rewritten to {@value Programs#MODULE}. */
    public static byte[] archive(Path dir) throws IOException {
        String module = null;
        Path goMod = dir.resolve("go.mod");
        if (Files.isRegularFile(goMod)) {
            for (String l : Files.readAllLines(goMod)) {
                if (l.startsWith("module ")) module = l.substring(7).strip();
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path f : s.filter(p -> p.toString().endsWith(".go")).sorted().toList()) {
                String text = Files.readString(f);
                if (module != null) text = text.replace("\"" + module + "/", "\"" + Programs.MODULE + "/");
                out.writeBytes(("-- " + dir.relativize(f).toString().replace('\\', '/') + " --\n").getBytes(StandardCharsets.UTF_8));
                out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
                if (!text.endsWith("\n")) out.write('\n');
            }
        }
        return out.toByteArray();
    }
}
