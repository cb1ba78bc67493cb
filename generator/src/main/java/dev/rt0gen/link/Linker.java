package dev.rt0gen.link;

import dev.rt0gen.asm.AsmException;
import dev.rt0gen.asm.Keystone;
import dev.rt0gen.amd64.AsmUnit;
import dev.rt0gen.link.LinkedImage.Assembly;
import dev.rt0gen.link.LinkedImage.Kind;
import dev.rt0gen.link.LinkedImage.Section;
import dev.rt0gen.link.LinkedImage.Segment;
import dev.rt0gen.link.LinkedImage.Symbol;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The linker: the runtime's units and the program's units in, one laid-out image out.
 *
 * <p>The image has two parts, each one Keystone call: the runtime, laid down first at the
 * start of text, and the program, placed after it. The runtime part holds only the runtime's
 * functions and data reachable from the entry point, the linker-filled words and the runtime
 * symbols the program refers to ({@link DeadCode}, as {@code ld --gc-sections}); it depends on
 * nothing else of the program, so it is assembled once per JVM for each set of runtime symbols
 * programs use. Each part is laid out alone as
 * <pre>
 *   text… rodata…  .skip 0x1000  data… bss…  .quad every symbol
 * </pre>
 * Text and read-only data share one read-and-execute segment, as GNU ld lays out a static
 * binary without {@code -z separate-code}: each segment costs the kernel a mapping and a page
 * fault at every exec, and the start-up of a hello is a few dozen microseconds. The one-page
 * gap puts writable data on other pages than code (W^X) although their bytes sit back to back
 * in the file: cutting exactly 0x1000 bytes keeps the segment's file offset congruent to its
 * address modulo the page size, as the kernel's loader requires. Every writable segment holds
 * a writable section with file contents, as eu-elflint requires: a part with no data and no
 * bss gets none, and a part with bss but no data keeps its zero-initialised variables in
 * .data (see {@link #assemblePart}). In the file the program's bytes follow the runtime's, as in
 * memory, unless the program's .bss starts in the file range the runtime's bss stretches over
 * and ends past it: then the runtime's data goes to the end of the file
 * ({@code ElfWriter.fileOffsets}). The closing {@code .quad} table is how symbol addresses come back out of Keystone,
 * which reports nothing but bytes. Keystone resolves every reference inside a part itself (no
 * resolver callback: it mis-encodes relative branches).
 *
 * <p>Between the parts: the program calls the runtime's functions, whose addresses it gets as
 * {@code .set} constants; the runtime reaches the program only through words the linker fills
 * ({@link #LINKER_FILLED}), as Go's linker fills the runtime's {@code main_main} and
 * {@code runtime_inittasks}. Like mold, the work is a sequence of plain passes:
 * {@link #readUnits}, {@link DeadCode#prune} (the runtime part), {@link #resolveSymbols},
 * {@link #combine}, {@link #assemble}, {@link #layOut}, {@link #fill}.
 */
public final class Linker {
    /** Where the image starts in memory; the ELF and program headers are mapped there. */
    public static final long IMAGE_BASE = 0x400000;
    /** Room for the ELF header and five program headers (64 + 5 * 56 bytes: two parts of two
     * segments, and GNU_STACK), rounded up to 16. */
    public static final int HEADERS_SIZE = 0x160;
    /** Address of the first byte of text: the file offset {@link #HEADERS_SIZE} mapped at the base. */
    public static final long TEXT_ADDR = IMAGE_BASE + HEADERS_SIZE;
    static final int PAGE = 0x1000;
    /** A part's segments: text and rodata (R+X), then data and bss (R+W). */
    static final int DATA_SEGMENT = 1;

    public static final String ENTRY = "_rt0_amd64_linux";

    /**
     * Words in the runtime's data that the linker fills with a program symbol's address or
     * constant value: the runtime is laid down before the program is known. They are package
     * variables of the runtime's Go (proc.go, runtime.go) that api.RuntimeBuild puts in .data,
     * where the file has their bytes:
     * Go's main_main and runtime_inittasks (here a pointer and a count), godebugDefault,
     * a string (its pointer and length words), where the program's text starts and ends
     * (preempt.go's progtext and progetext: only the program's own code is preempted), and
     * the bounds and pointer masks of its data and bss (mgc.go's progdata, progroots).
     */
    public static final List<Filled> LINKER_FILLED = List.of(
            new Filled("runtime.main_main", 0, "main.main"),
            new Filled("runtime.main_inittasks", 0, "go..inittasks"),
            new Filled("runtime.main_ninittasks", 0, "go..ninittasks"),
            new Filled("runtime.godebugDefault", 0, "go..godebugDefault"),
            new Filled("runtime.godebugDefault", 8, "go..godebugDefaultLen"),
            new Filled("runtime.progtext", 0, "go..text"),      // MARKERS: the part's first byte of text
            new Filled("runtime.progetext", 0, "go..etext"),    // and the end of its text
            new Filled("runtime.progdata", 0, "go..data"),      // its data and bss, the collector's roots (mgc.go)
            new Filled("runtime.progend", 0, "go..end"),
            new Filled("runtime.progroots", 0, "go..gcroots"),   // the pointer words of its data and bss
            new Filled("runtime.nprogroots", 0, "go..ngcroots"));

    /** The word at {@code offset} in the runtime's variable {@code symbol} holds {@code value}'s address or value. */
    public record Filled(String symbol, long offset, String value) {
    }

    /**
     * The suffix of the program part's section names when it follows the runtime part:
     * {@code .text.program}, … One name per section: valgrind, for one, gives up on the
     * symbols of a file with two {@code .text} sections ("Can't make sense of .text section
     * mapping"), and every profile of a binary would show addresses only.
     */
    static final String PROGRAM_SECTIONS = ".program";

    /** Labels that delimit a part's sections; internal, never symbols. */
    static final String[] MARKERS = {"go..text", "go..etext", "go..rodata", "go..erodata",
            "go..data", "go..edata", "go..bss", "go..end"};

    private final Keystone keystone;

    public Linker(Keystone keystone) {
        this.keystone = keystone;
    }

    /** Links units on their own, as one part at the start of text (no runtime). */
    public LinkedImage link(List<AsmUnit> units) throws LinkException {
        return link(List.of(), units);
    }

    /**
     * Links the program's units after the runtime's, leaving out the runtime's functions and
     * data the program cannot reach ({@link DeadCode}). The runtime part depends only on which
     * runtime symbols the program refers to; it is assembled once per JVM for each such set
     * and each list object {@code runtime} ({@link Runtime#units()} is always the same list).
     */
    public LinkedImage link(List<AsmUnit> runtime, List<AsmUnit> program) throws LinkException {
        List<ObjectUnit> objects = readUnits(program, runtime.size());
        Part base = runtime.isEmpty() ? null : basePart(runtime, objects);
        Map<String, Long> external = new LinkedHashMap<>();
        Map<String, ObjectUnit.Section> symbols = resolveSymbols(objects, base, external);
        List<String> valuesWanted = new ArrayList<>();
        if (base != null) {
            for (Filled f : LINKER_FILLED) {
                if (base.address.containsKey(f.symbol())) valuesWanted.add(f.value());
            }
        }
        long start = base == null ? TEXT_ADDR : base.nextPartAddress();
        Part part = assemblePart("program", base == null ? "" : PROGRAM_SECTIONS, objects, symbols, external,
                valuesWanted, start);
        List<Part> parts = base == null ? List.of(part) : List.of(base.copy(), part);
        if (base != null) fill(parts.get(0), part);
        return image(parts);
    }

    // ---- the runtime part, once per JVM and set of runtime symbols the program uses ----

    /** How many runtime parts (each some 250 KiB: bytes with bss, and the text) a runtime keeps for reuse. */
    private static final int PARTS_KEPT = 32;

    /** A runtime's units, read once, and its parts assembled so far, by the symbols they keep. */
    private static final class RuntimeParts {
        final List<ObjectUnit> objects;
        final Set<String> labels = new HashSet<>();
        final Map<Set<String>, Part> parts = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Set<String>, Part> eldest) {
                return size() > PARTS_KEPT;
            }
        };

        RuntimeParts(List<ObjectUnit> objects) {
            this.objects = objects;
            for (ObjectUnit u : objects) labels.addAll(u.labels.keySet());
        }
    }

    private static final Map<List<AsmUnit>, RuntimeParts> RUNTIMES = new IdentityHashMap<>();

    /**
     * Forgets every runtime part assembled so far (and the runtime's units as read), so the
     * next link assembles the runtime again, as the first link in a new JVM does. For
     * bench/jmh's uncached figure only; rt0gen itself never calls it.
     */
    public static void clearRuntimeCache() {
        synchronized (RUNTIMES) {
            RUNTIMES.clear();
        }
    }

    /**
     * The runtime part for a program: the runtime's chunks reachable from the entry point, the
     * linker-filled words and every runtime symbol the program refers to.
     */
    private Part basePart(List<AsmUnit> runtime, List<ObjectUnit> program) throws LinkException {
        synchronized (RUNTIMES) {
            RuntimeParts rt = RUNTIMES.get(runtime);
            if (rt == null) {
                List<ObjectUnit> all = readUnits(runtime, 0);
                duplicates(all);   // before dead-code elimination, which would keep one of two and say nothing
                rt = new RuntimeParts(all);
                RUNTIMES.put(runtime, rt);
            }
            Set<String> used = new HashSet<>();
            for (ObjectUnit u : program) {
                for (String r : u.references) {
                    if (rt.labels.contains(r)) used.add(r);
                }
            }
            Set<String> key = Set.copyOf(used);
            Part p = rt.parts.get(key);
            if (p == null) {
                Set<String> roots = new LinkedHashSet<>(used);
                roots.add(ENTRY);
                for (Filled f : LINKER_FILLED) roots.add(f.symbol());
                List<ObjectUnit> objects = DeadCode.prune(rt.objects, roots);
                Map<String, ObjectUnit.Section> symbols = resolveSymbols(objects, null, new LinkedHashMap<>());
                p = assemblePart("runtime", "", objects, symbols, Map.of(), List.of(), TEXT_ADDR);
                p.omitted.addAll(rt.labels);
                p.omitted.removeAll(symbols.keySet());
                rt.parts.put(key, p);
            }
            return p;
        }
    }

    // ---- passes ----

    static List<ObjectUnit> readUnits(List<AsmUnit> units, int firstIndex) throws LinkException {
        List<ObjectUnit> objects = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            try {
                objects.add(ObjectUnit.read(units.get(i), firstIndex + i));
            } catch (LinkException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) throw new LinkException(problems);
        return objects;
    }

    /**
     * Every global label and constant of the units defined once: the runtime's assembly and its
     * compiled Go (runtime_go.s) checked whole, as the part's own check sees only what dead-code
     * elimination keeps (a Go variable named as an assembly label would otherwise replace it).
     */
    static void duplicates(List<ObjectUnit> objects) throws LinkException {
        List<String> problems = new ArrayList<>();
        Map<String, String> definedIn = new LinkedHashMap<>();
        for (ObjectUnit u : objects) {
            for (String l : u.labels.keySet()) {
                String prev = definedIn.putIfAbsent(l, u.name);
                if (prev != null) problems.add("duplicate symbol " + Symbols.goName(l) + " (in " + prev + " and " + u.name + ")");
            }
            for (String c : u.constantNames) {
                String prev = definedIn.putIfAbsent(c, u.name);
                if (prev != null) problems.add("duplicate symbol " + c + " (in " + prev + " and " + u.name + ")");
            }
        }
        if (!problems.isEmpty()) throw new LinkException(problems);
    }

    /**
     * Every global label defined once (in this part or the base), every reference defined
     * somewhere, the entry present, every linker-filled word's target present. References to
     * the base's symbols are collected in {@code external} with their addresses.
     */
    static Map<String, ObjectUnit.Section> resolveSymbols(List<ObjectUnit> objects, Part base,
                                                         Map<String, Long> external) throws LinkException {
        List<String> problems = new ArrayList<>();
        Map<String, ObjectUnit.Section> symbols = new LinkedHashMap<>();
        Map<String, String> definedIn = new LinkedHashMap<>();
        Set<String> markers = Set.of(MARKERS);
        if (base != null) {
            for (String s : base.symbols.keySet()) definedIn.put(s, "the runtime");
            for (String s : base.omitted) definedIn.put(s, "the runtime");
            for (String c : base.constants) definedIn.put(c, "the runtime");
        }
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
                if (symbols.containsKey(ref) || markers.contains(ref)) continue;
                if (base != null && base.address.containsKey(ref)) {
                    external.put(ref, base.address.get(ref));
                } else if (!definedIn.containsKey(ref) || (base != null && base.constants.contains(ref))) {
                    problems.add("undefined symbol " + Symbols.goName(ref) + " (referenced in " + u.name + ")");
                }
            }
        }
        if (!definedIn.containsKey(ENTRY)) {
            problems.add("undefined symbol " + ENTRY + " (the entry point)");
        }
        if (base != null) {
            for (Filled f : LINKER_FILLED) {
                if (base.address.containsKey(f.symbol()) && !definedIn.containsKey(f.value())
                        && !List.of(MARKERS).contains(f.value())) {   // a marker: every part has it
                    problems.add("undefined symbol " + Symbols.goName(f.value()) + " (the runtime's "
                            + f.symbol() + ")");
                }
            }
        }
        if (!problems.isEmpty()) throw new LinkException(problems);
        return symbols;
    }

    /**
     * Assembles a part whose file bytes start at {@code at}; its text begins at the next
     * multiple of 16, and the bytes in between are int3 padding written by the linker.
     */
    private Part assemblePart(String name, String suffix, List<ObjectUnit> objects, Map<String, ObjectUnit.Section> symbols,
                              Map<String, Long> external, List<String> values, long at) throws LinkException {
        long start = (at + 15) & -16;
        if (!has(objects, ObjectUnit.Section.DATA) && has(objects, ObjectUnit.Section.BSS) && bssBytes(objects) > BSS_AS_DATA_MAX) {
            // (see below) too big to be zeros in the file ({@code var a [256 << 20]byte}):
            // the .bss stays, and one zero word of .data gives the segment its PROGBITS section
            List<ObjectUnit> padded = new ArrayList<>(objects);
            padded.set(0, objects.get(0).withDataWord());
            objects = padded;
        } else if (!has(objects, ObjectUnit.Section.DATA) && has(objects, ObjectUnit.Section.BSS)) {
            // A writable segment must hold a writable section with file contents: eu-elflint
            // credits a segment's W flag only to a PROGBITS section, and rejects one that holds
            // nothing but .bss ("loadable segment is writable but contains no writable
            // sections"; GNU ld's own output for such an input fails it the same way). A part
            // with zero-initialised variables and no initialised ones keeps them in .data,
            // as zeros in the file: a few words, since a program's variables usually are.
            objects = objects.stream().map(ObjectUnit::bssAsData).toList();
            Map<String, ObjectUnit.Section> kinds = new LinkedHashMap<>(symbols);
            kinds.replaceAll((k, v) -> v == ObjectUnit.Section.BSS ? ObjectUnit.Section.DATA : v);
            symbols = kinds;
        }
        List<String> order = new ArrayList<>(symbols.keySet());
        String text = combine(objects, order, external, values);
        byte[] blob = assemble(text, start);
        Part p = layOut(name, suffix, blob, order, symbols, values, text, start);
        if (at != start) p = p.withLeadingPad((int) (start - at));
        for (ObjectUnit u : objects) p.constants.addAll(u.constantNames);
        return p;
    }

    /** The most bytes of .bss a part without .data keeps as zeros in .data (in the file). */
    static final long BSS_AS_DATA_MAX = 4096;

    private static final java.util.regex.Pattern SKIP = java.util.regex.Pattern.compile("^\\.skip\\s+(0x[0-9a-fA-F]+|[0-9]+)\\s*$");

    /** The bytes the parts' .bss reserves (its .skip lines). */
    static long bssBytes(List<ObjectUnit> objects) {
        long n = 0;
        for (ObjectUnit u : objects) {
            for (String l : u.lines(ObjectUnit.Section.BSS)) {
                java.util.regex.Matcher m = SKIP.matcher(l.strip());
                if (m.matches()) n += m.group(1).startsWith("0x") ? Long.parseLong(m.group(1).substring(2), 16) : Long.parseLong(m.group(1));
            }
        }
        return n;
    }

    private static boolean has(List<ObjectUnit> objects, ObjectUnit.Section s) {
        for (ObjectUnit u : objects) {
            for (ObjectUnit.Chunk c : u.chunks) {
                if (c.section() == s && !c.lines().isEmpty()) return true;
            }
        }
        return false;
    }

    /**
     * The one text Keystone assembles for a part: the base's symbols it uses, its constants,
     * its sections in address order, then the table of symbol addresses (and of the values
     * the linker fills into the base).
     */
    static String combine(List<ObjectUnit> objects, List<String> order, Map<String, Long> external,
                          List<String> values) {
        StringBuilder sb = new StringBuilder(1 << 16);
        for (var e : external.entrySet()) {
            sb.append(".set ").append(e.getKey()).append(", 0x").append(Long.toHexString(e.getValue())).append('\n');
        }
        for (ObjectUnit u : objects) {
            for (String c : u.constants) sb.append(c).append('\n');
        }
        section(sb, objects, ObjectUnit.Section.TEXT, MARKERS[0]);
        sb.append(MARKERS[1]).append(":\n");
        section(sb, objects, ObjectUnit.Section.RODATA, MARKERS[2]);
        sb.append(MARKERS[3]).append(":\n.skip 0x1000\n");
        section(sb, objects, ObjectUnit.Section.DATA, MARKERS[4]);
        sb.append(MARKERS[5]).append(":\n");
        section(sb, objects, ObjectUnit.Section.BSS, MARKERS[6]);
        sb.append(MARKERS[7]).append(":\n.p2align 3, 0x0\n");
        List<String> all = new ArrayList<>(List.of(MARKERS));
        all.addAll(order);
        all.addAll(values);
        for (int i = 0; i < all.size(); i += 8) {
            sb.append(".quad ").append(String.join(", ", all.subList(i, Math.min(all.size(), i + 8)))).append('\n');
        }
        return external.isEmpty() ? sb.toString() : absoluteExternalData(sb.toString(), external);
    }

    private static final java.util.regex.Pattern ACC_MOV = java.util.regex.Pattern.compile(
            "\\s*mov ((rax|eax|ax|al), .*|.*\\], (rax|eax|ax|al))\\s*");
    private static final java.util.regex.Pattern RIP_OPERAND = java.util.regex.Pattern.compile("\\[rip \\+ ([A-Za-z0-9_.$]+)([^\\]]*)\\]");

    /**
     * {@code [rip + SYM]} of a symbol of the base (the runtime's {@code runtime.zerobase}, which a
     * zero-sized package variable's address is): Keystone takes a {@code .set} symbol's value as
     * the displacement itself, not as a target to reach from rip (the address came out as
     * zerobase + rip). The base is linked below 2 GiB, so the operand becomes the absolute
     * {@code [SYM + off]} (a sign-extended disp32 without a base: SIB 0x25): the same address,
     * computed right. Keystone encodes that form only when the offset is not zero: {@code [SYM]}
     * (or {@code [SYM + 0x0]}, {@code [0xADDR]}) comes out rip-relative again, right for a lea
     * but rip + SYM for a load or a store (a read of package os's {@code os.Args}). An offset of
     * zero is written {@code [SYM$m8 + 0x8]}, SYM$m8 set to SYM's address less 8. A mov of
     * rax (eax, ax, al) is written movabs: the moffs form Keystone picks there, as GNU as does.
     */
    static String absoluteExternalData(String text, Map<String, Long> external) {
        boolean any = false;
        for (String sym : external.keySet()) any |= text.contains("[rip + " + sym);   // calls are the usual references: no regex then
        if (!any) return text;
        StringBuilder out = new StringBuilder(text.length());
        java.util.Set<String> lowered = new java.util.TreeSet<>();
        for (String line : text.split("\n", -1)) {
            if (!out.isEmpty()) out.append('\n');
            if (!line.contains("[rip + ")) {
                out.append(line);
                continue;
            }
            java.util.regex.Matcher m = RIP_OPERAND.matcher(line);
            StringBuilder l = new StringBuilder(line.length());
            boolean absolute = false;
            while (m.find()) {
                String sym = m.group(1);
                String repl = m.group();
                if (external.containsKey(sym) && external.get(sym) < 0x7fff0000L) {
                    absolute = true;
                    if (m.group(2).isBlank()) {
                        lowered.add(sym);
                        repl = "[" + sym + "$m8 + 0x8]";
                    } else {
                        repl = "[" + sym + m.group(2) + "]";
                    }
                }
                m.appendReplacement(l, java.util.regex.Matcher.quoteReplacement(repl));
            }
            m.appendTail(l);
            String done = l.toString();
            // the accumulator to or from an absolute address: Keystone picks the moffs form (A0-A3),
            // GNU as 8B/89 04 25 for mov; movabs is the moffs form in both
            if (absolute && ACC_MOV.matcher(done).matches()) done = done.replaceFirst("mov ", "movabs ");
            out.append(done);
        }
        StringBuilder sets = new StringBuilder();
        for (String sym : lowered) {
            sets.append(".set ").append(sym).append("$m8, 0x").append(Long.toHexString(external.get(sym) - 8)).append('\n');
        }
        return sets + out.toString();
    }

    private static void section(StringBuilder sb, List<ObjectUnit> objects, ObjectUnit.Section s, String start) {
        // Padding in text is int3 (0xcc), as Go's linker pads; elsewhere zero. Text starts on 16
        // bytes; read-only data and data on 8, as much as their words need (their padding is in
        // the file); bss on 16, for the runtime's g0 (it costs no file bytes).
        String fill = s == ObjectUnit.Section.TEXT ? ", 0xcc\n" : ", 0x0\n";
        boolean words = s == ObjectUnit.Section.RODATA || s == ObjectUnit.Section.DATA;
        sb.append(words ? ".p2align 3" : ".p2align 4").append(fill).append(start).append(":\n");
        for (ObjectUnit u : objects) {
            List<String> lines = u.lines(s);
            if (lines.isEmpty()) continue;
            sb.append(".p2align 3").append(fill);
            for (String l : lines) sb.append(l).append('\n');
        }
    }

    private byte[] assemble(String text, long address) throws LinkException {
        try {
            return keystone.assemble(text, address);
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

    /**
     * Reads the symbol table off the end of a part's blob and cuts the blob into segments. Its
     * sections are named {@code .text}, {@code .rodata}, {@code .data}, {@code .bss}, each
     * followed by {@code suffix}.
     */
    static Part layOut(String name, String suffix, byte[] blob, List<String> order, Map<String, ObjectUnit.Section> kinds,
                       List<String> values, String text, long start) throws LinkException {
        int n = MARKERS.length + order.size() + values.size();
        int tableStart = blob.length - 8 * n;
        if (tableStart < 0) throw new LinkException("assembler output is shorter than its symbol table");
        ByteBuffer table = ByteBuffer.wrap(blob, tableStart, 8 * n).order(ByteOrder.LITTLE_ENDIAN);
        long[] m = new long[MARKERS.length];
        for (int i = 0; i < m.length; i++) m[i] = table.getLong();
        Map<String, Long> address = new LinkedHashMap<>();
        for (String s : order) address.put(s, table.getLong());
        Map<String, Long> value = new LinkedHashMap<>();
        for (String v : values) value.put(v, table.getLong());
        long text0 = m[0], etext = m[1], rodata = m[2], erodata = m[3], data = m[4], edata = m[5], bss = m[6],
                end = m[7];
        if (text0 != start || end - start > tableStart) {
            throw new LinkException("assembler output does not match the layout (text at 0x"
                    + Long.toHexString(text0) + ", wanted 0x" + Long.toHexString(start) + ")");
        }
        // Segment starts: the gap of 0x1000 bytes is cut from the file. The writable segment
        // runs from the gap's end (alignment bytes, then .data) to the end of .bss, or of .data
        // when .bss is empty (its start is aligned to 16: no memory of its own). A part with
        // neither .data nor .bss gets no writable segment at all, as GNU ld maps none for
        // empty output sections: no bytes and no memory (the ELF writer maps nothing for it).
        // The alignment bytes are compared with the sections, not end with data: .bss starts
        // on 16 bytes, so an empty .bss can begin after an empty .data.
        long dataSeg = erodata + PAGE;
        boolean noData = edata == data, noBss = end == bss;
        Segment writable = noData && noBss
                ? new Segment(dataSeg, new byte[0], 0, LinkedImage.R | LinkedImage.W)
                : new Segment(dataSeg, slice(blob, start, dataSeg, edata), (noBss ? edata : end) - dataSeg,
                        LinkedImage.R | LinkedImage.W);
        List<Segment> segments = List.of(
                new Segment(start, slice(blob, start, start, erodata), erodata - start, LinkedImage.R | LinkedImage.X),
                writable);
        List<Section> sections = List.of(
                new Section(".text" + suffix, text0, etext - text0, false, false, true),
                new Section(".rodata" + suffix, rodata, erodata - rodata, false, false, false),
                new Section(".data" + suffix, data, edata - data, false, true, false),
                new Section(".bss" + suffix, bss, end - bss, true, true, false));
        return new Part(name, text, start, blob, segments, sections, kinds, address, value);
    }

    private static byte[] slice(byte[] blob, long base, long from, long to) {
        return Arrays.copyOfRange(blob, (int) (from - base), (int) (to - base));
    }

    /** Writes the program's addresses and values into the runtime's linker-filled words. */
    static void fill(Part runtime, Part program) {
        for (Filled f : LINKER_FILLED) {
            Long slot = runtime.address.get(f.symbol());
            if (slot == null) continue;
            Long v = program.address.containsKey(f.value()) ? program.address.get(f.value())
                    : program.value.get(f.value());
            if (f.value().equals(MARKERS[4]) || f.value().equals(MARKERS[7])) {
                // the program's data and bss as mapped: its writable segment, empty when the
                // part has neither (the markers may then differ by .bss's alignment bytes)
                Segment w = program.segments.get(DATA_SEGMENT);
                v = f.value().equals(MARKERS[4]) ? w.vaddr() : w.vaddr() + w.memSize();
            }
            Segment data = runtime.segments.get(DATA_SEGMENT);
            int off = (int) (slot + f.offset() - data.vaddr());
            ByteBuffer.wrap(data.bytes()).order(ByteOrder.LITTLE_ENDIAN).putLong(off, v);
        }
    }

    private static LinkedImage image(List<Part> parts) throws LinkException {
        List<Segment> segments = new ArrayList<>();
        List<Section> sections = new ArrayList<>();
        List<Symbol> symbols = new ArrayList<>();
        List<Assembly> assemblies = new ArrayList<>();
        Long entry = null;
        for (Part p : parts) {
            segments.addAll(p.segments);
            sections.addAll(p.sections);
            symbols.addAll(p.symbols());
            assemblies.add(new Assembly(p.name, p.text, p.start, p.blob));
            if (p.address.containsKey(ENTRY)) entry = p.address.get(ENTRY);
        }
        if (entry == null) throw new LinkException("undefined symbol " + ENTRY + " (the entry point)");
        symbols.sort(Comparator.comparingLong(Symbol::value).thenComparing(Symbol::name));
        return new LinkedImage(entry, List.copyOf(segments), List.copyOf(sections), List.copyOf(symbols),
                List.copyOf(assemblies));
    }

    /** One assembled part of the image. */
    static final class Part {
        final String name;
        final String text;
        final long start;
        final byte[] blob;
        final List<Segment> segments;
        final List<Section> sections;
        final Map<String, ObjectUnit.Section> symbols;
        final Map<String, Long> address;
        final Map<String, Long> value;
        final Set<String> constants = new LinkedHashSet<>();
        /** Labels the part's units define that dead-code elimination left out. */
        final Set<String> omitted = new LinkedHashSet<>();

        Part(String name, String text, long start, byte[] blob, List<Segment> segments, List<Section> sections,
             Map<String, ObjectUnit.Section> symbols, Map<String, Long> address, Map<String, Long> value) {
            this.name = name;
            this.text = text;
            this.start = start;
            this.blob = blob;
            this.segments = segments;
            this.sections = sections;
            this.symbols = symbols;
            this.address = address;
            this.value = value;
        }

        /** This part with its text segment starting {@code pad} int3 bytes earlier. */
        Part withLeadingPad(int pad) {
            Segment t = segments.get(0);
            byte[] bytes = new byte[pad + t.bytes().length];
            Arrays.fill(bytes, 0, pad, (byte) 0xcc);
            System.arraycopy(t.bytes(), 0, bytes, pad, t.bytes().length);
            List<Segment> segs = new ArrayList<>(segments);
            segs.set(0, new Segment(t.vaddr() - pad, bytes, t.memSize() + pad, t.flags()));
            return withSegments(List.copyOf(segs));
        }

        /** A copy whose segment bytes can be filled without touching the cached part. */
        Part copy() {
            return withSegments(segments.stream()
                    .map(s -> new Segment(s.vaddr(), s.bytes().clone(), s.memSize(), s.flags())).toList());
        }

        private Part withSegments(List<Segment> segs) {
            Part p = new Part(name, text, start, blob, segs, sections, symbols, address, value);
            p.constants.addAll(constants);
            p.omitted.addAll(omitted);
            return p;
        }

        /**
         * Where the next part's text goes: on the page after this part's memory, at the
         * address congruent to the file offset its bytes will have (right after this part's).
         */
        long nextPartAddress() {
            long fileEnd = HEADERS_SIZE;
            for (Segment s : segments) fileEnd += s.bytes().length;
            long memEnd = start;
            for (Segment s : segments) {
                if (s.memSize() > 0) memEnd = Math.max(memEnd, s.vaddr() + s.memSize());
            }
            long page = (memEnd + PAGE - 1) & -PAGE;
            return page + (fileEnd & (PAGE - 1));
        }

        /**
         * The part's ELF symbols: a FUNC for every label in text, an OBJECT for every label in
         * data and bss. Labels in rodata (string literals, messages, tables) get none: like local
         * labels they are internal names that no debugger or tool looks up, and they would be
         * about a third of the symbol table. Sizes run to the next label in the same section, or
         * to the section's end.
         */
        List<Symbol> symbols() {
            List<Symbol> out = new ArrayList<>();
            for (ObjectUnit.Section s : ObjectUnit.Section.values()) {
                if (s == ObjectUnit.Section.RODATA) continue;
                Section sec = sections.get(s.ordinal());
                List<Map.Entry<String, Long>> in = address.entrySet().stream()
                        .filter(e -> symbols.get(e.getKey()) == s)
                        .sorted(Comparator.comparingLong(Map.Entry::getValue))
                        .toList();
                for (int i = 0; i < in.size(); i++) {
                    long a = in.get(i).getValue();
                    long next = i + 1 < in.size() ? in.get(i + 1).getValue() : sec.addr() + sec.size();
                    Kind kind = s == ObjectUnit.Section.TEXT ? Kind.FUNC : Kind.OBJECT;
                    out.add(new Symbol(Symbols.goName(in.get(i).getKey()), a, next - a, kind, sec.name()));
                }
            }
            return out;
        }
    }
}
