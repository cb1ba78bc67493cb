package dev.rt0gen.asm;

import com.sun.jna.Library;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.LongByReference;
import com.sun.jna.ptr.PointerByReference;

/**
 * rt0gen's own JNA mapping of the part of Keystone's C API it uses (keystone.h, 0.9.x).
 *
 * <p>Why our own mapping and not {@code com.github.zhkl0228:keystone} from Maven Central: that
 * binding bundles a library built without the X86 target and always loads its own copy (so
 * {@code jna.library.path} cannot replace it), maps {@code size_t*} results to 4-byte ints
 * (Keystone writes 8 bytes), takes the base address as a Java {@code int} and ignores the error
 * code of the symbol resolver. The API we need is nine functions; mapping them here is shorter
 * than working around each defect, and lets us load an X86-capable library we build ourselves
 * (scripts/get-keystone).
 */
interface KeystoneLibrary extends Library {
    int KS_ARCH_X86 = 4;
    int KS_MODE_64 = 1 << 3;

    int ks_version(IntByReference major, IntByReference minor);

    boolean ks_arch_supported(int arch);

    int ks_open(int arch, int mode, PointerByReference ks);

    int ks_close(Pointer ks);

    int ks_errno(Pointer ks);

    String ks_strerror(int code);

    /** {@code size_t *encoding_size, size_t *stat_count}: 8 bytes each on x86-64. */
    int ks_asm(Pointer ks, String string, long address, PointerByReference encoding,
               LongByReference encodingSize, LongByReference statCount);

    void ks_free(Pointer p);
}
