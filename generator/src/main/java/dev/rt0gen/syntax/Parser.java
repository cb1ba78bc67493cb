package dev.rt0gen.syntax;

import dev.rt0gen.syntax.Supported.Construct;
import dev.rt0gen.source.CompileException;
import dev.rt0gen.source.Diagnostic;
import dev.rt0gen.source.GoDebug;
import dev.rt0gen.source.Lexer;
import dev.rt0gen.source.Pos;
import dev.rt0gen.source.SourceFile;
import dev.rt0gen.source.SourcePackage;
import dev.rt0gen.source.SourceTree;
import dev.rt0gen.source.Token;
import dev.rt0gen.source.Token.Kind;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A recursive-descent parser for rt0gen's Go subset, shaped like gc's
 * (cmd/compile/internal/syntax/parser.go), with gc's wording for syntax errors
 * ({@code syntax error: unexpected name x, expected {}). Go constructs outside the subset that
 * gc would accept are rejected here with a positioned "not supported by rt0gen" error, as
 * {@link Supported} decides and words it.
 *
 * <p>{@link #parse} starts from the main package and follows the imports of the module's own
 * packages, so a package that nothing imports is never read (as with go build).
 */
public final class Parser {
    /**
     * The deepest syntax tree the parser builds: nested parentheses, calls, unary operators,
     * blocks, statements and {@code else if} chains each count one level, and so does every
     * operator of a chain like {@code a + b + … } (the tree leans left: each operator is one
     * level deeper). Every later stage recurses over the tree; this bound, and the stack the
     * API gives them, keep them from running out of stack. go/parser's bound is 100000; real
     * programs stay far below this one.
     */
    public static final int MAX_NESTING = 10000;

    private final List<Token> toks;
    private int p;
    private int nesting;
    /**
     * gc's xnest: below zero in the header of an if, for or switch, where {@code T {} opens the
     * block rather than a composite literal; parentheses, brackets and literals raise it.
     */
    private int xnest;

    /** The file's directives by line ({@link Lexer#lex}); a function declaration takes those on the lines right above it. */
    private final java.util.NavigableMap<Integer, String> directives;

    private Parser(List<Token> toks) {
        this(toks, new java.util.TreeMap<>());
    }

    private Parser(List<Token> toks, java.util.NavigableMap<Integer, String> directives) {
        this.toks = toks;
        this.directives = directives;
    }

    public static SyntaxTree parse(SourceTree tree) throws CompileException {
        Map<String, SyntaxTree.Package> done = new TreeMap<>();
        List<Diagnostic> errors = new ArrayList<>();
        SyntaxTree.Package main = parsePackage(tree.main(), errors);
        if (main == null) throw new CompileException(errors);
        if (!main.name().equals("main")) {
            SyntaxTree.File f = main.files().get(0);
            throw new CompileException(f.packageName().pos(), "package " + main.name() + " is not a main package (rt0gen builds executables)");
        }
        Deque<SyntaxTree.Package> work = new ArrayDeque<>(List.of(main));
        Set<String> noGo = new HashSet<>();
        while (!work.isEmpty()) {
            SyntaxTree.Package pkg = work.pop();
            for (SyntaxTree.File f : pkg.files()) {
                for (Decl.Import imp : f.imports()) {
                    String path = imp.path();
                    if (done.containsKey(path)) continue;
                    var src = tree.lookup(path);
                    if (src.isEmpty()) continue;   // the checker says what is wrong with it
                    if (src.get().files().isEmpty()) {
                        // a malformed //go:build line in it, or build constraints left out every file
                        // (the go command's NoGoError, said at the import)
                        if (noGo.add(path)) {
                            if (!src.get().errors().isEmpty()) errors.addAll(src.get().errors());
                            else errors.add(new Diagnostic(imp.pathPos(), src.get().noGoError()));
                        }
                        continue;
                    }
                    // cmd/go checks the //go:debug directives of every package it builds
                    // (checkDirectives), not only main's (SourceLoader checks main's); only
                    // main's apply.
                    try {
                        GoDebug.checkDirectives(src.get().files());
                    } catch (CompileException e) {
                        errors.addAll(e.diagnostics());
                    }
                    SyntaxTree.Package q = parsePackage(src.get(), errors);
                    if (q == null) continue;
                    done.put(path, q);
                    work.push(q);
                }
            }
        }
        if (!errors.isEmpty()) throw new CompileException(errors);
        List<SyntaxTree.Package> all = new ArrayList<>(done.values());
        all.add(main);
        return new SyntaxTree(all, tree.godebugDefault(), tree.langMinor());
    }

    /**
     * Parses package runtime's Go files (docs/ABI.md "The runtime in Go"): one package, named
     * runtime, importing nothing but unsafe.
     */
    public static SyntaxTree parseRuntime(SourcePackage src) throws CompileException {
        List<Diagnostic> errors = new ArrayList<>();
        SyntaxTree.Package p = parsePackage(src, errors);
        if (p == null) throw new CompileException(errors);
        if (!p.name().equals("runtime")) throw new CompileException(p.files().get(0).packageName().pos(), "package " + p.name() + " is not package runtime");
        for (SyntaxTree.File f : p.files()) {
            for (Decl.Import imp : f.imports()) {
                if (!imp.path().equals("unsafe")) errors.add(new Diagnostic(imp.pathPos(), "package runtime imports only unsafe"));
            }
        }
        if (!errors.isEmpty()) throw new CompileException(errors);
        return new SyntaxTree(List.of(p), "", 26);
    }

    /** Parses one package; on syntax errors adds the first error of each bad file and returns null. */
    private static SyntaxTree.Package parsePackage(SourcePackage src, List<Diagnostic> errors) {
        List<SyntaxTree.File> files = new ArrayList<>();
        int before = errors.size();
        for (SourceFile f : src.files()) {
            try {
                files.add(parseFile(f));
            } catch (CompileException e) {
                errors.addAll(e.diagnostics());
            }
        }
        if (errors.size() > before) return null;
        String name = files.get(0).packageName().name();
        for (SyntaxTree.File f : files) {
            if (!f.packageName().name().equals(name)) {
                errors.add(new Diagnostic(f.packageName().pos(), "found packages " + name + " ("
                        + baseName(files.get(0).display()) + ") and " + f.packageName().name() + " (" + baseName(f.display()) + ") in " + src.dirDisplay()));
                return null;
            }
        }
        return new SyntaxTree.Package(src.importPath(), name, files);
    }

    private static String baseName(String display) {
        int i = display.lastIndexOf('/');
        return i < 0 ? display : display.substring(i + 1);
    }

    public static SyntaxTree.File parseFile(SourceFile f) throws CompileException {
        Lexer.Lexed lx = Lexer.lex(f);
        return new Parser(lx.tokens(), lx.directives()).file(f.display());
    }

    // ---- tokens ------------------------------------------------------------------------

    private Token tok() {
        return toks.get(p);
    }

    private Token peekTok(int k) {
        return toks.get(Math.min(p + k, toks.size() - 1));
    }

    private Token next() {
        Token t = toks.get(p);
        if (p < toks.size() - 1) p++;
        return t;
    }

    private boolean isOp(String op) {
        return tok().isOp(op);
    }

    private boolean isKw(String kw) {
        return tok().isKeyword(kw);
    }

    private boolean isSemi() {
        return tok().kind() == Kind.SEMI;
    }

    private boolean got(String op) {
        if (isOp(op)) {
            next();
            return true;
        }
        return false;
    }

    private static String describe(Token t) {
        return switch (t.kind()) {
            case IDENT -> "name " + t.text();
            case INT, FLOAT, IMAG, CHAR, STRING -> "literal " + t.text();
            case KEYWORD -> "keyword " + t.text();
            case SEMI -> t.text().equals(";") ? "semicolon" : t.text();
            case EOF -> "EOF";
            case OP -> t.text().equals(",") ? "comma" : t.text();
        };
    }

    /** gc's syntaxErrorAt: {@code msg} starting with "in", "at", "after" or "expected". */
    private CompileException syntaxError(String msg) {
        Token t = tok();
        String s;
        if (msg.startsWith("in ") || msg.startsWith("at ") || msg.startsWith("after ")) {
            s = "unexpected " + describe(t) + " " + msg;
        } else if (msg.startsWith("expected ")) {
            s = "unexpected " + describe(t) + ", " + msg;
        } else {
            s = msg;
        }
        return new CompileException(t.pos(), "syntax error: " + s);
    }

    /** One level deeper at the current token; {@link #leave} undoes it. */
    private void enter() throws CompileException {
        if (++nesting > MAX_NESTING) {
            throw new CompileException(tok().pos(), "exceeded max nesting depth (" + MAX_NESTING + " levels; rt0gen's limit)");
        }
    }

    private void leave(int levels) {
        nesting -= levels;
    }

    private Token want(String op) throws CompileException {
        if (!isOp(op)) throw syntaxError("expected " + op);
        return next();
    }

    private Expr.Ident name() throws CompileException {
        if (tok().kind() != Kind.IDENT) throw syntaxError("expected name");
        Token t = next();
        return new Expr.Ident(t.pos(), t.text());
    }

    // ---- declarations ------------------------------------------------------------------

    private SyntaxTree.File file(String display) throws CompileException {
        if (!isKw("package")) throw syntaxError("package statement must be first");
        next();
        Expr.Ident pkgName = name();
        if (pkgName.isBlank()) throw new CompileException(pkgName.pos(), "invalid package name _");
        wantSemi("after package clause");
        List<Decl.Import> imports = new ArrayList<>();
        while (isKw("import")) {
            next();
            if (got("(")) {
                while (!isOp(")")) {
                    imports.add(importSpec());
                    if (!isOp(")")) wantSemi("in import declaration; possibly missing semicolon or newline or )");
                }
                next();
            } else {
                imports.add(importSpec());
            }
            wantSemi("after top level declaration");
        }
        List<Decl> decls = new ArrayList<>();
        while (tok().kind() != Kind.EOF) {
            Token t = tok();
            if (t.isKeyword("import")) throw syntaxError("imports must appear before other declarations");
            if (t.isKeyword("var")) {
                next();
                varDecl(decls);
            } else if (t.isKeyword("const")) {
                next();
                constDecl(decls);
            } else if (t.isKeyword("func")) {
                decls.add(funcDecl());
            } else if (t.isKeyword("type")) {
                next();
                typeDecl(decls);
            } else if (isSemi()) {
                next();
                continue;
            } else {
                throw syntaxError("non-declaration statement outside function body");
            }
            if (tok().kind() != Kind.EOF) wantSemi("after top level declaration");
        }
        return new SyntaxTree.File(display, pkgName, imports, decls, linknames(display));
    }

    /** The file's {@code //go:linkname} directives, in line order, with their arguments. */
    private List<SyntaxTree.Linkname> linknames(String display) {
        List<SyntaxTree.Linkname> out = new ArrayList<>();
        for (var e : directives.entrySet()) {
            String[] f = e.getValue().split("[ \\t]+");
            if (!f[0].equals("go:linkname")) continue;
            out.add(new SyntaxTree.Linkname(new Pos(display, e.getKey(), 1), List.of(f).subList(1, f.length)));
        }
        return out;
    }

    private void wantSemi(String context) throws CompileException {
        if (isSemi()) {
            next();
            return;
        }
        if (isOp(")") || isOp("}")) return;   // a semicolon may be omitted before a closing ) or }
        throw syntaxError(context);
    }

    private Decl.Import importSpec() throws CompileException {
        Pos pos = tok().pos();
        Expr.Ident alias = null;
        if (tok().kind() == Kind.IDENT) {
            alias = name();
        } else if (isOp(".")) {
            throw Supported.reject(Construct.DOT_IMPORTS, tok().pos());
        }
        if (tok().kind() != Kind.STRING) throw syntaxError("missing import path; require quoted string");
        Token path = next();
        String bad = checkImportPath((String) path.value());
        if (bad != null) throw new CompileException(path.pos(), "invalid import path: " + bad);
        return new Decl.Import(pos, alias, (String) path.value(), path.pos());
    }

    /** gc's checkImportPath (noder): what is wrong with an import path, or null. {@code path} is a byte string. */
    static String checkImportPath(String path) {
        if (path.isEmpty()) return "import path empty";
        if (path.indexOf(0) >= 0) return "import path contains NUL";
        byte[] b = new byte[path.length()];
        for (int i = 0; i < b.length; i++) b[i] = (byte) path.charAt(i);
        var dec = java.nio.charset.StandardCharsets.UTF_8.newDecoder();
        String s;
        try {
            s = dec.decode(java.nio.ByteBuffer.wrap(b)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return "import path contains invalid UTF-8 sequence";
        }
        String q = dev.rt0gen.source.Strconv.quote(path);
        for (int i = 0; i < s.length(); ) {
            int r = s.codePointAt(i);
            i += Character.charCount(r);
            if (r < 0x20 || r == 0x7f) return "import path contains control character " + q;
            if (Character.isWhitespace(r) || Character.isSpaceChar(r)) return "import path contains space character " + q;
            if ("!\"#$%&'()*,:;<=>?[]^`{|}".indexOf(r) >= 0) {
                return "import path contains invalid character '" + Character.toString(r) + "' in " + q;
            }
        }
        return null;
    }

    private void varDecl(List<? super Decl.Var> out) throws CompileException {
        if (got("(")) {
            while (!isOp(")")) {
                out.add(varSpec());
                if (!isOp(")")) wantSemi("after var spec; possibly missing semicolon or newline or )");
            }
            next();
        } else {
            out.add(varSpec());
        }
    }

    private Decl.Var varSpec() throws CompileException {
        Pos pos = tok().pos();
        List<Expr.Ident> names = nameList();
        Expr type = null;
        List<Expr> values = List.of();
        if (got("=")) {
            values = exprList();
        } else {
            type = type();
            if (got("=")) values = exprList();
        }
        return new Decl.Var(pos, names, type, values);
    }

    private void typeDecl(List<? super Decl.TypeDecl> out) throws CompileException {
        if (got("(")) {
            while (!isOp(")")) {
                out.add(typeSpec());
                if (!isOp(")")) wantSemi("after type spec; possibly missing semicolon or newline or )");
            }
            next();
        } else {
            out.add(typeSpec());
        }
    }

    private Decl.TypeDecl typeSpec() throws CompileException {
        Pos pos = tok().pos();
        Expr.Ident name = name();
        // type T[P any] …: a type parameter list (type T [N]int and type T [N+1]int are array types)
        if (isOp("[") && peekTok(1).kind() == Kind.IDENT && typeParamFollows(peekTok(2))) {
            throw Supported.reject(Construct.GENERIC_TYPES, tok().pos());
        }
        if (isOp("=")) throw Supported.reject(Construct.TYPE_ALIASES, tok().pos());
        return new Decl.TypeDecl(pos, name, type());
    }

    /** After {@code type T [P}: whether {@code t} continues a type parameter list rather than an array length. */
    private static boolean typeParamFollows(Token t) {
        if (t.kind() == Kind.IDENT || t.kind() == Kind.KEYWORD) return true;   // [P any], [P interface{…}]
        return t.isOp(",") || t.isOp("~") || t.isOp("[") || t.isOp("(");   // [P, Q any], [P ~int], [P []E]
    }

    private void constDecl(List<? super Decl.Const> out) throws CompileException {
        if (got("(")) {
            int iota = 0;
            Decl.Const prev = null;
            while (!isOp(")")) {
                Decl.Const c = constSpec(iota, prev);
                out.add(c);
                prev = c;
                iota++;
                if (!isOp(")")) wantSemi("after const spec; possibly missing semicolon or newline or )");
            }
            next();
        } else {
            out.add(constSpec(0, null));
        }
    }

    private Decl.Const constSpec(int iota, Decl.Const prev) throws CompileException {
        Pos pos = tok().pos();
        List<Expr.Ident> names = nameList();
        Expr type = null;
        List<Expr> values = List.of();
        if (!isSemi() && !isOp(")")) {
            if (!isOp("=")) type = type();
            want("=");
            values = exprList();
        }
        if (values.isEmpty()) {
            if (type != null) throw new CompileException(type.pos(), "syntax error: const declaration cannot have type without expression");
            if (prev == null) return new Decl.Const(pos, names, null, List.of(), iota, false);   // the checker reports it
            return new Decl.Const(pos, names, prev.type(), prev.values(), iota, true);
        }
        return new Decl.Const(pos, names, type, values, iota, false);
    }

    private List<Expr.Ident> nameList() throws CompileException {
        List<Expr.Ident> names = new ArrayList<>();
        names.add(name());
        while (got(",")) names.add(name());
        return names;
    }

    /** A type; gc's type_: "expected type" when there is none. */
    private Expr type() throws CompileException {
        Expr t = typeOrNil();
        if (t == null) throw syntaxError("expected type");
        return t;
    }

    /**
     * gc's typeOrNil: a type name ({@code T}, {@code pkg.T}), a pointer type ({@code *T}, a
     * {@link Expr.Unary}), a parenthesized type or a type literal; null when none starts here.
     * Every level of a type literal is one level of nesting.
     */
    private Expr typeOrNil() throws CompileException {
        Token t = tok();
        Pos pos = t.pos();
        if (t.kind() == Kind.IDENT) return typeName();
        if (!atTypeStart()) return null;
        enter();
        Expr out;
        if (t.isOp("*")) {
            next();
            out = new Expr.Unary(pos, "*", type());
        } else if (t.isOp("<-")) {
            next();
            if (!isKw("chan")) throw syntaxError("expected chan");
            next();
            out = new Expr.ChanType(pos, Expr.ChanDir.RECV, chanElem());
        } else if (t.isOp("(")) {
            next();
            Expr x = type();
            want(")");
            out = new Expr.Paren(pos, x);
        } else if (t.isOp("[")) {
            out = arrayOrSliceType();
        } else {
            out = switch (t.text()) {
                case "func" -> {
                    next();
                    yield signature(pos);
                }
                case "chan" -> {
                    next();
                    Expr.ChanDir dir = got("<-") ? Expr.ChanDir.SEND : Expr.ChanDir.BOTH;
                    yield new Expr.ChanType(pos, dir, chanElem());
                }
                case "map" -> {
                    next();
                    want("[");
                    Expr key = type();
                    want("]");
                    yield new Expr.MapType(pos, key, type());
                }
                case "struct" -> structType();
                default -> interfaceType();
            };
        }
        leave(1);
        return out;
    }

    /** {@code T} or {@code pkg.T}. */
    private Expr typeName() throws CompileException {
        Expr.Ident n = name();
        if (isOp(".") ) {
            next();
            return new Expr.Selector(n.pos(), n, name());
        }
        return n;
    }

    /** gc's chanElem: the element type of a channel type. */
    private Expr chanElem() throws CompileException {
        Expr t = typeOrNil();
        if (t == null) throw syntaxError("missing channel element type");
        return t;
    }

    /** {@code []T}, {@code [N]T} or {@code [...]T}, at the {@code [}. */
    private Expr arrayOrSliceType() throws CompileException {
        Pos pos = want("[").pos();
        if (got("]")) return new Expr.SliceType(pos, type());
        Expr len;
        if (isOp("...") && peekTok(1).isOp("]")) {
            len = new Expr.Ellipsis(next().pos(), null);
        } else {
            xnest++;
            len = expr();
            xnest--;
        }
        want("]");
        return new Expr.ArrayType(pos, len, type());
    }

    private boolean atTypeStart() {
        Token t = tok();
        return t.kind() == Kind.IDENT || t.isOp("[") || t.isOp("*") || t.isOp("(") || t.isOp("<-")
                || t.kind() == Kind.KEYWORD && List.of("map", "chan", "func", "struct", "interface").contains(t.text());
    }

    /** {@code struct { fields }}, at the keyword. */
    private Expr.StructType structType() throws CompileException {
        Pos pos = next().pos();
        want("{");
        List<Expr.Field> fields = new ArrayList<>();
        while (!isOp("}")) {
            fieldDecl(fields);
            if (!isOp("}")) wantSemi("in struct type; possibly missing semicolon or newline or }");
        }
        next();
        return new Expr.StructType(pos, fields);
    }

    /** gc's fieldDecl: {@code a, b T "tag"}, or an embedded {@code T}, {@code *T}, {@code pkg.T}, {@code *pkg.T}. */
    private void fieldDecl(List<Expr.Field> out) throws CompileException {
        Token t = tok();
        if (t.kind() == Kind.IDENT) {
            Token n = peekTok(1);
            if (n.isOp(".") || n.kind() == Kind.SEMI || n.isOp("}") || n.kind() == Kind.STRING) {
                Expr type = typeName();
                out.add(new Expr.Field(null, type, tag()));
                return;
            }
            List<Expr.Ident> names = nameList();
            Expr type = type();
            Expr.StringLit tag = tag();
            for (Expr.Ident name : names) out.add(new Expr.Field(name, type, tag));
            return;
        }
        if (t.isOp("*")) {
            next();
            if (isOp("(")) throw syntaxError("cannot parenthesize embedded type");
            Expr type = new Expr.Unary(t.pos(), "*", typeName());
            out.add(new Expr.Field(null, type, tag()));
            return;
        }
        if (t.isOp("(")) throw syntaxError("cannot parenthesize embedded type");
        throw syntaxError("expected field name or embedded type");
    }

    private Expr.StringLit tag() {
        if (tok().kind() != Kind.STRING) return null;
        Token t = next();
        return new Expr.StringLit(t.pos(), t.text(), (String) t.value());
    }

    /** {@code interface { methods and embedded types }}, at the keyword. */
    private Expr.InterfaceType interfaceType() throws CompileException {
        Pos pos = next().pos();
        want("{");
        List<Expr.Method> methods = new ArrayList<>();
        List<Expr> embeddeds = new ArrayList<>();
        while (!isOp("}")) {
            if (tok().kind() == Kind.IDENT && peekTok(1).isOp("(")) {
                Expr.Ident name = name();
                methods.add(new Expr.Method(name, signature(name.pos())));
            } else {
                // a type set ({@code ~int | string}) makes the interface a constraint: generics
                if (isOp("~")) throw Supported.reject(Construct.GENERIC_TYPES, tok().pos());
                Expr t = type();
                if (isOp("|")) throw Supported.reject(Construct.GENERIC_TYPES, tok().pos());
                embeddeds.add(t);
            }
            if (!isOp("}")) wantSemi("in interface type; possibly missing semicolon or newline or }");
        }
        next();
        return new Expr.InterfaceType(pos, methods, embeddeds);
    }

    /** A function's parameters and results, after {@code func} (or a method's name in an interface) at {@code pos}. */
    private Expr.FuncType signature(Pos pos) throws CompileException {
        List<Decl.Param> params = paramList();
        return new Expr.FuncType(pos, params, results());
    }

    /** gc's funcResult: {@code (r int, err error)}, a type, or nothing. */
    private List<Decl.Param> results() throws CompileException {
        if (isOp("(")) return paramList();
        Expr t = typeOrNil();
        return t == null ? List.of() : List.of(new Decl.Param(null, t));
    }

    private Decl.Func funcDecl() throws CompileException {
        Pos pos = next().pos();
        Decl.Param recv = null;
        Pos recvPos = null;
        if (isOp("(")) {
            recvPos = tok().pos();
            List<Decl.Param> rs = paramList();
            if (rs.isEmpty()) throw new CompileException(tok().pos(), "method has no receiver");
            if (rs.size() > 1) throw new CompileException(tok().pos(), "method has multiple receivers");
            recv = rs.get(0);
        }
        if (tok().kind() != Kind.IDENT) throw syntaxError(recv == null ? "expected name or (" : "expected name");
        Expr.Ident name = name();
        if (isOp("[")) throw Supported.reject(Construct.GENERIC_FUNCS, tok().pos());
        List<Decl.Param> params = paramList();
        List<Decl.Param> results = results();
        Stmt.Block body = null;
        if (isOp("{")) body = funcBody();
        return new Decl.Func(pos, recv, name, params, results, body, recvPos, pragmas(pos.line()));
    }

    /**
     * The directives ({@code go:nosplit}, …) in the comment lines right above a declaration at
     * {@code line}, as gc's noder gives a function the pragmas of its doc comment: the names
     * only ({@code go:nosplit}), in source order.
     */
    private List<String> pragmas(int line) {
        List<String> out = new ArrayList<>();
        for (int l = line - 1; directives.containsKey(l); l--) {
            String d = directives.get(l);
            int sp = d.indexOf(' ');
            out.add(0, sp < 0 ? d : d.substring(0, sp));
        }
        return out;
    }

    /** A function's body: the composite-literal restriction of an enclosing header does not reach in. */
    private Stmt.Block funcBody() throws CompileException {
        int outer = xnest;
        xnest = 0;
        Stmt.Block b = block();
        xnest = outer;
        return b;
    }

    /** One entry of a parameter list: a name, a type, or both. */
    private record ParamEntry(Expr.Ident name, Expr type) {
    }

    /**
     * gc's paramList: {@code (a, b int, c ...string)} or {@code (int, []string)}: either every
     * entry has a name (names without a type take the next type), or none has. The type of a
     * variadic parameter is an {@link Expr.Ellipsis}.
     */
    private List<Decl.Param> paramList() throws CompileException {
        want("(");
        enter();
        List<ParamEntry> entries = new ArrayList<>();
        boolean named = false;
        while (!isOp(")")) {
            if (tok().kind() == Kind.IDENT) {
                Expr.Ident n = name();
                if (isOp(".")) {
                    next();
                    entries.add(new ParamEntry(null, new Expr.Selector(n.pos(), n, name())));
                } else if (isOp("...") || atTypeStart()) {
                    entries.add(new ParamEntry(n, paramType()));
                    named = true;
                } else {
                    entries.add(new ParamEntry(null, n));   // a name or a type: the others say
                }
            } else {
                Expr t = isOp("...") ? paramType() : typeOrNil();
                if (t == null) throw syntaxError("expected )");
                entries.add(new ParamEntry(null, t));
            }
            if (!got(",")) {
                if (!isOp(")")) throw syntaxError("in parameter list; possibly missing comma or )");
            }
        }
        next();
        leave(1);
        List<Decl.Param> out = new ArrayList<>();
        if (!named) {
            for (ParamEntry e : entries) out.add(new Decl.Param(null, e.type()));
            return out;
        }
        List<Expr.Ident> pending = new ArrayList<>();
        for (ParamEntry e : entries) {
            if (e.name() != null) {
                for (Expr.Ident n : pending) out.add(new Decl.Param(n, e.type()));
                pending.clear();
                out.add(new Decl.Param(e.name(), e.type()));
            } else if (e.type() instanceof Expr.Ident n) {
                pending.add(n);
            } else {
                throw new CompileException(e.type().pos(), "syntax error: mixed named and unnamed parameters");
            }
        }
        if (!pending.isEmpty()) {
            throw new CompileException(pending.get(pending.size() - 1).pos(), "syntax error: mixed named and unnamed parameters");
        }
        return out;
    }

    /** A parameter's type: {@code T} or {@code ...T}. */
    private Expr paramType() throws CompileException {
        if (isOp("...")) {
            Pos pos = next().pos();
            return new Expr.Ellipsis(pos, type());
        }
        return type();
    }

    // ---- statements --------------------------------------------------------------------

    private Stmt.Block block() throws CompileException {
        enter();
        Pos pos = want("{").pos();
        List<Stmt> stmts = stmtList();
        if (!isOp("}")) throw syntaxError("expected }");
        Pos rbrace = next().pos();
        leave(1);
        return new Stmt.Block(pos, stmts, rbrace);
    }

    private List<Stmt> stmtList() throws CompileException {
        List<Stmt> out = new ArrayList<>();
        while (tok().kind() != Kind.EOF && !isOp("}") && !isKw("case") && !isKw("default")) {
            if (isSemi()) {
                next();
                continue;
            }
            out.add(stmt());
            if (isOp("}") || isKw("case") || isKw("default")) break;
            if (!isSemi()) throw syntaxError("at end of statement");
            next();
        }
        return out;
    }

    private Stmt stmt() throws CompileException {
        enter();
        Stmt s = stmt0();
        leave(1);
        return s;
    }

    private Stmt stmt0() throws CompileException {
        Token t = tok();
        if (t.kind() == Kind.KEYWORD) {
            switch (t.text()) {
                case "var" -> {
                    next();
                    List<Decl.Var> specs = new ArrayList<>();
                    varDecl(specs);
                    return declStmt(t.pos(), specs);
                }
                case "const" -> {
                    next();
                    List<Decl.Const> specs = new ArrayList<>();
                    constDecl(specs);
                    return declStmt(t.pos(), specs);
                }
                case "if" -> {
                    return ifStmt();
                }
                case "for" -> {
                    return forStmt();
                }
                case "switch" -> {
                    return switchStmt();
                }
                case "return" -> {
                    next();
                    List<Expr> results = isSemi() || isOp("}") ? List.of() : exprList();
                    return new Stmt.Return(t.pos(), results);
                }
                case "break", "continue" -> {
                    next();
                    Expr.Ident label = tok().kind() == Kind.IDENT ? name() : null;
                    return t.text().equals("break") ? new Stmt.Break(t.pos(), label) : new Stmt.Continue(t.pos(), label);
                }
                case "goto" -> {
                    next();
                    return new Stmt.Goto(t.pos(), name());
                }
                case "fallthrough" -> {
                    next();
                    return new Stmt.Fallthrough(t.pos());
                }
                case "go", "defer" -> {
                    next();
                    Expr x = expr();
                    if (!(unparen(x) instanceof Expr.Call c)) {
                        throw new CompileException(x.pos(), "syntax error: expression in " + t.text() + " must be function call");
                    }
                    return t.text().equals("go") ? new Stmt.Go(t.pos(), c) : new Stmt.Defer(t.pos(), c);
                }
                case "select" -> {
                    return selectStmt();
                }
                case "type" -> {
                    next();
                    List<Decl.TypeDecl> specs = new ArrayList<>();
                    typeDecl(specs);
                    return declStmt(t.pos(), specs);
                }
                default -> {
                }
            }
        }
        if (t.isOp("{")) return block();
        if (t.isOp(";")) return new Stmt.Empty(t.pos());
        if (!startsSimpleStmt(t)) throw syntaxError("expected }");
        if (t.kind() == Kind.IDENT && peekTok(1).isOp(":")) return labeledStmt();
        return simpleStmt("");
    }

    /** gc's labeledStmtOrNil: {@code L:} then a statement, an empty one before a closing brace. */
    private Stmt.Labeled labeledStmt() throws CompileException {
        Expr.Ident label = name();
        Pos colon = want(":").pos();
        if (isOp("}")) return new Stmt.Labeled(label.pos(), label, colon, new Stmt.Empty(tok().pos()));
        Token t = tok();
        // gc's stmtOrNil: what starts a statement
        boolean startsStmt = t.isOp("{") || t.isOp(";") || startsSimpleStmt(t) || t.kind() == Kind.KEYWORD
                && List.of("var", "const", "type", "if", "for", "switch", "select", "return", "break", "continue",
                "go", "defer", "goto", "fallthrough").contains(t.text());
        if (!startsStmt) throw new CompileException(colon, "syntax error: missing statement after label");
        return new Stmt.Labeled(label.pos(), label, colon, stmt());
    }

    /** Whether gc's stmtOrNil would start a simple statement (an expression) here. */
    private static boolean startsSimpleStmt(Token t) {
        return switch (t.kind()) {
            case IDENT, INT, FLOAT, IMAG, CHAR, STRING -> true;
            case KEYWORD -> List.of("func", "map", "chan", "struct", "interface").contains(t.text());
            case OP -> List.of("(", "[", "+", "-", "!", "^", "*", "&", "<-").contains(t.text());
            default -> false;
        };
    }

    private static Expr unparen(Expr e) {
        while (e instanceof Expr.Paren p) e = p.x();
        return e;
    }

    private Stmt declStmt(Pos pos, List<? extends Decl> specs) {
        return new Stmt.DeclStmt(pos, new ArrayList<>(specs));
    }

    /**
     * gc's simpleStmt. {@code keyword} is the statement whose header it is in: after
     * {@code for} a range clause may follow {@code =} or {@code :=} (or stand alone), returned
     * as a {@link Stmt.ForRange} without body; after {@code switch}, {@code x := y.(type)} is an
     * Assign whose right-hand side is a {@link Expr.TypeAssert} without type (the switch makes
     * it a {@link Stmt.TypeSwitch}).
     */
    private Stmt simpleStmt(String keyword) throws CompileException {
        Pos pos = tok().pos();
        if (keyword.equals("for") && isKw("range")) {
            Pos rangePos = next().pos();
            return new Stmt.ForRange(pos, null, null, false, expr(), null, rangePos);
        }
        List<Expr> lhs = exprList();
        Token t = tok();
        if (t.kind() == Kind.OP) {
            switch (t.text()) {
                case ":=", "=" -> {
                    next();
                    if (keyword.equals("for") && isKw("range")) {
                        Pos rangePos = next().pos();
                        if (lhs.size() > 2) {
                            throw new CompileException(lhs.get(2).pos(), "range clause permits at most two iteration variables");
                        }
                        return new Stmt.ForRange(pos, lhs.get(0), lhs.size() > 1 ? lhs.get(1) : null, t.text().equals(":="), expr(), null, rangePos);
                    }
                    return new Stmt.Assign(pos, lhs, t.text(), t.pos(), exprList());
                }
                case "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>=", "&^=" -> {
                    next();
                    if (lhs.size() > 1) throw new CompileException(t.pos(), "syntax error: unexpected " + t.text() + ", expected := or = or comma");
                    Expr rhs = expr();
                    return new Stmt.Assign(pos, lhs, t.text(), t.pos(), List.of(rhs));
                }
                case "++", "--" -> {
                    if (lhs.size() > 1) throw new CompileException(t.pos(), "syntax error: unexpected " + t.text() + ", expected := or = or comma");
                    next();
                    return new Stmt.IncDec(pos, lhs.get(0), t.text());
                }
                case "<-" -> {
                    if (lhs.size() > 1) throw new CompileException(t.pos(), "syntax error: unexpected " + t.text() + ", expected := or = or comma");
                    next();
                    return new Stmt.Send(pos, lhs.get(0), expr(), t.pos());
                }
                default -> {
                }
            }
        }
        if (lhs.size() > 1) throw syntaxError("expected := or = or comma");
        return new Stmt.ExprStmt(pos, lhs.get(0));
    }

    private Stmt.If ifStmt() throws CompileException {
        Pos pos = next().pos();
        Stmt init = null;
        Expr cond = null;
        if (isOp("{")) throw new CompileException(tok().pos(), "syntax error: missing condition in if statement");
        int outer = xnest;
        xnest = -1;
        if (!isSemi()) init = simpleStmt("if");
        if (isSemi()) {
            Token semi = next();
            if (isOp("{")) {
                throw new CompileException(semi.text().equals("newline") ? semi.pos() : tok().pos(), "syntax error: missing condition in if statement");
            }
            Stmt c = simpleStmt("if");
            cond = condition(c, "if");
        } else {
            cond = condition(init, "if");
            init = null;
        }
        xnest = outer;
        if (!isOp("{")) throw syntaxError("expected {");
        Stmt.Block then = block();
        Stmt els = null;
        if (isKw("else")) {
            next();
            if (isKw("if")) {
                els = ifStmt();
            } else if (isOp("{")) {
                els = block();
            } else {
                throw syntaxError("else must be followed by if or statement block");
            }
        }
        return new Stmt.If(pos, init, cond, then, els);
    }

    private Expr condition(Stmt s, String what) throws CompileException {
        if (s instanceof Stmt.ExprStmt e) return e.x();
        throw new CompileException(s.pos(), "syntax error: cannot use " + describeStmt(s) + " as value");
    }

    private static String describeStmt(Stmt s) {
        if (s instanceof Stmt.Assign a) {
            if (a.op().equals(":=")) return Expr.show(a.lhs().get(0)) + " := " + Expr.show(a.rhs().get(0));
            return "assignment " + Expr.show(a.lhs().get(0)) + " " + a.op() + " " + Expr.show(a.rhs().get(0));
        }
        if (s instanceof Stmt.Send snd) return Expr.show(snd.ch()) + " <- " + Expr.show(snd.value());
        return "statement";
    }

    /** A for statement: a {@link Stmt.For} or a {@link Stmt.ForRange}. */
    private Stmt forStmt() throws CompileException {
        Pos pos = next().pos();
        Stmt init = null;
        Expr cond = null;
        Stmt post = null;
        if (!isOp("{")) {
            int outer = xnest;
            xnest = -1;
            Stmt first = isSemi() ? null : simpleStmt("for");
            if (first instanceof Stmt.ForRange r) {
                xnest = outer;
                if (!isOp("{")) throw syntaxError("expected {");
                return new Stmt.ForRange(pos, r.key(), r.value(), r.define(), r.x(), block(), r.rangePos());
            }
            if (isSemi()) {
                // three-clause loop
                init = first;
                next();
                if (!isSemi()) cond = condition(simpleStmt(""), "for");
                if (!isSemi()) throw syntaxError("expected for loop condition");
                next();
                if (!isOp("{")) post = simpleStmt("");
                if (post instanceof Stmt.Assign a && a.op().equals(":=")) {
                    throw new CompileException(post.pos(), "syntax error: cannot declare in post statement of for loop");
                }
                if (!isOp("{")) throw syntaxError("expected { after for clause");
            } else {
                cond = condition(first, "for");
            }
            xnest = outer;
        }
        if (!isOp("{")) throw syntaxError("expected for loop condition");
        return new Stmt.For(pos, init, cond, post, block());
    }

    /** A switch statement: a {@link Stmt.Switch} or, with an {@code x.(type)} guard, a {@link Stmt.TypeSwitch}. */
    private Stmt switchStmt() throws CompileException {
        Pos pos = next().pos();
        Stmt init = null;
        Stmt header = null;
        if (!isOp("{")) {
            int outer = xnest;
            xnest = -1;
            Stmt first = isSemi() ? null : simpleStmt("switch");
            if (isSemi()) {
                next();
                init = first;
                if (!isOp("{")) header = simpleStmt("switch");
            } else {
                header = first;
            }
            xnest = outer;
        }
        Expr.Ident bind = null;
        Expr.TypeAssert guard = null;
        if (header instanceof Stmt.ExprStmt es && es.x() instanceof Expr.TypeAssert ta && ta.type() == null) {
            guard = ta;
        } else if (header instanceof Stmt.Assign a && a.op().equals(":=") && a.lhs().size() == 1 && a.rhs().size() == 1
                && a.lhs().get(0) instanceof Expr.Ident id && a.rhs().get(0) instanceof Expr.TypeAssert ta && ta.type() == null) {
            bind = id;
            guard = ta;
        }
        Expr tag = guard != null || header == null ? null : condition(header, "switch");
        if (!isOp("{")) throw syntaxError("expected {");
        next();
        List<Stmt.CaseClause> clauses = new ArrayList<>();
        while (!isOp("}")) {
            Token t = tok();
            List<Expr> values = List.of();
            boolean isDefault = false;
            if (t.isKeyword("case")) {
                next();
                values = exprList();
            } else if (t.isKeyword("default")) {
                next();
                isDefault = true;
            } else {
                throw syntaxError("expected case or default or }");
            }
            want(":");
            clauses.add(new Stmt.CaseClause(t.pos(), values, isDefault, stmtList()));
        }
        Pos rbrace = next().pos();
        if (guard != null) return new Stmt.TypeSwitch(pos, init, bind, guard.x(), guard.lparen(), clauses, rbrace);
        return new Stmt.Switch(pos, init, tag, clauses, rbrace);
    }

    /** {@code select { case comm: … default: … }}. */
    private Stmt.Select selectStmt() throws CompileException {
        Pos pos = next().pos();
        if (!isOp("{")) throw syntaxError("expected {");
        next();
        List<Stmt.CommClause> clauses = new ArrayList<>();
        while (!isOp("}")) {
            Token t = tok();
            Stmt comm = null;
            if (t.isKeyword("case")) {
                next();
                comm = simpleStmt("");
            } else if (!t.isKeyword("default")) {
                throw syntaxError("expected case or default or }");
            } else {
                next();
            }
            want(":");
            clauses.add(new Stmt.CommClause(t.pos(), comm, stmtList()));
        }
        Pos rbrace = next().pos();
        return new Stmt.Select(pos, clauses, rbrace);
    }

    // ---- expressions -------------------------------------------------------------------

    private List<Expr> exprList() throws CompileException {
        List<Expr> out = new ArrayList<>();
        out.add(expr());
        while (got(",")) out.add(expr());
        return out;
    }

    private static int precedence(Token t) {
        if (t.kind() != Kind.OP) return 0;
        return switch (t.text()) {
            case "||" -> 1;
            case "&&" -> 2;
            case "==", "!=", "<", "<=", ">", ">=" -> 3;
            case "+", "-", "|", "^" -> 4;
            case "*", "/", "%", "<<", ">>", "&", "&^" -> 5;
            default -> 0;
        };
    }

    Expr expr() throws CompileException {
        enter();
        Expr x = binaryExpr(1);
        leave(1);
        return x;
    }

    private Expr binaryExpr(int prec) throws CompileException {
        Expr x = unaryExpr();
        int chain = 0;
        while (true) {
            int q = precedence(tok());
            if (q < prec) {
                leave(chain);
                return x;
            }
            enter();
            chain++;
            Token op = next();
            Expr y = binaryExpr(q + 1);
            x = new Expr.Binary(x.pos(), x, op.text(), op.pos(), y);
        }
    }

    private Expr unaryExpr() throws CompileException {
        Token t = tok();
        if (t.kind() == Kind.OP) {
            switch (t.text()) {
                case "+", "-", "!", "^", "*", "&" -> {
                    enter();
                    next();
                    Expr x = unaryExpr();
                    leave(1);
                    return new Expr.Unary(t.pos(), t.text(), x);
                }
                case "<-" -> {
                    enter();
                    next();
                    Expr x = unaryExpr();
                    leave(1);
                    if (x instanceof Expr.ChanType c) return recvChan(t, c);
                    return new Expr.Unary(t.pos(), "<-", x);
                }
                default -> {
                }
            }
        }
        return primaryExpr();
    }

    /**
     * {@code <-chan E} read as a receive of {@code chan E}: gc re-associates the arrow with the
     * channel type, {@code <-chan chan E} being a receive-only channel of {@code chan E}.
     */
    private Expr.ChanType recvChan(Token arrow, Expr.ChanType c) throws CompileException {
        if (c.dir() == Expr.ChanDir.RECV) throw new CompileException(c.pos(), "syntax error: unexpected <-, expected chan");
        if (c.dir() == Expr.ChanDir.SEND) {
            // <-chan<- E: the arrow moves on to the element, which must be a channel type
            if (!(c.elem() instanceof Expr.ChanType inner)) {
                throw new CompileException(c.elem().pos(), "syntax error: unexpected " + Expr.show(c.elem()) + ", expected chan");
            }
            return new Expr.ChanType(arrow.pos(), Expr.ChanDir.RECV, recvChan(arrow, inner));
        }
        return new Expr.ChanType(arrow.pos(), Expr.ChanDir.RECV, c.elem());
    }

    /** An operand and its suffixes; each suffix ({@code f()()}, {@code a.b.c}, {@code a[i]}) is one level deeper. */
    private Expr primaryExpr() throws CompileException {
        Expr x = operand();
        int chain = 0;
        while (true) {
            if (isOp(".")) {
                enter();
                chain++;
                next();
                if (isOp("(")) {
                    Pos lparen = next().pos();
                    Expr type = null;
                    if (isKw("type")) next();
                    else type = type();
                    want(")");
                    x = new Expr.TypeAssert(x.pos(), x, lparen, type);
                } else {
                    if (tok().kind() != Kind.IDENT) throw syntaxError("expected name or (");
                    x = new Expr.Selector(x.pos(), x, name());
                }
            } else if (isOp("(")) {
                enter();
                chain++;
                Pos lparen = next().pos();
                xnest++;
                List<Expr> args = new ArrayList<>();
                Pos dots = null;
                while (!isOp(")")) {
                    args.add(expr());
                    if (isOp("...")) {
                        dots = next().pos();
                        got(",");
                        if (!isOp(")")) throw syntaxError("in argument list; possibly missing comma or )");
                        break;
                    }
                    if (!got(",")) {
                        if (!isOp(")")) throw syntaxError("in argument list; possibly missing comma or )");
                    }
                }
                xnest--;
                Pos rparen = next().pos();
                x = new Expr.Call(x.pos(), x, args, rparen, dots, lparen);
            } else if (isOp("[")) {
                enter();
                chain++;
                x = indexOrSlice(x);
            } else if (isOp("{") && complitType(x)) {
                if (unparen(x) != x) throw syntaxError("cannot parenthesize type in composite literal");
                enter();
                chain++;
                x = complit(x);
            } else {
                leave(chain);
                return x;
            }
        }
    }

    /**
     * Whether a {@code {} after x starts a composite literal of type x (gc's pexpr): after a type
     * literal always; after a type name only outside the header of an if, for or switch
     * (unless parenthesized there), where the brace opens the block.
     */
    private boolean complitType(Expr x) {
        Expr t = unparen(x);
        if (t instanceof Expr.Ident || t instanceof Expr.Selector) return xnest >= 0;
        return t instanceof Expr.ArrayType || t instanceof Expr.SliceType || t instanceof Expr.StructType || t instanceof Expr.MapType;
    }

    /** {@code x[i]}, {@code x[lo:hi]}, {@code x[lo:hi:max]}, at the {@code [}. */
    private Expr indexOrSlice(Expr x) throws CompileException {
        Pos lbrack = next().pos();
        xnest++;
        Expr lo = null;
        if (!isOp(":")) {
            if (isOp("]")) throw syntaxError("expected operand");
            lo = expr();
            if (isOp(",")) throw Supported.reject(Construct.GENERIC_FUNCS, lbrack);   // f[A, B]: an instantiation
            if (isOp("]")) {
                Pos rbrack = next().pos();
                xnest--;
                return new Expr.Index(x.pos(), x, lbrack, lo, rbrack);
            }
        }
        if (!got(":")) throw syntaxError("expected comma, : or ]");
        Expr hi = null, max = null;
        boolean full = false;
        if (!isOp(":") && !isOp("]")) hi = expr();
        if (isOp(":")) {
            full = true;
            if (hi == null) throw new CompileException(tok().pos(), "middle index required in 3-index slice");
            next();
            if (isOp("]")) throw new CompileException(tok().pos(), "final index required in 3-index slice");
            max = expr();
        }
        xnest--;
        want("]");
        return new Expr.SliceExpr(x.pos(), x, lbrack, lo, hi, max, full);
    }

    /** gc's complitexpr: {@code {elems}} after its type (null for an elided one), at the {@code {}. */
    private Expr.CompositeLit complit(Expr type) throws CompileException {
        Pos lbrace = want("{").pos();
        xnest++;
        List<Expr> elems = new ArrayList<>();
        while (!isOp("}")) {
            Expr e = element();
            if (isOp(":")) {
                next();
                e = new Expr.KeyValue(e.pos(), e, element());
            }
            elems.add(e);
            if (!got(",")) {
                if (!isOp("}")) throw syntaxError("in composite literal; possibly missing comma or }");
            }
        }
        xnest--;
        Pos rbrace = next().pos();
        return new Expr.CompositeLit(type != null ? type.pos() : lbrace, type, elems, rbrace);
    }

    /** An element or key of a composite literal: an expression, or an elided literal {@code {…}}. */
    private Expr element() throws CompileException {
        if (!isOp("{")) return expr();
        enter();
        Expr e = complit(null);
        leave(1);
        return e;
    }

    private Expr operand() throws CompileException {
        Token t = tok();
        switch (t.kind()) {
            case IDENT -> {
                next();
                return new Expr.Ident(t.pos(), t.text());
            }
            case INT -> {
                next();
                return new Expr.IntLit(t.pos(), t.text(), (java.math.BigInteger) t.value());
            }
            case STRING -> {
                next();
                return new Expr.StringLit(t.pos(), t.text(), (String) t.value());
            }
            case FLOAT -> {
                next();
                return new Expr.FloatLit(t.pos(), t.text());
            }
            case IMAG -> {
                next();
                return new Expr.ImagLit(t.pos(), t.text());
            }
            case CHAR -> {
                next();
                return new Expr.RuneLit(t.pos(), t.text(), (Integer) t.value());
            }
            case KEYWORD -> {
                if (t.text().equals("func")) {
                    enter();
                    next();
                    Expr.FuncType ft = signature(t.pos());
                    Expr out = isOp("{") ? new Expr.FuncLit(t.pos(), ft, funcBody()) : ft;
                    leave(1);
                    return out;
                }
                if (List.of("map", "chan", "struct", "interface").contains(t.text())) return type();
            }
            case OP -> {
                if (t.text().equals("(")) {
                    next();
                    xnest++;
                    Expr x = expr();
                    xnest--;
                    want(")");
                    return new Expr.Paren(t.pos(), x);
                }
                if (t.text().equals("[")) return type();
            }
            default -> {
            }
        }
        throw syntaxError("expected expression");
    }
}
