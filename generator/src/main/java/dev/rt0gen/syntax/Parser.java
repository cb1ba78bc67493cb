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

    private Parser(List<Token> toks) {
        this.toks = toks;
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
        return new SyntaxTree(all, tree.godebugDefault());
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
        return new Parser(Lexer.tokenize(f)).file(f.display());
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
        return new SyntaxTree.File(display, pkgName, imports, decls);
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
        Expr.Ident type = null;
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
        // type T[P any] …: a type parameter list (type T [N]int, an array type, has ']' after the name)
        if (isOp("[") && peekTok(1).kind() == Kind.IDENT && !peekTok(2).isOp("]")) {
            throw Supported.reject(Construct.GENERIC_TYPES, tok().pos());
        }
        if (isOp("=")) throw Supported.reject(Construct.TYPE_ALIASES, tok().pos());
        return new Decl.TypeDecl(pos, name, type());
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
        Expr.Ident type = null;
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

    /** A type: in this subset a type name ({@code int}, {@code bool}, {@code string}). */
    private Expr.Ident type() throws CompileException {
        Token t = tok();
        if (t.kind() == Kind.IDENT) {
            Expr.Ident n = name();
            if (isOp(".")) throw Supported.reject(Construct.QUALIFIED_TYPE_NAMES, n.pos());
            return n;
        }
        if (t.isOp("[")) throw Supported.reject(Construct.ARRAY_SLICE_TYPES, t.pos());
        if (t.isOp("*")) throw Supported.reject(Construct.POINTER_TYPES, t.pos());
        if (t.isOp("(")) throw Supported.reject(Construct.PARENTHESIZED_TYPES, t.pos());
        if (t.isOp("<-")) throw Supported.reject(Construct.CHAN_TYPES, t.pos()); // a receive-only <-chan T
        if (t.kind() == Kind.KEYWORD && List.of("map", "chan", "func", "struct", "interface").contains(t.text())) {
            throw Supported.reject(Construct.typeLiteral(t.text()), t.pos());
        }
        throw syntaxError("expected type");
    }

    private boolean atTypeStart() {
        Token t = tok();
        return t.kind() == Kind.IDENT || t.isOp("[") || t.isOp("*") || t.isOp("(") || t.isOp("<-")
                || t.kind() == Kind.KEYWORD && List.of("map", "chan", "func", "struct", "interface").contains(t.text());
    }

    private Decl.Func funcDecl() throws CompileException {
        Pos pos = next().pos();
        if (isOp("(")) throw Supported.reject(Construct.METHODS, tok().pos());
        if (tok().kind() != Kind.IDENT) throw syntaxError("expected name or (");
        Expr.Ident name = name();
        if (isOp("[")) throw Supported.reject(Construct.GENERIC_FUNCS, tok().pos());
        List<Decl.Param> params = paramList();
        List<Decl.Param> results = List.of();
        if (isOp("(")) {
            results = paramList();
        } else if (atTypeStart()) {
            results = List.of(new Decl.Param(null, type()));
        }
        Stmt.Block body = null;
        if (isOp("{")) body = block();
        return new Decl.Func(pos, name, params, results, body);
    }

    /**
     * {@code (a, b int, c string)} or {@code (int, string)}: either every entry has a name
     * (names without a type take the next type), or none has.
     */
    private List<Decl.Param> paramList() throws CompileException {
        want("(");
        List<Expr.Ident[]> entries = new ArrayList<>();
        boolean named = false;
        while (!isOp(")")) {
            if (isOp("...")) throw Supported.reject(Construct.VARIADIC_PARAMS, tok().pos());
            Expr.Ident first = type();
            Expr.Ident second = null;
            if (isOp("...")) throw Supported.reject(Construct.VARIADIC_PARAMS, tok().pos());
            if (atTypeStart()) {
                second = type();
                named = true;
            }
            entries.add(new Expr.Ident[]{first, second});
            if (!got(",")) {
                if (!isOp(")")) throw syntaxError("in parameter list; possibly missing comma or )");
            }
        }
        next();
        List<Decl.Param> out = new ArrayList<>();
        if (!named) {
            for (Expr.Ident[] e : entries) out.add(new Decl.Param(null, e[0]));
            return out;
        }
        List<Expr.Ident> pending = new ArrayList<>();
        for (Expr.Ident[] e : entries) {
            if (e[1] == null) {
                pending.add(e[0]);
            } else {
                for (Expr.Ident n : pending) out.add(new Decl.Param(n, e[1]));
                pending.clear();
                out.add(new Decl.Param(e[0], e[1]));
            }
        }
        if (!pending.isEmpty()) {
            throw new CompileException(pending.get(pending.size() - 1).pos(), "syntax error: mixed named and unnamed parameters");
        }
        return out;
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
                case "go" -> {
                    next();
                    Expr x = expr();
                    if (!(unparen(x) instanceof Expr.Call c)) {
                        throw new CompileException(x.pos(), "syntax error: expression in go must be function call");
                    }
                    return new Stmt.Go(t.pos(), c);
                }
                case "func" -> throw Supported.reject(Construct.FUNC_LITS, t.pos());
                case "type" -> {
                    next();
                    List<Decl.TypeDecl> specs = new ArrayList<>();
                    typeDecl(specs);
                    return declStmt(t.pos(), specs);
                }
                case "defer", "select" -> throw Supported.reject(Construct.statement(t.text()), t.pos());
                default -> {
                }
            }
        }
        if (t.isOp("{")) return block();
        if (t.isOp(";")) return new Stmt.Empty(t.pos());
        if (!startsSimpleStmt(t)) throw syntaxError("expected }");
        if (t.kind() == Kind.IDENT && peekTok(1).isOp(":")) return labeledStmt();
        return simpleStmt();
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

    private Stmt simpleStmt() throws CompileException {
        Pos pos = tok().pos();
        List<Expr> lhs = exprList();
        Token t = tok();
        if (t.kind() == Kind.OP) {
            switch (t.text()) {
                case ":=", "=" -> {
                    next();
                    if (isKw("range")) throw Supported.reject(Construct.RANGE, tok().pos());
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
                case "<-" -> throw Supported.reject(Construct.CHANNEL_OPS, t.pos());
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
        if (!isSemi()) init = simpleStmt();
        if (isSemi()) {
            Token semi = next();
            if (isOp("{")) {
                throw new CompileException(semi.text().equals("newline") ? semi.pos() : tok().pos(), "syntax error: missing condition in if statement");
            }
            Stmt c = simpleStmt();
            cond = condition(c, "if");
        } else {
            cond = condition(init, "if");
            init = null;
        }
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
        return "statement";
    }

    private Stmt.For forStmt() throws CompileException {
        Pos pos = next().pos();
        Stmt init = null;
        Expr cond = null;
        Stmt post = null;
        if (!isOp("{")) {
            if (isKw("range")) throw Supported.reject(Construct.RANGE, tok().pos());
            Stmt first = isSemi() ? null : simpleStmt();
            if (isSemi()) {
                // three-clause loop
                init = first;
                next();
                if (!isSemi()) cond = condition(simpleStmt(), "for");
                if (!isSemi()) throw syntaxError("expected for loop condition");
                next();
                if (!isOp("{")) post = simpleStmt();
                if (post instanceof Stmt.Assign a && a.op().equals(":=")) {
                    throw new CompileException(post.pos(), "syntax error: cannot declare in post statement of for loop");
                }
                if (!isOp("{")) throw syntaxError("expected { after for clause");
            } else {
                cond = condition(first, "for");
            }
        }
        if (!isOp("{")) throw syntaxError("expected for loop condition");
        return new Stmt.For(pos, init, cond, post, block());
    }

    private Stmt.Switch switchStmt() throws CompileException {
        Pos pos = next().pos();
        Stmt init = null;
        Expr tag = null;
        if (!isOp("{")) {
            Stmt first = isSemi() ? null : simpleStmt();
            if (isSemi()) {
                next();
                init = first;
                if (!isOp("{")) tag = condition(simpleStmt(), "switch");
            } else {
                tag = condition(first, "switch");
            }
        }
        if (tag != null && isOp(".")) throw Supported.reject(Construct.TYPE_SWITCHES, tag.pos());
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
        return new Stmt.Switch(pos, init, tag, clauses, rbrace);
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
                case "+", "-", "!", "^" -> {
                    enter();
                    next();
                    Expr x = unaryExpr();
                    leave(1);
                    return new Expr.Unary(t.pos(), t.text(), x);
                }
                case "*", "&" -> throw Supported.reject(Construct.POINTERS, t.pos());
                case "<-" -> throw Supported.reject(Construct.CHANNEL_OPS, t.pos());
                default -> {
                }
            }
        }
        return primaryExpr();
    }

    /** An operand and its suffixes; each suffix ({@code f()()}, {@code a.b.c}) is one level deeper. */
    private Expr primaryExpr() throws CompileException {
        Expr x = operand();
        int chain = 0;
        while (true) {
            if (isOp(".")) {
                enter();
                chain++;
                next();
                if (isOp("(")) throw Supported.reject(Construct.TYPE_ASSERTIONS, tok().pos());
                x = new Expr.Selector(x.pos(), x, name());
            } else if (isOp("(")) {
                enter();
                chain++;
                next();
                List<Expr> args = new ArrayList<>();
                while (!isOp(")")) {
                    args.add(expr());
                    if (isOp("...")) throw Supported.reject(Construct.VARIADIC_CALLS, tok().pos());
                    if (!got(",")) {
                        if (!isOp(")")) throw syntaxError("in argument list; possibly missing comma or )");
                    }
                }
                Pos rparen = next().pos();
                x = new Expr.Call(x.pos(), x, args, rparen);
            } else if (isOp("[")) {
                throw Supported.reject(Construct.INDEX_SLICE_EXPRS, tok().pos());
            } else {
                leave(chain);
                return x;
            }
        }
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
            case IMAG -> throw Supported.reject(Construct.COMPLEX, t.pos());
            case CHAR -> {
                next();
                return new Expr.RuneLit(t.pos(), t.text(), (Integer) t.value());
            }
            case KEYWORD -> {
                if (t.text().equals("func")) throw Supported.reject(Construct.FUNC_LITS, t.pos());
                if (List.of("map", "chan", "struct", "interface").contains(t.text())) throw Supported.reject(Construct.typeLiteral(t.text()), t.pos());
            }
            case OP -> {
                if (t.text().equals("(")) {
                    next();
                    Expr x = expr();
                    want(")");
                    return new Expr.Paren(t.pos(), x);
                }
                if (t.text().equals("[")) throw Supported.reject(Construct.ARRAY_SLICE_TYPES, t.pos());
            }
            default -> {
            }
        }
        throw syntaxError("expected expression");
    }
}
