package dev.rt0gen.link;

import java.util.List;

/**
 * A linked program, laid out in memory and ready to be written as ELF.
 *
 * @param entry    address of {@code _rt0_amd64_linux}
 * @param segments loadable segments in address order; their file bytes follow each other in
 *                 the file, the first one right after the ELF and program headers
 * @param sections the named sections inside the segments, in address order
 * @param symbols  every global symbol with its Go name, address, size and kind
 * @param parts    what Keystone assembled: the runtime (laid down first, once per JVM) and
 *                 the program, each one text at one address
 */
public record LinkedImage(long entry, List<Segment> segments, List<Section> sections,
                          List<Symbol> symbols, List<Assembly> parts) {

    /** One Keystone call: the text, the address it was assembled at, and the bytes it gave. */
    public record Assembly(String name, String text, long address, byte[] bytes) {
    }

    /** The assembly texts, each under a comment naming it (for {@code rt0gen build -S}). */
    public String assembly() {
        StringBuilder sb = new StringBuilder();
        for (Assembly a : parts) {
            sb.append("# ").append(a.name()).append(", assembled at 0x").append(Long.toHexString(a.address()))
                    .append('\n').append(a.text());
        }
        return sb.toString();
    }

    /** Permissions of a segment, as ELF's p_flags: 4 read, 2 write, 1 execute. */
    public static final int R = 4, W = 2, X = 1;

    /** A loadable segment: {@code bytes} are its file contents; {@code memSize} 0 means nothing to map. */
    public record Segment(long vaddr, byte[] bytes, long memSize, int flags) {
    }

    /** A section: {@code nobits} for .bss (no file contents). */
    public record Section(String name, long addr, long size, boolean nobits, boolean write, boolean exec) {
    }

    public enum Kind { FUNC, OBJECT, NOTYPE }

    public record Symbol(String name, long value, long size, Kind kind, String section) {
    }

    public Symbol symbol(String name) {
        return symbols.stream().filter(s -> s.name().equals(name)).findFirst().orElse(null);
    }
}
