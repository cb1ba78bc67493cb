package dev.rt0gen.link;

import dev.rt0gen.asm.AsmException;
import dev.rt0gen.asm.Keystone;
import dev.rt0gen.codegen.AsmUnit;
import dev.rt0gen.link.LinkedImage.Kind;
import dev.rt0gen.link.LinkedImage.Section;
import dev.rt0gen.link.LinkedImage.Segment;
import dev.rt0gen.link.LinkedImage.Symbol;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The linker: runtime units and the program's units in, one laid-out image out.
 *
 * <p>Like mold, it is a sequence of passes over one context: {@link #readUnits} sorts each
 * unit's lines into sections, {@link #resolveSymbols} checks that every name is defined exactly
 * once, {@link #combine} writes one assembly text laid out as
 * <pre>
 *   runtime.text: text… runtime.etext: .skip 0x1000
 *   runtime.rodata: rodata… runtime.erodata: .skip 0x1000
 *   runtime.data: data… runtime.edata: runtime.bss: bss… runtime.end:
 *   .quad every symbol
 * </pre>
 * {@link #assemble} hands it to Keystone once, at the address the text will have, so Keystone
 * resolves every reference itself; and {@link #layOut} cuts the result into segments. The two
 * one-page gaps put text, read-only data and writable data on different pages (W^X) although
 * their bytes sit back to back in the file: cutting exactly 0x1000 bytes keeps every segment's
 * file offset congruent to its address modulo the page size, as the kernel's loader requires.
 * The closing {@code .quad} table is how symbol addresses come back out of Keystone, which
 * reports nothing but bytes.
 */
public final class Linker {
    /** Where the image starts in memory; the ELF and program headers are mapped there. */
    public static final long IMAGE_BASE = 0x400000;
    /** Room for the ELF header and four program headers (64 + 4 * 56 bytes), rounded up. */
    public static final int HEADERS_SIZE = 0x120;
    /** Address of the first byte of text: the file offset {@link #HEADERS_SIZE} mapped at the base. */
    public static final long TEXT_ADDR = IMAGE_BASE + HEADERS_SIZE;
    static final int PAGE = 0x1000;

    public static final String ENTRY = "_rt0_amd64_linux";
    static final String[] MARKERS = {"runtime.text", "runtime.etext", "runtime.rodata", "runtime.erodata",
            "runtime.data", "runtime.edata", "runtime.bss", "runtime.end"};

    private final Keystone keystone;

    public Linker(Keystone keystone) {
        this.keystone = keystone;
    }

    public LinkedImage link(List<AsmUnit> units) throws LinkException {
        List<ObjectUnit> objects = readUnits(units);
        Map<String, ObjectUnit.Section> symbols = resolveSymbols(objects);
        List<String> order = new ArrayList<>(symbols.keySet());
        String text = combine(objects, order);
        byte[] blob = assemble(text);
        return layOut(blob, order, symbols, text);
    }

    /** A runtime unit at its position in the link (the position names its local labels). */
    private record RuntimeKey(AsmUnit unit, int index) {
    }

    /**
     * The runtime's units are the same in every link ({@link Runtime#units()}), so each JVM
     * reads them once. A read unit is never changed afterwards.
     */
    private static final Map<RuntimeKey, ObjectUnit> RUNTIME_READ = new java.util.concurrent.ConcurrentHashMap<>();

    static List<ObjectUnit> readUnits(List<AsmUnit> units) throws LinkException {
        List<ObjectUnit> objects = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<AsmUnit> runtime = Runtime.units();
        for (int i = 0; i < units.size(); i++) {
            AsmUnit unit = units.get(i);
            try {
                if (i < runtime.size() && runtime.get(i) == unit) {
                    ObjectUnit cached = RUNTIME_READ.get(new RuntimeKey(unit, i));
                    if (cached == null) {
                        cached = ObjectUnit.read(unit, i);
                        RUNTIME_READ.put(new RuntimeKey(unit, i), cached);
                    }
                    objects.add(cached);
                } else {
                    objects.add(ObjectUnit.read(unit, i));
                }
            } catch (LinkException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) throw new LinkException(problems);
        return objects;
    }

    /** Every global label defined once, every reference defined somewhere, the entry present. */
    static Map<String, ObjectUnit.Section> resolveSymbols(List<ObjectUnit> objects) throws LinkException {
        List<String> problems = new ArrayList<>();
        Map<String, ObjectUnit.Section> symbols = new LinkedHashMap<>();
        Map<String, String> definedIn = new LinkedHashMap<>();
        Set<String> markers = Set.of(MARKERS);
        for (ObjectUnit u : objects) {
            for (var e : u.labels.entrySet()) {
                String prev = definedIn.putIfAbsent(e.getKey(), u.name);
                if (prev != null || markers.contains(e.getKey())) {
                    problems.add("duplicate symbol " + Symbols.goName(e.getKey()) + " (in "
                            + (prev == null ? "the linker" : prev) + " and " + u.name + ")");
                } else {
                    symbols.put(e.getKey(), e.getValue());
                }
            }
            for (String c : u.constantNames) {
                String prev = definedIn.putIfAbsent(c, u.name);
                if (prev != null) {
                    problems.add("duplicate symbol " + c + " (in " + prev + " and " + u.name + ")");
                }
            }
        }
        for (ObjectUnit u : objects) {
            for (String ref : u.references) {
                if (!definedIn.containsKey(ref) && !markers.contains(ref)) {
                    problems.add("undefined symbol " + Symbols.goName(ref) + " (referenced in " + u.name + ")");
                }
            }
        }
        if (!definedIn.containsKey(ENTRY)) {
            problems.add("undefined symbol " + ENTRY + " (the entry point)");
        }
        if (!problems.isEmpty()) throw new LinkException(problems);
        return symbols;
    }

    /** The one text Keystone assembles: constants, then the sections in address order, then the symbol table. */
    static String combine(List<ObjectUnit> objects, List<String> order) {
        StringBuilder sb = new StringBuilder(1 << 16);
        for (ObjectUnit u : objects) {
            for (String c : u.constants) sb.append(c).append('\n');
        }
        section(sb, objects, ObjectUnit.Section.TEXT, "runtime.text");
        sb.append("runtime.etext:\n.skip 0x1000\n");
        section(sb, objects, ObjectUnit.Section.RODATA, "runtime.rodata");
        sb.append("runtime.erodata:\n.skip 0x1000\n");
        section(sb, objects, ObjectUnit.Section.DATA, "runtime.data");
        sb.append("runtime.edata:\n");
        section(sb, objects, ObjectUnit.Section.BSS, "runtime.bss");
        sb.append("runtime.end:\n.p2align 3, 0x0\n");
        List<String> all = new ArrayList<>(List.of(MARKERS));
        all.addAll(order);
        for (int i = 0; i < all.size(); i += 8) {
            sb.append(".quad ").append(String.join(", ", all.subList(i, Math.min(all.size(), i + 8)))).append('\n');
        }
        return sb.toString();
    }

    private static void section(StringBuilder sb, List<ObjectUnit> objects, ObjectUnit.Section s, String start) {
        // Padding in text is int3 (0xcc), as Go's linker pads; elsewhere zero.
        String fill = s == ObjectUnit.Section.TEXT ? ", 0xcc\n" : ", 0x0\n";
        sb.append(".p2align 4").append(fill).append(start).append(":\n");
        for (ObjectUnit u : objects) {
            List<String> lines = u.lines.get(s);
            if (lines.isEmpty()) continue;
            sb.append(".p2align 3").append(fill);
            for (String l : lines) sb.append(l).append('\n');
        }
    }

    private byte[] assemble(String text) throws LinkException {
        try {
            return keystone.assemble(text, TEXT_ADDR);
        } catch (AsmException e) {
            throw new LinkException("assembler: " + e.getMessage() + " at or after: "
                    + statement(text, e.statements()));
        }
    }

    /** Best guess at the statement Keystone stopped at: the n-th non-label line. */
    private static String statement(String text, long n) {
        long seen = 0;
        for (String line : text.split("\n")) {
            if (line.endsWith(":")) continue;
            if (seen++ == n) return line;
        }
        return "(end of text)";
    }

    /** Reads the symbol table off the end of the blob and cuts the blob into segments. */
    static LinkedImage layOut(byte[] blob, List<String> order, Map<String, ObjectUnit.Section> kinds, String text)
            throws LinkException {
        int nsyms = MARKERS.length + order.size();
        int tableStart = blob.length - 8 * nsyms;
        ByteBuffer table = ByteBuffer.wrap(blob, tableStart, 8 * nsyms).order(ByteOrder.LITTLE_ENDIAN);
        long[] marker = new long[MARKERS.length];
        for (int i = 0; i < marker.length; i++) marker[i] = table.getLong();
        Map<String, Long> addr = new LinkedHashMap<>();
        for (String s : order) addr.put(s, table.getLong());
        long text0 = marker[0], etext = marker[1], rodata = marker[2], erodata = marker[3];
        long data = marker[4], edata = marker[5], bss = marker[6], end = marker[7];
        if (text0 != TEXT_ADDR || tableStart < 0 || end - TEXT_ADDR > tableStart) {
            throw new LinkException("assembler output does not match the layout (text at 0x"
                    + Long.toHexString(text0) + ")");
        }
        // Segment starts: each gap of 0x1000 bytes is cut from the file.
        long rodataSeg = etext + PAGE, dataSeg = erodata + PAGE;
        // A segment whose section is empty keeps its alignment bytes in the file (so the next
        // segment's offset stays congruent) but gets no memory: the ELF writer maps none.
        List<Segment> segments = List.of(
                new Segment(TEXT_ADDR, slice(blob, TEXT_ADDR, etext), etext - TEXT_ADDR, LinkedImage.R | LinkedImage.X),
                new Segment(rodataSeg, slice(blob, rodataSeg, erodata), erodata == rodata ? 0 : erodata - rodataSeg,
                        LinkedImage.R),
                new Segment(dataSeg, slice(blob, dataSeg, edata), end == data ? 0 : end - dataSeg,
                        LinkedImage.R | LinkedImage.W));
        List<Section> sections = List.of(
                new Section(".text", text0, etext - text0, false, false, true),
                new Section(".rodata", rodata, erodata - rodata, false, false, false),
                new Section(".data", data, edata - data, false, true, false),
                new Section(".bss", bss, end - bss, true, true, false));
        List<Symbol> symbols = symbols(addr, kinds, marker, sections);
        return new LinkedImage(addr.get(ENTRY), segments, sections, symbols, text);
    }

    private static byte[] slice(byte[] blob, long from, long to) {
        return Arrays.copyOfRange(blob, (int) (from - TEXT_ADDR), (int) (to - TEXT_ADDR));
    }

    /** Sizes run to the next symbol in the same section, or to the section's end. */
    private static List<Symbol> symbols(Map<String, Long> addr, Map<String, ObjectUnit.Section> kinds,
                                        long[] marker, List<Section> sections) {
        List<Symbol> out = new ArrayList<>();
        for (int i = 0; i < MARKERS.length; i++) {
            out.add(new Symbol(MARKERS[i], marker[i], 0, Kind.NOTYPE, sectionOf(marker[i], sections, i % 2 == 1)));
        }
        for (ObjectUnit.Section s : ObjectUnit.Section.values()) {
            Section sec = sections.get(s.ordinal());
            List<Map.Entry<String, Long>> in = addr.entrySet().stream()
                    .filter(e -> kinds.get(e.getKey()) == s)
                    .sorted(Comparator.comparingLong(Map.Entry::getValue))
                    .toList();
            for (int i = 0; i < in.size(); i++) {
                long a = in.get(i).getValue();
                long next = i + 1 < in.size() ? in.get(i + 1).getValue() : sec.addr() + sec.size();
                Kind kind = s == ObjectUnit.Section.TEXT ? Kind.FUNC : Kind.OBJECT;
                out.add(new Symbol(Symbols.goName(in.get(i).getKey()), a, next - a, kind, sec.name()));
            }
        }
        out.sort(Comparator.comparingLong(Symbol::value).thenComparing(Symbol::name));
        return List.copyOf(out);
    }

    private static String sectionOf(long a, List<Section> sections, boolean isEnd) {
        for (Section s : sections) {
            if (a >= s.addr() && (a < s.addr() + s.size() || (isEnd && a == s.addr() + s.size()))) return s.name();
        }
        return sections.get(sections.size() - 1).name();
    }
}
