package dev.rt0gen.source;

import java.util.Map;
import java.util.Optional;

/**
 * A loaded program: the main package and every other package directory of its module, by
 * import path. {@code modulePath} is null for a single file or a directory without go.mod
 * (then only package main exists). Which packages are compiled is decided by the imports,
 * which the parser reads: a package that nothing imports is never parsed, as with go build.
 */
public record SourceTree(String modulePath, SourcePackage main, Map<String, SourcePackage> packages) {
    public SourceTree {
        packages = Map.copyOf(packages);
    }

    /** The module's package with this import path (never the main package). */
    public Optional<SourcePackage> lookup(String importPath) {
        return Optional.ofNullable(packages.get(importPath));
    }
}
