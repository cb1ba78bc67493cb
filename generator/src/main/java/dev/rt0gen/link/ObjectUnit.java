package dev.rt0gen.link;

import dev.rt0gen.codegen.AsmUnit;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One assembly unit read the way the linker needs it: its lines sorted into sections, the
 * symbols it defines, the constants it sets, and the names its instructions and data refer to.
 * Comments are dropped; local labels ({@code .L…}) are renamed so that they cannot collide
 * with another unit's when all units are assembled as one text.
 */
final class ObjectUnit {
    enum Section { TEXT, RODATA, DATA, BSS }

    private static final Pattern LABEL = Pattern.compile("^([A-Za-z_.$][A-Za-z0-9_.$]*):\\s*(.*)$");
    private static final Pattern SET = Pattern.compile("^\\.set\\s+([A-Za-z_.$][A-Za-z0-9_.$]*)\\s*,.*$");
    private static final Pattern ASSIGN = Pattern.compile("^([A-Za-z_.$][A-Za-z0-9_.$]*)\\s*=.*$");
    private static final Pattern IDENT = Pattern.compile("[A-Za-z_.$][A-Za-z0-9_.$]*");
    private static final Pattern LOCAL = Pattern.compile("\\.L([A-Za-z0-9_.$]*)");

    final String name;
    final Map<Section, List<String>> lines = new EnumMap<>(Section.class);
    final List<String> constants = new ArrayList<>();
    final Set<String> constantNames = new LinkedHashSet<>();
    /** Global labels in definition order, with their section. */
    final Map<String, Section> labels = new java.util.LinkedHashMap<>();
    final Set<String> references = new LinkedHashSet<>();

    private ObjectUnit(String name) {
        this.name = name;
        for (Section s : Section.values()) lines.put(s, new ArrayList<>());
    }

    static ObjectUnit read(AsmUnit unit, int index) throws LinkException {
        ObjectUnit u = new ObjectUnit(unit.name());
        List<String> problems = new ArrayList<>();
        String localPrefix = ".L" + index + "_";
        Section section = Section.TEXT;
        Set<String> localLabels = new LinkedHashSet<>();
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
                problems.add(u.name + ":" + (n + 1) + ": unknown section: " + line);
                continue;
            }
            Matcher m = SET.matcher(line);
            Matcher a = ASSIGN.matcher(line);
            if (m.matches() || a.matches()) {
                String c = m.matches() ? m.group(1) : a.group(1);
                u.constantNames.add(c);
                u.constants.add(line);
                continue;
            }
            Matcher l = LABEL.matcher(line);
            if (l.matches()) {
                String label = l.group(1);
                if (label.startsWith(".L")) {
                    if (!localLabels.add(label)) {
                        problems.add(u.name + ":" + (n + 1) + ": duplicate label " + label.substring(localPrefix.length()));
                    }
                } else if (u.labels.put(label, section) != null) {
                    problems.add(u.name + ":" + (n + 1) + ": duplicate symbol " + Symbols.goName(label));
                }
                u.lines.get(section).add(label + ":");
                line = l.group(2).strip();
                if (line.isEmpty()) continue;
            }
            if (section == Section.BSS && !(line.startsWith(".skip") || line.startsWith(".p2align"))) {
                problems.add(u.name + ":" + (n + 1) + ": only labels, .skip and .p2align belong in .bss: " + line);
                continue;
            }
            u.lines.get(section).add(line);
            u.collectReferences(line);
        }
        // A local label used but never defined in this unit is an error too.
        for (String ref : List.copyOf(u.references)) {
            if (ref.startsWith(".L")) {
                u.references.remove(ref);
                if (!localLabels.contains(ref)) {
                    problems.add(u.name + ": undefined label " + ref.substring(localPrefix.length()));
                }
            }
        }
        if (!problems.isEmpty()) throw new LinkException(problems);
        return u;
    }

    /** Names an instruction's operands or a data directive refer to. */
    private void collectReferences(String line) {
        String operands;
        if (line.startsWith(".")) {
            // Directives: only .quad/.long/.word/.byte can name symbols; strings never do.
            if (!(line.startsWith(".quad") || line.startsWith(".long"))) return;
            operands = line.substring(5);
        } else {
            String rest = line;
            String word;
            do {
                int sp = indexOfSpace(rest);
                word = sp < 0 ? rest : rest.substring(0, sp);
                rest = sp < 0 ? "" : rest.substring(sp).strip();
            } while (Symbols.PREFIXES.contains(word) && !rest.isEmpty());
            operands = rest;
        }
        Matcher m = IDENT.matcher(operands);
        while (m.find()) {
            // Skip the tail of a number such as 0x1f (the matcher starts at "x1f" otherwise).
            if (m.start() > 0 && Character.isDigit(operands.charAt(m.start() - 1))) continue;
            String id = m.group();
            String lower = id.toLowerCase(java.util.Locale.ROOT);
            if (Symbols.REGISTERS.contains(lower) || Symbols.KEYWORDS.contains(lower)) continue;
            references.add(id);
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
