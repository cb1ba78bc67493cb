package dev.rt0gen.elf;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the parts of an ELF64 little-endian file that rt0gen writes: header, program
 * headers, section headers and the symbol table. Used by tests to check the writer, and
 * cross-checked against binutils' readelf.
 */
public final class ElfReader {
    public record Header(int type, int machine, long entry, long phoff, long shoff, int phnum, int shnum, int shstrndx) {
    }

    public record ProgramHeader(int type, int flags, long offset, long vaddr, long filesz, long memsz, long align) {
    }

    public record SectionHeader(String name, int type, long flags, long addr, long offset, long size, int link,
                                int info, long entsize) {
    }

    public record ElfSymbol(String name, int bind, int type, int shndx, long value, long size) {
    }

    private final byte[] bytes;
    private final ByteBuffer buf;
    public final Header header;
    public final List<ProgramHeader> programHeaders = new ArrayList<>();
    public final List<SectionHeader> sections = new ArrayList<>();
    public final List<ElfSymbol> symbols = new ArrayList<>();

    public ElfReader(byte[] bytes) {
        this.bytes = bytes;
        this.buf = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        if (bytes.length < Elf.EHDR_SIZE || buf.getInt(0) != 0x464c457f) {
            throw new IllegalArgumentException("not an ELF file");
        }
        if (bytes[4] != 2 || bytes[5] != 1) throw new IllegalArgumentException("not ELF64 little-endian");
        header = new Header(buf.getShort(16), buf.getShort(18) & 0xffff, buf.getLong(24), buf.getLong(32),
                buf.getLong(40), buf.getShort(56) & 0xffff, buf.getShort(60) & 0xffff, buf.getShort(62) & 0xffff);
        for (int i = 0; i < header.phnum(); i++) {
            int p = (int) header.phoff() + i * Elf.PHDR_SIZE;
            programHeaders.add(new ProgramHeader(buf.getInt(p), buf.getInt(p + 4), buf.getLong(p + 8),
                    buf.getLong(p + 16), buf.getLong(p + 32), buf.getLong(p + 40), buf.getLong(p + 48)));
        }
        List<long[]> raw = new ArrayList<>();
        for (int i = 0; i < header.shnum(); i++) {
            int s = (int) header.shoff() + i * Elf.SHDR_SIZE;
            raw.add(new long[]{buf.getInt(s) & 0xffffffffL, buf.getInt(s + 4), buf.getLong(s + 8), buf.getLong(s + 16),
                    buf.getLong(s + 24), buf.getLong(s + 32), buf.getInt(s + 40), buf.getInt(s + 44), buf.getLong(s + 56)});
        }
        long shstrOff = header.shnum() > 0 ? raw.get(header.shstrndx())[4] : 0;
        for (long[] r : raw) {
            sections.add(new SectionHeader(cstring(shstrOff + r[0]), (int) r[1], r[2], r[3], r[4], r[5], (int) r[6],
                    (int) r[7], r[8]));
        }
        for (SectionHeader s : sections) {
            if (s.type() != Elf.SHT_SYMTAB) continue;
            long strOff = sections.get(s.link()).offset();
            for (long off = s.offset() + Elf.SYM_SIZE; off < s.offset() + s.size(); off += Elf.SYM_SIZE) {
                int o = (int) off;
                int info = bytes[o + 4] & 0xff;
                symbols.add(new ElfSymbol(cstring(strOff + (buf.getInt(o) & 0xffffffffL)), info >> 4, info & 0xf,
                        buf.getShort(o + 6) & 0xffff, buf.getLong(o + 8), buf.getLong(o + 16)));
            }
        }
    }

    public SectionHeader section(String name) {
        return sections.stream().filter(s -> s.name().equals(name)).findFirst().orElse(null);
    }

    public ElfSymbol symbol(String name) {
        return symbols.stream().filter(s -> s.name().equals(name)).findFirst().orElse(null);
    }

    /** The file bytes behind a section ({@code size} zero bytes for NOBITS). */
    public byte[] contents(SectionHeader s) {
        if (s.type() == Elf.SHT_NOBITS) return new byte[(int) s.size()];
        return Arrays.copyOfRange(bytes, (int) s.offset(), (int) (s.offset() + s.size()));
    }

    private String cstring(long off) {
        int start = (int) off, end = start;
        while (end < bytes.length && bytes[end] != 0) end++;
        return new String(bytes, start, end - start, StandardCharsets.UTF_8);
    }
}
