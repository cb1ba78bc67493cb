package dev.rt0gen.link;

import dev.rt0gen.amd64.AsmUnit;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One assembly unit read the way the linker needs it: its lines sorted into sections, the
 * symbols it defines, the constants it sets, and the names its instructions and data refer to.
 * Comments are dropped; local labels ({@code .L…}) are renamed so that they cannot collide
 * with another unit's when all units are assembled as one text.
 *
 * <p>Each section's lines are cut into {@link Chunk}s, one per global label: the label and
 * everything up to the next global label of the same section ({@code .L} labels belong to the
 * chunk they are in). A chunk is what {@link DeadCode} keeps or leaves out, as {@code ld
 * --gc-sections} keeps or drops an input section.
 */
final class ObjectUnit {
    enum Section { TEXT, RODATA, DATA, BSS }

    /**
     * A global label's lines in one section, up to the next global label of that section;
     * {@code label} is null for the lines a unit has in a section before its first global label
     * there. Alignment lines right before a global label belong to that label's chunk (they
     * align it), not to the chunk they follow.
     *
     * @param references  every name the lines refer to, {@code .L} labels included
     * @param locals      the {@code .L} labels defined in the lines
     * @param fallsThrough whether execution can run off the end of the lines into the next
     *                     chunk: a text chunk whose last line is not {@code jmp}, {@code ret},
     *                     {@code ud2} or {@code int3} (a call may return, a syscall may fail)
     */
    record Chunk(Section section, String label, List<String> lines, Set<String> references, Set<String> locals,
                 boolean fallsThrough) {
    }

    /** Last instructions after which execution never reaches the next line. */
    private static final Set<String> NO_FALL_THROUGH = Set.of("jmp", "ret", "ud2", "int3");
    private static final Pattern ALIGNMENT = Pattern.compile("^\\.(p2align|balign|align)\\b.*");

    private static final Pattern LABEL = Pattern.compile("^([A-Za-z_.$][A-Za-z0-9_.$]*):\\s*(.*)$");
    private static final Pattern SET = Pattern.compile("^\\.set\\s+([A-Za-z_.$][A-Za-z0-9_.$]*)\\s*,.*$");
    private static final Pattern ASSIGN = Pattern.compile("^([A-Za-z_.$][A-Za-z0-9_.$]*)\\s*=.*$");
    private static final Pattern IDENT = Pattern.compile("[A-Za-z_.$][A-Za-z0-9_.$]*");
    private static final Pattern LOCAL = Pattern.compile("\\.L([A-Za-z0-9_.$]*)");

    final String name;
    /** Every section's chunks in the order of their lines. */
    final List<Chunk> chunks;
    final List<String> constants;
    final Set<String> constantNames;
    /** Names the values of {@code .set} lines refer to. */
    final Set<String> constantReferences;
    /** Global labels in definition order, with their section. */
    final Map<String, Section> labels = new LinkedHashMap<>();
    /** Names the chunks refer to, {@code .L} labels left out. */
    final Set<String> references = new LinkedHashSet<>();

    private ObjectUnit(String name, List<Chunk> chunks, List<String> constants, Set<String> constantNames,
                       Set<String> constantReferences) {
        this.name = name;
        this.chunks = List.copyOf(chunks);
        this.constants = constants;
        this.constantNames = constantNames;
        this.constantReferences = constantReferences;
        for (Chunk c : chunks) {
            if (c.label() != null) labels.put(c.label(), c.section());
            for (String r : c.references()) {
                if (!r.startsWith(".L")) references.add(r);
            }
        }
    }

    /** The section's lines, chunk after chunk. */
    List<String> lines(Section s) {
        List<String> out = new ArrayList<>();
        for (Chunk c : chunks) {
            if (c.section() == s) out.addAll(c.lines());
        }
        return out;
    }

    /**
     * This unit with its {@code .bss} chunks in {@code .data}: the same labels, {@code .skip}
     * and {@code .p2align} lines, now zero bytes in the file (as {@code gcc
     * -fno-zero-initialized-in-bss} places zero-initialised variables).
     */
    ObjectUnit bssAsData() {
        return new ObjectUnit(name, chunks.stream()
                .map(c -> c.section() != Section.BSS ? c
                        : new Chunk(Section.DATA, c.label(), c.lines(), c.references(), c.locals(), c.fallsThrough()))
                .toList(), constants, constantNames, constantReferences);
    }

