package dev.rt0gen.elf;

/** ELF64 constants rt0gen writes and reads (System V ABI, AMD64 supplement). */
public final class Elf {
    private Elf() {
    }

    public static final int EHDR_SIZE = 64, PHDR_SIZE = 56, SHDR_SIZE = 64, SYM_SIZE = 24;
    public static final int ET_EXEC = 2, EM_X86_64 = 62;
    public static final int PT_LOAD = 1, PT_GNU_STACK = 0x6474e551;
    public static final int PF_X = 1, PF_W = 2, PF_R = 4;
    public static final int SHT_NULL = 0, SHT_PROGBITS = 1, SHT_SYMTAB = 2, SHT_STRTAB = 3, SHT_NOBITS = 8;
    public static final long SHF_WRITE = 1, SHF_ALLOC = 2, SHF_EXECINSTR = 4;
    public static final int STB_LOCAL = 0, STB_GLOBAL = 1;
    public static final int STT_NOTYPE = 0, STT_OBJECT = 1, STT_FUNC = 2;
    public static final int PAGE = 0x1000;
}
