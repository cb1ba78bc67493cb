package dev.rt0gen.api;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every allocation the runtime makes is typed (issue 17's first step, docs/GC.md): it passes
 * mallocgc a type descriptor (new(T) gets the compiler's, makeslice, growslice, makechan and
 * the map entries the element's, malloc.go's stringType and pointerType the rest), or it is
 * pointer-free, typ == nil (Go's noscan), and then it is one of the functions below, each with
 * the reason its memory holds no pointer a collector must follow. A new untyped allocation
 * fails here until it is typed or its reason is written down.
 */
class MallocTypesTest {
    static final Path RUNTIME = Path.of("../runtime-stubs/src/main/go/runtime");

    /** The functions that may allocate pointer-free memory, and why it is. */
    static final Map<String, String> NOSCAN = Map.of(
            "print.go printtostring_end", "a string's bytes",
            "alg.go panicunhashable", "a string's bytes",
            "os_linux.go getproccount", "the kernel's CPU mask",
            "string.go rawstring", "a string's bytes",
            "string.go rawbyteslice", "a []byte's bytes",
            "string.go rawruneslice", "a []rune's runes",
            "slice.go strings_makeNoZero", "a strings.Builder's bytes",
            "map.go maprebuild", "the index: uint32 entry numbers (the entries are typed, maptype.entry)",
            "chan.go makechan", "Go's: an hchan without a buffer or with pointer-free elements (its pointers are to itself and to sudogs, which their goroutines keep)");

    private static final Pattern MALLOC = Pattern.compile("\\bmallocgc\\(([^,]+),\\s*([^,]+),");
    private static final Pattern FUNC = Pattern.compile("^func (?:\\([^)]*\\) )?(\\w+)");

    @Test
    void everyRuntimeAllocationIsTypedOrPointerFree() throws IOException {
        Map<String, String> untyped = new TreeMap<>();
        int typed = 0;
        List<Path> files;
        try (Stream<Path> s = Files.list(RUNTIME)) {
            files = s.filter(p -> p.toString().endsWith(".go")).sorted().toList();
        }
        assertThat(files).as("the runtime's Go files in " + RUNTIME.toAbsolutePath()).isNotEmpty();
        for (Path f : files) {
            String fn = null;
            List<String> lines = Files.readAllLines(f);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                Matcher fm = FUNC.matcher(line);
                if (fm.find()) fn = fm.group(1);
                if (line.trim().startsWith("//") || line.startsWith("func mallocgc(")) continue;
                Matcher m = MALLOC.matcher(line);
                while (m.find()) {
                    String at = f.getFileName() + " " + fn;
                    if (m.group(2).trim().equals("nil")) untyped.put(at, f.getFileName() + ":" + (i + 1));
                    else typed++;
                }
            }
        }
        assertThat(untyped.keySet()).as("pointer-free allocations (typ == nil) outside the functions known to make them: %s", untyped)
                .isSubsetOf(NOSCAN.keySet());
        assertThat(untyped.keySet()).as("functions listed as making pointer-free allocations that make none").containsAll(NOSCAN.keySet());
        // newobject, makeslice, growslice, makechan's buffer, the map entries, the string and pointer arrays
        assertThat(typed).as("typed mallocgc calls").isGreaterThanOrEqualTo(8);
    }
}
