package dev.rt0gen.asm;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.LongByReference;
import com.sun.jna.ptr.PointerByReference;
import dev.rt0gen.api.EnvironmentException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The x86-64 assembler: Keystone, reached through JNA. All machine code in an rt0gen binary
 * comes out of {@link #assemble}; there is no second assembler and no fallback.
 *
 * <p>The library is looked up in this order, and the first one found is used:
 * <ol>
 *   <li>an explicit setting: the system property {@code rt0gen.keystone.lib} or the environment
 *       variable {@code RT0GEN_KEYSTONE_LIB} (a path to {@code libkeystone.so});</li>
 *   <li>the cache that {@code scripts/get-keystone} fills:
 *       {@code ${XDG_CACHE_HOME:-~/.cache}/rt0gen/keystone/0.9.2/libkeystone.so};</li>
 *   <li>the system library path ({@code libkeystone.so} found by the dynamic loader).</li>
 * </ol>
 * The library found must support X86; if it does not, or none is found, one
 * {@link EnvironmentException} says how to get one.
 *
 * <p>Keystone is used without {@code ks_option}: any option switches its number parsing to
 * hexadecimal for the rest of the handle's life. rt0gen's assembly writes every number in hex
 * anyway (docs/ABI.md). Keystone keeps global state inside LLVM; calls are serialized.
 */
public final class Keystone {
    public static final String VERSION = "0.9.2";
    static final String HOW_TO_GET =
            "build one with scripts/get-keystone (make keystone), or set RT0GEN_KEYSTONE_LIB "
                    + "to an X86-capable libkeystone.so";

    private static Keystone instance;

    private final KeystoneLibrary lib;
    private final Pointer handle;
    private final String source;

    private Keystone(KeystoneLibrary lib, String source) {
        this.lib = lib;
        this.source = source;
        PointerByReference ks = new PointerByReference();
        int err = lib.ks_open(KeystoneLibrary.KS_ARCH_X86, KeystoneLibrary.KS_MODE_64, ks);
        if (err != 0) {
            throw new EnvironmentException("Keystone at " + source + " cannot open X86-64: "
                    + lib.ks_strerror(err) + "; " + HOW_TO_GET);
        }
        this.handle = ks.getValue();
    }

    /** The process-wide assembler, loaded on first use. */
    public static synchronized Keystone get() {
        if (instance == null) {
            instance = load();
        }
        return instance;
    }

    /** Where the library was loaded from, for {@code rt0gen version}. */
    public String source() {
        return source;
    }

    public synchronized String version() {
        IntByReference major = new IntByReference();
        IntByReference minor = new IntByReference();
        lib.ks_version(major, minor);
        return major.getValue() + "." + minor.getValue();
    }

    /**
     * Assembles {@code text} (Intel syntax) as if placed at {@code address}. Labels defined in
     * the text resolve inside this one call; nothing is resolved through Keystone's callback.
     */
    public synchronized byte[] assemble(String text, long address) throws AsmException {
        PointerByReference encoding = new PointerByReference();
        LongByReference size = new LongByReference();
        LongByReference count = new LongByReference();
        int rc = lib.ks_asm(handle, text, address, encoding, size, count);
        if (rc != 0) {
            int errno = lib.ks_errno(handle);
            throw new AsmException(lib.ks_strerror(errno) + " (Keystone error " + errno + ")",
                    count.getValue());
        }
        Pointer p = encoding.getValue();
        try {
            return p == null ? new byte[0] : p.getByteArray(0, Math.toIntExact(size.getValue()));
        } finally {
            if (p != null) lib.ks_free(p);
        }
    }

    static Keystone load() {
        List<String> tried = new ArrayList<>();
        String explicit = System.getProperty("rt0gen.keystone.lib");
        if (explicit == null || explicit.isBlank()) explicit = System.getenv("RT0GEN_KEYSTONE_LIB");
        if (explicit != null && !explicit.isBlank()) {
            if (!Files.isRegularFile(Path.of(explicit))) {
                throw new EnvironmentException("no Keystone library at " + explicit
                        + " (from rt0gen.keystone.lib / RT0GEN_KEYSTONE_LIB); " + HOW_TO_GET);
            }
            return open(explicit, tried);
        }
        Path cached = cachePath();
        if (Files.isRegularFile(cached)) {
            return open(cached.toString(), tried);
        }
        tried.add(cached + " (not there)");
        Keystone system = tryOpen("keystone", tried);
        if (system != null) return system;
        throw new EnvironmentException("no X86-capable Keystone library found (tried "
                + String.join(", ", tried) + "); " + HOW_TO_GET);
    }

    /** {@code ${XDG_CACHE_HOME:-~/.cache}/rt0gen/keystone/VERSION/libkeystone.so}. */
    public static Path cachePath() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path cache = xdg != null && !xdg.isBlank() ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".cache");
        return cache.resolve("rt0gen").resolve("keystone").resolve(VERSION).resolve("libkeystone.so");
    }

    private static Keystone open(String path, List<String> tried) {
        Keystone k = tryOpen(path, tried);
        if (k == null) {
            throw new EnvironmentException("cannot use the Keystone library " + String.join(", ", tried)
                    + "; " + HOW_TO_GET);
        }
        return k;
    }

    private static Keystone tryOpen(String nameOrPath, List<String> tried) {
        KeystoneLibrary lib;
        try {
            lib = Native.load(nameOrPath, KeystoneLibrary.class);
        } catch (UnsatisfiedLinkError e) {
            tried.add(nameOrPath + " (" + firstLine(e.getMessage()) + ")");
            return null;
        }
        try {
            if (!lib.ks_arch_supported(KeystoneLibrary.KS_ARCH_X86)) {
                tried.add(nameOrPath + " (built without the X86 target)");
                return null;
            }
        } catch (UnsatisfiedLinkError e) {
            tried.add(nameOrPath + " (not a Keystone library)");
            return null;
        }
        return new Keystone(lib, nameOrPath);
    }

    private static String firstLine(String s) {
        if (s == null) return "cannot load";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
