package dev.rt0gen.elf;

import dev.rt0gen.link.LinkedImage;
import dev.rt0gen.link.LinkedImage.Section;
import dev.rt0gen.link.LinkedImage.Segment;
import dev.rt0gen.link.LinkedImage.Symbol;
import dev.rt0gen.link.Linker;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a linked image as a static ELF64 x86-64 executable:
 * <pre>
 *   ELF header | program headers | segment bytes | .symtab .strtab .shstrtab | section headers
 * </pre>
 * The first PT_LOAD maps the file from offset 0 (headers and text, R+X) at the image base;
 * read-only data is R, data and bss RW with memsz &gt; filesz; PT_GNU_STACK asks for a
 * non-executable stack. No interpreter, no dynamic section: the kernel jumps to e_entry.
 * The program headers are in address order; the segments' bytes are in that order too, but
 * for an image whose bss tools would not find so ({@link #fileOffsets}).
 */
public final class ElfWriter {
    private ElfWriter() {
    }

    public static byte[] write(LinkedImage image) {
        // Every segment's bytes go into the file, back to back; only non-empty ones get a PT_LOAD.
        List<Segment> segments = image.segments();
        int phnum = (int) segments.stream().filter(s -> s.memSize() > 0).count() + 1;
        if (Elf.EHDR_SIZE + phnum * Elf.PHDR_SIZE > Linker.HEADERS_SIZE) {
            throw new IllegalStateException("program headers do not fit before the text");
        }
        long[] offset = fileOffsets(segments);
        long pos = Linker.HEADERS_SIZE;
        for (int i = 0; i < segments.size(); i++) pos = Math.max(pos, offset[i] + segments.get(i).bytes().length);
        long contentEnd = pos;

        // String tables and the symbol table.
        Strtab shstr = new Strtab();
        Strtab str = new Strtab();
        // Empty sections get no header (nothing of them is loaded); their markers become absolute.
        List<Section> sections = image.sections().stream().filter(s -> s.size() > 0).toList();
        ByteBuffer symtab = le(Elf.SYM_SIZE * (image.symbols().size() + 1));
        symtab.position(Elf.SYM_SIZE); // symbol 0 is the null symbol
        for (Symbol sym : image.symbols()) {
            int type = switch (sym.kind()) {
                case FUNC -> Elf.STT_FUNC;
                case OBJECT -> Elf.STT_OBJECT;
                case NOTYPE -> Elf.STT_NOTYPE;
            };
            symtab.putInt(str.add(sym.name()));
            symtab.put((byte) ((Elf.STB_GLOBAL << 4) | type));
            symtab.put((byte) 0);
            symtab.putShort((short) (sectionIndex(sections, sym)));
            symtab.putLong(sym.value());
            symtab.putLong(sym.size());
        }
        long symtabOff = align(contentEnd, 8);
        long strtabOff = symtabOff + symtab.capacity();
        byte[] strBytes = str.bytes();
        int[] secName = new int[sections.size()];
        for (int i = 0; i < sections.size(); i++) secName[i] = shstr.add(sections.get(i).name());
        int symtabName = shstr.add(".symtab"), strtabName = shstr.add(".strtab"), shstrtabName = shstr.add(".shstrtab");
        byte[] shstrBytes = shstr.bytes();
        long shstrOff = strtabOff + strBytes.length;
        long shoff = align(shstrOff + shstrBytes.length, 8);
        int shnum = 1 + sections.size() + 3;

        ByteBuffer out = le((int) (shoff + (long) shnum * Elf.SHDR_SIZE));
        // ELF header.
        out.put(new byte[]{0x7f, 'E', 'L', 'F', 2 /* 64-bit */, 1 /* little endian */, 1 /* version */, 0 /* SysV */});
        out.position(16);
        out.putShort((short) Elf.ET_EXEC).putShort((short) Elf.EM_X86_64).putInt(1);
        out.putLong(image.entry()).putLong(Elf.EHDR_SIZE).putLong(shoff);
        out.putInt(0).putShort((short) Elf.EHDR_SIZE).putShort((short) Elf.PHDR_SIZE).putShort((short) phnum);
        out.putShort((short) Elf.SHDR_SIZE).putShort((short) shnum).putShort((short) (shnum - 1));
        // Program headers.
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            if (s.memSize() == 0) continue;
            long off = offset[i], vaddr = s.vaddr(), filesz = s.bytes().length, memsz = s.memSize();
            if (i == 0) { // the first segment also maps the headers in front of it
                long extra = off;
                off = 0;
                vaddr -= extra;
                filesz += extra;
                memsz += extra;
            }
            out.putInt(Elf.PT_LOAD).putInt(flags(s.flags()));
            out.putLong(off).putLong(vaddr).putLong(vaddr).putLong(filesz).putLong(memsz).putLong(Elf.PAGE);
        }
        out.putInt(Elf.PT_GNU_STACK).putInt(Elf.PF_R | Elf.PF_W);
        out.putLong(0).putLong(0).putLong(0).putLong(0).putLong(0).putLong(16);
        // Segment contents.
        for (int i = 0; i < segments.size(); i++) {
            out.position((int) offset[i]);
            out.put(segments.get(i).bytes());
        }
        out.position((int) symtabOff);
        out.put(symtab.array());
        out.put(strBytes);
        out.put(shstrBytes);
        // Section headers.
        out.position((int) shoff);
        out.put(new byte[Elf.SHDR_SIZE]);
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            long flags = Elf.SHF_ALLOC | (s.write() ? Elf.SHF_WRITE : 0) | (s.exec() ? Elf.SHF_EXECINSTR : 0);
            long off = fileOffset(s, segments, offset, contentEnd);
            shdr(out, secName[i], s.nobits() ? Elf.SHT_NOBITS : Elf.SHT_PROGBITS, flags, s.addr(), off, s.size(), 0, 0,
                    s.exec() ? 16 : 8, 0);
        }
        int strtabIndex = 1 + sections.size() + 1;
        shdr(out, symtabName, Elf.SHT_SYMTAB, 0, 0, symtabOff, symtab.capacity(), strtabIndex, 1, 8, Elf.SYM_SIZE);
        shdr(out, strtabName, Elf.SHT_STRTAB, 0, 0, strtabOff, strBytes.length, 0, 0, 1, 0);
        shdr(out, shstrtabName, Elf.SHT_STRTAB, 0, 0, shstrOff, shstrBytes.length, 0, 0, 1, 0);
        return out.array();
    }

    /**
     * Where each segment's bytes go in the file: back to back in address order, as the
     * linker chose the addresses for ({@link Linker}), unless a tool could then not find a
     * segment that holds a whole bss ({@link #bssFound}); then the segments with bss go after
     * every later one.
     *
     * <p>Tools find a NOBITS section's segment by file offset: eu-elflint takes the first
     * program header whose file range, stretched to its memory size, holds the section's
     * offset. GNU ld lays a static binary out with one writable segment, its bss at the end of
     * the file; here the runtime's part and the program's each have one, and the runtime's
     * bss (some 200 KiB) stretches its range over the program's bytes. A program .bss that
     * starts in that range and ends past it is "not fully contained in segment" of the
     * runtime's. Moved, the runtime's data comes last in the file and the program's text first
     * after the runtime's: each at the first offset congruent to its address modulo the page
     * size (as the kernel's loader requires), so the move costs the bytes of the runtime's
     * data and up to a page.
     */
    static long[] fileOffsets(List<Segment> segments) {
        List<Integer> byAddress = new ArrayList<>();
        List<Integer> moved = new ArrayList<>();
        List<Integer> withBss = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            byAddress.add(i);
            if (hasBss(segments.get(i))) withBss.add(0, i);
            else moved.add(i);
        }
        moved.addAll(withBss);
        long[] offset = place(segments, byAddress);
        if (bssFound(segments, offset)) return offset;
        offset = place(segments, moved);
        if (!bssFound(segments, offset)) throw new IllegalStateException("no file layout lets tools find the bss");
        return offset;
    }

    /**
     * Offsets for the segments' bytes in the given order from the end of the headers, each at
     * the first offset congruent to its address. After a segment with bss a segment of lower
     * address starts at least a byte further: the bss's offset is where the bytes end, and
     * the lower segment would come first in the search.
     */
    private static long[] place(List<Segment> segments, List<Integer> order) {
        long[] offset = new long[segments.size()];
        long pos = Linker.HEADERS_SIZE;
        int previous = -1;
        for (int i : order) {
            Segment s = segments.get(i);
            if (s.memSize() == 0) { // nothing mapped, no bytes
                offset[i] = pos;
                continue;
            }
            long gap = Math.floorMod(s.vaddr() - pos, Elf.PAGE);
            if (gap == 0 && previous > i && hasBss(segments.get(previous))) gap = Elf.PAGE;
            if (i == 0 && gap != 0) throw new IllegalStateException("the first segment does not follow the headers");
            offset[i] = pos + gap;
            pos = offset[i] + s.bytes().length;
            previous = i;
        }
        return offset;
    }

    /**
     * Whether the first segment (in address order, as the program headers) whose file range
     * stretched to its memory size holds the offset of a segment's bss holds its end too.
     * That segment may be an earlier one whose bss stretches over this one (a small program
     * .bss under the runtime's), which eu-elflint accepts.
     */
    static boolean bssFound(List<Segment> segments, long[] offset) {
        for (int j = 0; j < segments.size(); j++) {
            Segment s = segments.get(j);
            if (!hasBss(s)) continue;
            long bss = offset[j] + s.bytes().length, end = offset[j] + s.memSize();
            for (int i = 0; i < segments.size(); i++) {
                Segment g = segments.get(i);
                if (g.memSize() > 0 && offset[i] <= bss && bss < offset[i] + g.memSize()) {
                    if (end > offset[i] + g.memSize()) return false;
                    break;
                }
            }
        }
        return true;
    }

    private static boolean hasBss(Segment s) {
        return s.memSize() > s.bytes().length;
    }

    private static long fileOffset(Section s, List<Segment> segments, long[] offset, long contentEnd) {
        for (int i = 0; i < segments.size(); i++) {
            Segment g = segments.get(i);
            if (s.addr() >= g.vaddr() && s.addr() <= g.vaddr() + g.memSize()) {
                long in = s.addr() - g.vaddr();
                return offset[i] + Math.min(in, g.bytes().length);
            }
        }
        return contentEnd;
    }

    /**
     * The symbol's section, found by address (the runtime and the program each have a .text,
     * .rodata, .data and .bss); SHN_ABS when no section holds it.
     */
    private static int sectionIndex(List<Section> sections, Symbol sym) {
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            if (s.name().equals(sym.section()) && sym.value() >= s.addr()
                    && sym.value() + sym.size() <= s.addr() + s.size() && sym.value() < s.addr() + s.size()) {
                return i + 1;
            }
        }
        return 0xfff1; // SHN_ABS
    }

    private static void shdr(ByteBuffer out, int name, int type, long flags, long addr, long off, long size,
                             int link, int info, long align, long entsize) {
        out.putInt(name).putInt(type).putLong(flags).putLong(addr).putLong(off).putLong(size);
        out.putInt(link).putInt(info).putLong(align).putLong(entsize);
    }

    private static int flags(int rwx) {
        return ((rwx & LinkedImage.R) != 0 ? Elf.PF_R : 0) | ((rwx & LinkedImage.W) != 0 ? Elf.PF_W : 0)
                | ((rwx & LinkedImage.X) != 0 ? Elf.PF_X : 0);
    }

    private static long align(long v, long a) {
        return (v + a - 1) & -a;
    }

    private static ByteBuffer le(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }

    /** A string table: offset 0 is the empty string; a string added twice is stored once. */
    private static final class Strtab {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final Map<String, Integer> offsets = new HashMap<>();

        Strtab() {
            bytes.write(0);
        }

        int add(String s) {
            Integer known = offsets.get(s);
            if (known != null) return known; // the runtime's and the program's .text, .rodata
            int off = bytes.size();
            bytes.writeBytes(s.getBytes(StandardCharsets.UTF_8));
            bytes.write(0);
            offsets.put(s, off);
            return off;
        }

        byte[] bytes() {
            return bytes.toByteArray();
        }
    }
}