    /** This unit with one zero word of .data more, in no label's chunk (Linker: a writable segment's PROGBITS section). */
    ObjectUnit withDataWord() {
        List<Chunk> cs = new ArrayList<>(chunks);
        cs.add(new Chunk(Section.DATA, null, List.of(".quad 0x0"), Set.of(), Set.of(), false));
        return new ObjectUnit(name, cs, constants, constantNames, constantReferences);
    }

    /** This unit with only the chunks {@code keep} accepts (constants all kept). */
    ObjectUnit keeping(Predicate<Chunk> keep) {
        return new ObjectUnit(name, chunks.stream().filter(keep).toList(), constants, constantNames, constantReferences);
    }

    static ObjectUnit read(AsmUnit unit, int index) throws LinkException {
        String name = unit.name();
        Reader u = new Reader();
        List<String> problems = new ArrayList<>();
        String localPrefix = ".L" + index + "_";
        Section section = Section.TEXT;
        Set<String> localLabels = new LinkedHashSet<>();
        Set<String> globalLabels = new HashSet<>();
        String[] raw = unit.text().split("\n", -1);
        for (int n = 0; n < raw.length; n++) {
            String line = stripComment(raw[n]).strip();
            if (line.isEmpty()) continue;
            line = renameLocals(line, localPrefix);
            switch (line) {
                case ".text" -> { section = Section.TEXT; continue; }
                case ".section .rodata" -> { section = Section.RODATA; continue; }
                case ".data" -> { section = Section.DATA; continue; }
                case ".bss" -> { section = Section.BSS; continue; }
                default -> { }
            }
            if (line.startsWith(".section")) {
                problems.add(name + ":" + (n + 1) + ": unknown section: " + line);
                continue;
            }
            Matcher m = SET.matcher(line);
            Matcher a = ASSIGN.matcher(line);
            if (m.matches() || a.matches()) {
                String c = m.matches() ? m.group(1) : a.group(1);
                u.constantNames.add(c);
                u.constants.add(line);
                collectReferences(line.substring(line.indexOf(m.matches() ? ',' : '=') + 1), u.constantReferences);
                continue;
            }
            Matcher l = LABEL.matcher(line);
            if (l.matches()) {
                String label = l.group(1);
                if (label.startsWith(".L")) {
                    if (!localLabels.add(label)) {
                        problems.add(name + ":" + (n + 1) + ": duplicate label " + label.substring(localPrefix.length()));
                    }
                    u.current(section).locals.add(label);
                } else if (!globalLabels.add(label)) {
                    problems.add(name + ":" + (n + 1) + ": duplicate symbol " + Symbols.goName(label));
                } else {
                    u.startChunk(section, label);
                }
                u.current(section).lines.add(label + ":");
                line = l.group(2).strip();
                if (line.isEmpty()) continue;
            }
            if (section == Section.BSS && !(line.startsWith(".skip") || line.startsWith(".p2align"))) {
                problems.add(name + ":" + (n + 1) + ": only labels, .skip and .p2align belong in .bss: " + line);
                continue;
            }
            ChunkLines c = u.current(section);
            c.lines.add(line);
            collectReferences(operands(line), c.references);
        }
        // A local label used but never defined in this unit is an error too.
        for (ChunkLines c : u.chunks) {
            for (String ref : c.references) {
                if (ref.startsWith(".L") && !localLabels.contains(ref)) {
                    problems.add(name + ": undefined label " + ref.substring(localPrefix.length()));
                }
            }
        }
        if (!problems.isEmpty()) throw new LinkException(problems);
        return new ObjectUnit(name, u.chunks.stream().map(ChunkLines::chunk).toList(), u.constants, u.constantNames,
                u.constantReferences);
    }

    /** The chunks of a unit as they are read: each section's current one takes its lines. */
    private static final class Reader {
        final List<ChunkLines> chunks = new ArrayList<>();
        final Map<Section, ChunkLines> current = new EnumMap<>(Section.class);
        final List<String> constants = new ArrayList<>();
        final Set<String> constantNames = new LinkedHashSet<>();
        final Set<String> constantReferences = new LinkedHashSet<>();

        ChunkLines current(Section s) {
            ChunkLines c = current.get(s);
            return c != null ? c : startChunk(s, null);
        }

