package dev.rt0gen.check;

import dev.rt0gen.syntax.Supported;
import dev.rt0gen.check.CheckedProgram.VarInit;
import dev.rt0gen.source.Pos;
import dev.rt0gen.syntax.Decl;
import dev.rt0gen.syntax.Expr;
import dev.rt0gen.syntax.SyntaxTree;
import dev.rt0gen.types.Basic;
import dev.rt0gen.types.Signature;
import dev.rt0gen.types.Type;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects a package's objects before anything is checked: imports into file scopes, package-level
 * functions, constants and variables into the package scope (types2's resolver.go), and reports
 * unused imports at the end.
 */
final class Resolver {
    private final Checker chk;
    /** Package runtime's {@code //go:linkname localname importpath.name} directives: localname to its symbol. */
    private Map<String, String> linknames = Map.of();

    Resolver(Checker chk) {
        this.chk = chk;
    }

    /**
     * What collecting a package's objects yields: its imports (the module's own packages and
     * the standard ones), its package-level variable initializers, init functions and
     * functions with bodies, the package names its files import, and each file's scope.
     */
    record PkgObjects(List<String> imports, List<String> stdImports, List<VarInit> varInits, List<Obj.Func> inits,
                      List<Obj.Func> funcs, List<Obj.PkgName> pkgNames, Map<SyntaxTree.File, Scope> fileScopes) {
    }

    /** Imports into file scopes, then the package-level declarations into the package scope (types2's collectObjects). */
    PkgObjects collectObjects(SyntaxTree.Package p, Map<String, SyntaxTree.Package> byPath) {
        PkgObjects out = new PkgObjects(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>(), new ArrayList<>(), new LinkedHashMap<>());
        List<Runnable> signatures = new ArrayList<>();
        List<SyntaxTree.Linkname> directives = linknames(p);
        for (SyntaxTree.File f : p.files()) {
            Scope fs = new Scope(chk.pkgScope);
            out.fileScopes().put(f, fs);
            for (Decl.Import imp : f.imports()) importSpec(imp, fs, byPath, out);
            for (Decl d : f.decls()) {
                if (d instanceof Decl.Func fd && fd.recv() != null) {
                    Obj.Func fo = chk.decls.method(fd, fs, signatures);
                    if (fd.body() != null) out.funcs().add(fo);
                } else if (d instanceof Decl.Func fd) {
                    Obj.Func fo = collectFunc(fd, fs, out.inits().size(), signatures);
                    if (fd.name().name().equals("init")) {
                        out.inits().add(fo);
                    }
                    if (fd.body() != null) out.funcs().add(fo);
                } else if (d instanceof Decl.Var vd) {
                    collectVar(vd, fs, out.varInits());
                } else if (d instanceof Decl.Const cd) {
                    collectConst(cd, fs);
                } else if (d instanceof Decl.TypeDecl td) {
                    Obj.TypeName tn = chk.decls.newTypeName(td);
                    declarePkgObj(td.name(), tn);
                    chk.pending.put(tn, new Checker.Pending(td, fs, 0));
                }
            }
        }
        for (SyntaxTree.Linkname l : directives) {
            Obj o = chk.pkgScope.lookupLocal(l.args().get(0));
            if (!(o instanceof Obj.Func) && !(o instanceof Obj.Var)) chk.error(l.pos(), "//go:linkname must refer to declared function or variable");
        }
        // signatures once every package-level type name is declared (a type may follow its use)
        signatures.forEach(Runnable::run);
        return out;
    }

    /**
     * gc's {@code //go:linkname localname importpath.name}, in package runtime only (programs'
     * are ignored, as other unknown directives): the package-level function or variable
     * localname, declared in any file of the package, is emitted under the symbol
     * importpath.name. rt0gen takes the two-argument form only. Sets {@link #linknames}.
     */
    private List<SyntaxTree.Linkname> linknames(SyntaxTree.Package p) {
        List<SyntaxTree.Linkname> out = new ArrayList<>();
        Map<String, String> byName = new LinkedHashMap<>();
        if (chk.asmBodies()) {
            for (SyntaxTree.File f : p.files()) {
                for (SyntaxTree.Linkname l : f.linknames()) {
                    if (l.args().size() != 2) {
                        chk.error(l.pos(), "usage: //go:linkname localname importpath.name");
                    } else if (byName.putIfAbsent(l.args().get(0), l.args().get(1)) != null) {
                        chk.error(l.pos(), "duplicate //go:linkname for " + l.args().get(0));
                    } else {
                        out.add(l);
                    }
                }
            }
        }
        linknames = byName;
        return out;
    }

    private void importSpec(Decl.Import imp, Scope fs, Map<String, SyntaxTree.Package> byPath, PkgObjects out) {
        Scope target = chk.packageScopes.get(imp.path());
        SyntaxTree.Package mod = byPath.get(imp.path());
        String name;
        if (Supported.stdPackage(imp.path())) {
            name = imp.path();
            if (!out.stdImports().contains(imp.path())) out.stdImports().add(imp.path());
        } else if (mod != null && target != null && Supported.goStdPackage(imp.path())) {
            // a standard package written in Go: checked as the module's packages are, but it
            // initializes as Go's does (StdlibInits)
            name = mod.name();
            if (!out.stdImports().contains(imp.path())) out.stdImports().add(imp.path());
        } else if (mod != null && target != null) {
            name = mod.name();
            if (!out.imports().contains(imp.path())) out.imports().add(imp.path());
        } else {
            if (mod == null) chk.error(imp.pathPos(), Supported.packageMessage(imp.path()));
            // bind the name anyway (to nothing) so that its uses do not add errors
            name = imp.name() != null ? imp.name().name() : imp.path().substring(imp.path().lastIndexOf('/') + 1);
            Obj.PkgName pn = new Obj.PkgName(name, imp.pathPos(), imp.path(), null);
            pn.used = true;
            fs.objects.putIfAbsent(name, pn);
            return;
        }
        if (imp.name() != null) {
            name = imp.name().name();
            if (name.equals("_")) return;
        }
        Obj.PkgName pn = new Obj.PkgName(name, imp.name() != null ? imp.name().pos() : imp.pathPos(), imp.path(), target);
        if (imp.name() != null) chk.info.objects.put(imp.name(), pn);
        Obj prev = fs.lookupLocal(name);
        if (prev != null) {
            chk.error(imp.name() != null ? imp.name().pos() : imp.pathPos(), name + " redeclared in this block\n\t" + prev.pos() + ": other declaration of " + name);
            return;
        }
        fs.objects.put(name, pn);
        out.pkgNames().add(pn);
    }

    /** types2's unusedImports: in position order, named as the import named it. */
    void unusedImports(List<Obj.PkgName> pkgNames, Map<String, SyntaxTree.Package> byPath) {
        List<Obj.PkgName> unused = new ArrayList<>();
        for (Obj.PkgName pn : pkgNames) if (!pn.used) unused.add(pn);
        unused.sort(Comparator.comparing(Obj::pos));
        for (Obj.PkgName pn : unused) {
            String last = pn.path.substring(pn.path.lastIndexOf('/') + 1);
            if (pn.name().equals(last) || byPath.containsKey(pn.path) && byPath.get(pn.path).name().equals(pn.name())) {
                chk.error(pn.pos(), "\"" + pn.path + "\" imported and not used");
            } else {
                chk.error(pn.pos(), "\"" + pn.path + "\" imported as " + pn.name() + " and not used");
            }
        }
    }

    void declare(Scope s, Expr.Ident id, Obj o) {
        chk.info.objects.put(id, o);
        if (id.isBlank()) return;
        Obj prev = s.lookupLocal(id.name());
        if (prev != null) {
            chk.error(id, id.name() + " redeclared in this block\n\t" + prev.pos() + ": other declaration of " + id.name());
            if (o instanceof Obj.Var v) v.used = true;   // not in scope: types2 does not report it unused
            return;
        }
        s.objects.put(id.name(), o);
    }

    /** types2's declarePkgObj: a package-level constant or variable may not be named init, nor main in package main. */
    private void declarePkgObj(Expr.Ident id, Obj o) {
        if (id.name().equals("init") || id.name().equals("main") && chk.pkgName.equals("main")) {
            chk.error(id, "cannot declare " + id.name() + " - must be func");
            chk.info.objects.put(id, o);
            if (o instanceof Obj.Var v) v.used = true;
            return;
        }
        declare(chk.pkgScope, id, o);
    }

    private Obj.Func collectFunc(Decl.Func fd, Scope fs, int initIndex, List<Runnable> signatures) {
        String name = fd.name().name();
        String symbolName = name.equals("init") ? "init." + initIndex : name;
        Obj.Func fo = new Obj.Func(name, fd.name().pos(), chk.pkgPath, linknames.getOrDefault(name, chk.pkgPath + "." + symbolName), fd, null);
        signatures.add(() -> {
            fo.sig = chk.decls.signature(fd.params(), fd.results(), fs);
        });
        chk.info.objects.put(fd.name(), fo);
        if (fd.body() == null && !chk.asmBodies()) chk.error(fd.name(), "missing function body");
        if (name.equals("init") || name.equals("main") && chk.pkgName.equals("main")) {
            if (!fd.params().isEmpty() || !fd.results().isEmpty()) {
                chk.error(fd.name(), "func " + name + " must have no arguments and no return values");
            }
        }
        if (!name.equals("init")) declare(chk.pkgScope, fd.name(), fo);
        return fo;
    }

    void arity(List<Expr.Ident> names, List<Expr> values, boolean constDecl, boolean inherited, Pos specPos) {
        int l = names.size(), r = values.size();
        if (l < r) {
            Expr n = values.get(l);
            if (inherited) chk.error(specPos, "extra init expr at " + n.pos());
            else chk.error(n, "extra init expr " + Expr.show(n));
        } else if (l > r && (constDecl || r != 1)) {
            Expr.Ident n = names.get(r);
            chk.error(n, "missing init expr for " + n.name());
        }
    }

    private void collectVar(Decl.Var vd, Scope fs, List<VarInit> varInits) {
        List<Obj.Var> vars = new ArrayList<>();
        for (Expr.Ident n : vd.names()) {
            Obj.Var v = new Obj.Var(n.name(), n.pos(), Obj.Var.Kind.GLOBAL, chk.pkgPath, null);
            v.linkname = linknames.get(n.name());
            vars.add(v);
            declarePkgObj(n, v);
        }
        if (!vd.values().isEmpty()) arity(vd.names(), vd.values(), false, false, vd.pos());
        if (vd.values().size() == 1 && vars.size() > 1) {
            VarInit vi = new VarInit(vars, vd.values().get(0), vd.pos());
            varInits.add(vi);
            for (Obj.Var v : vars) chk.pending.put(v, new Checker.Pending(vi, fs, -1));
            return;
        }
        for (int i = 0; i < vars.size(); i++) {
            Expr value = i < vd.values().size() ? vd.values().get(i) : null;
            VarInit vi = new VarInit(List.of(vars.get(i)), value, vars.get(i).pos());
            varInits.add(vi);
            chk.pending.put(vars.get(i), new Checker.Pending(new Object[]{vi, vd}, fs, i));
        }
    }

    private void collectConst(Decl.Const cd, Scope fs) {
        if (!cd.values().isEmpty()) arity(cd.names(), cd.values(), true, cd.implicit(), cd.pos());
        else if (!cd.names().isEmpty()) chk.error(cd.names().get(0), "missing init expr for " + cd.names().get(0).name());
        for (int i = 0; i < cd.names().size(); i++) {
            Expr.Ident n = cd.names().get(i);
            Obj.Const c = new Obj.Const(n.name(), n.pos(), Basic.INVALID, null);
            declarePkgObj(n, c);
            chk.pending.put(c, new Checker.Pending(cd, fs, i));
        }
    }
}
