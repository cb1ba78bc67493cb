package dev.rt0gen.source;

import java.util.List;

/**
 * The Go files of one directory, in file-name order ({@code _test.go} files left out).
 * {@code importPath} is {@code main} for the main package, otherwise the module path joined
 * with the directory's path inside the module ({@code example.com/app/log}).
 */
public record SourcePackage(String importPath, String dirDisplay, List<SourceFile> files) {
    public SourcePackage {
        files = List.copyOf(files);
    }
}