        /** A new chunk for {@code label}; the alignment lines that end the previous one move to it. */
        ChunkLines startChunk(Section s, String label) {
            ChunkLines c = new ChunkLines(s, label);
            ChunkLines prev = current.get(s);
            if (prev != null) {
                int i = prev.lines.size();
                while (i > 0 && ALIGNMENT.matcher(prev.lines.get(i - 1)).matches()) i--;
                List<String> tail = prev.lines.subList(i, prev.lines.size());
                c.lines.addAll(tail);
                tail.clear();
            }
            current.put(s, c);
            chunks.add(c);
            return c;
        }
    }

    private static final class ChunkLines {
        final Section section;
        final String label;
        final List<String> lines = new ArrayList<>();
        final Set<String> references = new LinkedHashSet<>();
        final Set<String> locals = new LinkedHashSet<>();

        ChunkLines(Section section, String label) {
            this.section = section;
            this.label = label;
        }

        Chunk chunk() {
            return new Chunk(section, label, List.copyOf(lines), Set.copyOf(references), Set.copyOf(locals),
                    section == Section.TEXT && fallsThrough(lines));
        }
    }

    /** Whether execution can continue after the last of these text lines (see {@link Chunk}). */
    private static boolean fallsThrough(List<String> lines) {
        if (lines.isEmpty()) return true;
        String last = lines.get(lines.size() - 1);
        if (last.endsWith(":") || last.startsWith(".")) return true; // a label or data: execution goes on
        return !NO_FALL_THROUGH.contains(mnemonic(last));
    }

    /** An instruction's mnemonic, after any prefixes ({@code rep}, {@code lock}, …). */
    private static String mnemonic(String line) {
        return instruction(line)[0];
    }

    /** The part of a line that can name symbols: an instruction's operands, a .quad/.long's values. */
    private static String operands(String line) {
        if (line.startsWith(".")) {
            // Directives: only .quad/.long can name symbols; strings never do.
            return line.startsWith(".quad") || line.startsWith(".long") ? line.substring(5) : "";
        }
        return instruction(line)[1];
    }

    /** An instruction line split into its mnemonic (lower case, prefixes skipped) and its operands. */
    private static String[] instruction(String line) {
        String rest = line;
        String word;
        do {
            int sp = indexOfSpace(rest);
            word = sp < 0 ? rest : rest.substring(0, sp);
            rest = sp < 0 ? "" : rest.substring(sp).strip();
        } while (Symbols.PREFIXES.contains(word) && !rest.isEmpty());
        return new String[]{word.toLowerCase(java.util.Locale.ROOT), rest};
    }

    /** Adds the names {@code operands} refer to (not registers, not size keywords, not numbers). */
    private static void collectReferences(String operands, Set<String> into) {
        Matcher m = IDENT.matcher(operands);
        while (m.find()) {
            // Skip the tail of a number such as 0x1f (the matcher starts at "x1f" otherwise).
            if (m.start() > 0 && Character.isDigit(operands.charAt(m.start() - 1))) continue;
            String id = m.group();
            String lower = id.toLowerCase(java.util.Locale.ROOT);
            if (Symbols.REGISTERS.contains(lower) || Symbols.KEYWORDS.contains(lower)) continue;
            into.add(id);
        }
    }

    private static int indexOfSpace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) return i;
        }
        return -1;
    }

    private static String renameLocals(String line, String prefix) {
        if (!line.contains(".L")) return line;
        StringBuilder sb = new StringBuilder();
        boolean inString = false;
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '"' && (i == 0 || line.charAt(i - 1) != '\\')) inString = !inString;
            if (!inString && c == '.' && i + 1 < line.length() && line.charAt(i + 1) == 'L'
                    && (i == 0 || !isIdentChar(line.charAt(i - 1)))) {
                Matcher m = LOCAL.matcher(line).region(i, line.length());
                if (m.lookingAt()) {
                    sb.append(prefix).append(m.group(1));
                    i = m.end();
                    continue;
                }
            }
            sb.append(c);
            i++;
        }
        return sb.toString();
    }

    private static boolean isIdentChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '$';
    }

    /** Drops a {@code #} comment that is not inside a string literal. */
    static String stripComment(String line) {
        if (line.indexOf('#') < 0) return line;
        boolean inString = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && inString) {
                i++;
            } else if (c == '"') {
                inString = !inString;
            } else if (c == '#' && !inString) {
                return line.substring(0, i);
            }
        }
        return line;
    }
}
