package dev.rt0gen.syntax;

import java.util.List;

/**
 * The parsed program: the main package and every module package it imports, transitively,
 * sorted by import path with {@code main} last; and the program's default GODEBUG
 * ({@link dev.rt0gen.source.GoDebug}), which the code generator hands to the runtime; the
 * language version's minor number ({@link dev.rt0gen.source.SourceTree#langMinor}).
 */
public record SyntaxTree(List<Package> packages, String godebugDefault, int langMinor) {
    public SyntaxTree {
        packages = List.copyOf(packages);
    }

    /** The toolchain's language version (go 1.26). */
    public SyntaxTree(List<Package> packages, String godebugDefault) {
        this(packages, godebugDefault, 26);
    }

    public SyntaxTree(List<Package> packages) {
        this(packages, "");
    }

    public record Package(String path, String name, List<File> files) {
        public Package {
            files = List.copyOf(files);
        }
    }

    /**
     * One file: its package clause, its imports, then its other declarations in order; and its
     * {@code //go:linkname} directives, wherever they are in the file (gc's noder collects them
     * so), which package runtime applies (docs/ABI.md "Directives").
     */
    public record File(String display, Expr.Ident packageName, List<Decl.Import> imports, List<Decl> decls,
                       List<Linkname> linknames) {
        public File {
            imports = List.copyOf(imports);
            decls = List.copyOf(decls);
            linknames = List.copyOf(linknames);
        }

        public File(String display, Expr.Ident packageName, List<Decl.Import> imports, List<Decl> decls) {
            this(display, packageName, imports, decls, List.of());
        }
    }

    /**
     * A {@code //go:linkname} directive at {@code pos}: its arguments as written, two in the form
     * rt0gen applies ({@code localname importpath.name}).
     */
    public record Linkname(dev.rt0gen.source.Pos pos, List<String> args) {
        public Linkname {
            args = List.copyOf(args);
        }
    }

    public Package main() {
        return packages.get(packages.size() - 1);
    }
}
