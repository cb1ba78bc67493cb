package dev.rt0gen.syntax;

import java.util.List;

/**
 * The parsed program: the main package and every module package it imports, transitively,
 * sorted by import path with {@code main} last.
 */
public record SyntaxTree(List<Package> packages) {
    public SyntaxTree {
        packages = List.copyOf(packages);
    }

    public record Package(String path, String name, List<File> files) {
        public Package {
            files = List.copyOf(files);
        }
    }

    /** One file: its package clause, its imports, then its other declarations in order. */
    public record File(String display, Expr.Ident packageName, List<Decl.Import> imports, List<Decl> decls) {
        public File {
            imports = List.copyOf(imports);
            decls = List.copyOf(decls);
        }
    }

    public Package main() {
        return packages.get(packages.size() - 1);
    }
}
