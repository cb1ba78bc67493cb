package dev.rt0gen.source;

import java.util.Map;
import java.util.Optional;

/**
 * A loaded program: the main package and every other package directory of its module, by
 * import path. {@code modulePath} is null for a single file or a directory without go.mod
 * (then only package main exists). Which packages are compiled is decided by the imports,
 * which the parser reads: a package that nothing imports is never parsed, as with go build.
 * {@code godebugDefault} is the program's default GODEBUG ({@link GoDebug}). {@code langMinor}
 * is the language version's minor number (go.mod's go line: 21 for go 1.21; 16 without one; the
 * toolchain's own without go.mod): Go 1.22's per-iteration loop variables, 1.23's range over
 * functions depend on it.
 */
public record SourceTree(String modulePath, SourcePackage main, Map<String, SourcePackage> packages,
                         String godebugDefault, int langMinor) {
    public SourceTree {
        packages = Map.copyOf(packages);
    }

    public SourceTree(String modulePath, SourcePackage main, Map<String, SourcePackage> packages, String godebugDefault) {
        this(modulePath, main, packages, godebugDefault, GoMod.GO_MINOR);
    }

    /** A tree with an empty default GODEBUG. */
    public SourceTree(String modulePath, SourcePackage main, Map<String, SourcePackage> packages) {
        this(modulePath, main, packages, "");
    }

    /** The minor number of a go line's version ({@code 1.21.3}: 21); a module without a go line is go 1.16's. */
    public static int langMinor(GoMod mod) {
        if (mod == null) return GoMod.GO_MINOR;
        String v = mod.goVersion();
        if (v == null) return 16;
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("1\\.(\\d+)").matcher(v);
        return m.lookingAt() ? Integer.parseInt(m.group(1)) : GoMod.GO_MINOR;
    }

    /**
     * The module's package with this import path (never the main package), else the standard
     * package rt0gen ships in Go with that path ({@link StdSources}).
     */
    public Optional<SourcePackage> lookup(String importPath) {
        SourcePackage p = packages.get(importPath);
        return p != null ? Optional.of(p) : StdSources.lookup(importPath);
    }
}
