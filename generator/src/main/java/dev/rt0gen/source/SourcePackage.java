package dev.rt0gen.source;

import java.util.List;

/**
 * The Go files of one directory that are compiled for linux/amd64, in file-name order
 * ({@code _test.go} files and files excluded by {@link BuildConstraints} left out).
 * {@code importPath} is {@code main} for the main package, otherwise the module path joined
 * with the directory's path inside the module ({@code example.com/app/log}). When no file is
 * left, {@code noGoError} says why in the go command's words ({@code build constraints exclude
 * all Go files in DIR}, {@code no non-test Go files in DIR}); it is null otherwise. A package
 * other than main whose files cannot be read for what to build (a malformed {@code //go:build}
 * line) has no files and its {@code errors}, to be reported where it is imported: the go command
 * reports them only for a package it builds.
 */
public record SourcePackage(String importPath, String dirDisplay, List<SourceFile> files, String noGoError,
                            List<Diagnostic> errors) {
    public SourcePackage {
        files = List.copyOf(files);
        errors = List.copyOf(errors);
    }

    public SourcePackage(String importPath, String dirDisplay, List<SourceFile> files) {
        this(importPath, dirDisplay, files, null, List.of());
    }
}
