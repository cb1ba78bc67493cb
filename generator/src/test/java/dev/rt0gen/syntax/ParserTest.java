package dev.rt0gen.syntax;

import dev.rt0gen.source.CompileException;
import dev.rt0gen.source.SourceFile;
import dev.rt0gen.source.SourceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ParserTest {
    static SyntaxTree.File parse(String src) throws CompileException {
        return Parser.parseFile(new SourceFile("./main.go", src.getBytes(StandardCharsets.UTF_8)));
    }

    static String error(String body) {
        try {
            parse("package main\n\n" + body + "\n");
        } catch (CompileException e) {
            return e.getMessage();
        }
        throw new AssertionError("no syntax error");
    }

    @Test
    void precedenceAndAssociativity() throws Exception {
        SyntaxTree.File f = parse("package main\nvar x = 1 + 2*3 - 4 == 3 || !b && c\n");
        Decl.Var v = (Decl.Var) f.decls().get(0);
        Expr.Binary or = (Expr.Binary) v.values().get(0);
        assertThat(or.op()).isEqualTo("||");
        Expr.Binary eq = (Expr.Binary) or.x();
        assertThat(eq.op()).isEqualTo("==");
        Expr.Binary minus = (Expr.Binary) eq.x();
        assertThat(minus.op()).isEqualTo("-");
        assertThat(Expr.show(minus)).isEqualTo("1 + 2 * 3 - 4");
        assertThat(((Expr.Binary) minus.x()).y()).isInstanceOf(Expr.Binary.class);
        assertThat(((Expr.Binary) or.y()).op()).isEqualTo("&&");
    }

    @Test
    void functionsImportsAndGroupedParams() throws Exception {
        SyntaxTree.File f = parse("""
                package main

                import (
                	"os"
                	r "runtime"
                )

                func f(a, b int, s string) (int, bool) { return a, true }

                func main() {
                	x, y := f(1, 2, "s")
                	for i := 0; i < 3; i++ { continue }
                	switch x { case 1, 2: default: }
                	if y { } else if x > 1 { }
                	go f(1, 2, "x")
                }
                """);
        assertThat(f.imports()).extracting(Decl.Import::path).containsExactly("os", "runtime");
        assertThat(f.imports().get(1).name().name()).isEqualTo("r");
        Decl.Func fn = (Decl.Func) f.decls().get(0);
        assertThat(fn.params()).extracting(p -> p.name().name() + " " + Expr.show(p.type())).containsExactly("a int", "b int", "s string");
        assertThat(fn.results()).extracting(p -> Expr.show(p.type())).containsExactly("int", "bool");
        Decl.Func main = (Decl.Func) f.decls().get(1);
        assertThat(main.body().stmts()).hasSize(5);
        assertThat(main.body().stmts().get(1)).isInstanceOf(Stmt.For.class);
        assertThat(main.body().stmts().get(4)).isInstanceOf(Stmt.Go.class);
    }

    @Test
    void constRepetitionAndIota() throws Exception {
        SyntaxTree.File f = parse("package main\nconst (\n\ta = iota * 2\n\tb\n\tc, d = 5, 6\n\te, f\n)\n");
        Decl.Const b = (Decl.Const) f.decls().get(1);
        assertThat(b.iota()).isEqualTo(1);
        assertThat(b.implicit()).isTrue();
        assertThat(Expr.show(b.values().get(0))).isEqualTo("iota * 2");
        Decl.Const e = (Decl.Const) f.decls().get(3);
        assertThat(e.iota()).isEqualTo(3);
        assertThat(e.values()).hasSize(2);
    }

    @Test
    void syntaxErrorsWordedLikeGc() {
        // each message checked against go 1.26's go build
        assertThat(error("func main() { x := }")).isEqualTo("./main.go:3:20: syntax error: unexpected }, expected expression");
        assertThat(error("func main() { if true println() }")).isEqualTo("./main.go:3:23: syntax error: unexpected name println, expected {");
        assertThat(error("func main() { println(1 }")).isEqualTo("./main.go:3:25: syntax error: unexpected } in argument list; possibly missing comma or )");
        assertThat(error("func main() {\n\tx := 1 +\n}")).isEqualTo("./main.go:5:1: syntax error: unexpected }, expected expression");
        assertThat(error("func main() { println(\"a\") println() }")).isEqualTo("./main.go:3:28: syntax error: unexpected name println at end of statement");
        assertThat(error("x := 1")).isEqualTo("./main.go:3:1: syntax error: non-declaration statement outside function body");
    }

    @Test
    void unsupportedConstructsArePositioned() {
        // the parser rejects generics, type aliases and dot imports; the checker the rest (SupportedTest)
        assertThat(error("type T = int")).isEqualTo("./main.go:3:8: type aliases are not supported by rt0gen");
        assertThat(error("func main() { type G[P any] int }")).isEqualTo("./main.go:3:21: generic types are not supported by rt0gen");
        assertThat(error("func f[T any]() {}")).isEqualTo("./main.go:3:7: generic functions are not supported by rt0gen");
        assertThat(error("var x = f[int, string]")).isEqualTo("./main.go:3:10: generic functions are not supported by rt0gen");
        assertThat(error("type I interface{ ~int }")).isEqualTo("./main.go:3:19: generic types are not supported by rt0gen");
        assertThat(error("import . \"os\"")).isEqualTo("./main.go:3:8: dot imports are not supported by rt0gen");
    }

    private static Stmt.Block body(String src) throws CompileException {
        SyntaxTree.File f = parse("package main\n\nfunc main() {\n" + src + "\n}\n");
        return ((Decl.Func) f.decls().get(f.decls().size() - 1)).body();
    }

    private static Stmt stmt(String src) throws CompileException {
        return body(src).stmts().get(0);
    }

    private static Expr expr(String src) throws CompileException {
        return ((Stmt.ExprStmt) stmt(src)).x();
    }

    @Test
    void typeLiterals() throws Exception {
        SyntaxTree.File f = parse("""
                package main

                type (
                	A [4]int
                	S []string
                	M map[string][]int
                	C chan<- int
                	R <-chan chan int
                	F func(a, b int, c ...string) (r int, err error)
                	P *os.File
                	T struct {
                		a, b int
                		os.File
                		*U `json:"u"`
                		c func() int "tag"
                	}
                	I interface {
                		M(int) bool
                		error
                	}
                	Q (int)
                )
                """);
        List<Expr> types = f.decls().stream().map(d -> ((Decl.TypeDecl) d).type()).toList();
        assertThat(types).extracting(Expr::show).containsExactly("[4]int", "[]string", "map[string][]int", "chan<- int",
                "<-chan chan int", "func(a int, b int, c ...string) (r int, err error)", "*os.File",
                "struct{a int; b int; os.File; *U `json:\"u\"`; c func() int \"tag\"}", "interface{error; M(int) bool}", "(int)");
        Expr.ArrayType a = (Expr.ArrayType) types.get(0);
        assertThat(((Expr.IntLit) a.len()).value()).isEqualTo(4);
        assertThat(((Expr.ChanType) types.get(3)).dir()).isEqualTo(Expr.ChanDir.SEND);
        Expr.ChanType r = (Expr.ChanType) types.get(4);
        assertThat(r.dir()).isEqualTo(Expr.ChanDir.RECV);
        assertThat(((Expr.ChanType) r.elem()).dir()).isEqualTo(Expr.ChanDir.BOTH);
        Expr.FuncType fn = (Expr.FuncType) types.get(5);
        assertThat(fn.params()).extracting(p -> p.name().name()).containsExactly("a", "b", "c");
        assertThat(fn.params().get(0).type()).isSameAs(fn.params().get(1).type());
        assertThat(fn.params().get(2).type()).isInstanceOf(Expr.Ellipsis.class);
        assertThat(fn.results()).extracting(p -> p.name().name()).containsExactly("r", "err");
        assertThat(((Expr.Unary) types.get(6)).op()).isEqualTo("*");
        Expr.StructType st = (Expr.StructType) types.get(7);
        assertThat(st.fields()).extracting(fl -> fl.name() == null ? null : fl.name().name()).containsExactly("a", "b", null, null, "c");
        assertThat(st.fields().get(0).type()).isSameAs(st.fields().get(1).type());
        assertThat(st.fields().get(3).tag().value()).isEqualTo("json:\"u\"");
        Expr.InterfaceType it = (Expr.InterfaceType) types.get(8);
        assertThat(it.methods()).extracting(m -> m.name().name()).containsExactly("M");
        assertThat(it.embeddeds()).extracting(Expr::show).containsExactly("error");
    }

    @Test
    void methodsAndSignatures() throws Exception {
        SyntaxTree.File f = parse("""
                package main

                func (p *T) M(a, b int, c ...string) (r int, err error) { return }
                func (T) N() {}
                func f(int, []string, ...bool)
                """);
        Decl.Func m = (Decl.Func) f.decls().get(0);
        assertThat(m.recv().name().name()).isEqualTo("p");
        assertThat(Expr.show(m.recv().type())).isEqualTo("*T");
        assertThat(m.recvPos().toString()).isEqualTo("./main.go:3:6");
        assertThat(m.params()).extracting(p -> p.name().name() + " " + Expr.show(p.type())).containsExactly("a int", "b int", "c ...string");
        assertThat(m.results()).extracting(p -> p.name().name() + " " + Expr.show(p.type())).containsExactly("r int", "err error");
        Decl.Func n = (Decl.Func) f.decls().get(1);
        assertThat(n.recv().name()).isNull();
        Decl.Func g = (Decl.Func) f.decls().get(2);
        assertThat(g.recv()).isNull();
        assertThat(g.body()).isNull();
        assertThat(g.params()).extracting(p -> Expr.show(p.type())).containsExactly("int", "[]string", "...bool");
        assertThat(error("func (a, b T) M() {}")).isEqualTo("./main.go:3:15: method has multiple receivers");
        assertThat(error("func () M() {}")).isEqualTo("./main.go:3:9: method has no receiver");
        assertThat(error("func f(a int, []int) {}")).isEqualTo("./main.go:3:15: syntax error: mixed named and unnamed parameters");
    }

    @Test
    void operatorsOnPointersAndChannels() throws Exception {
        Stmt.Assign a = (Stmt.Assign) stmt("*p = 1");
        assertThat(((Expr.Unary) a.lhs().get(0)).op()).isEqualTo("*");
        Expr.Unary addr = (Expr.Unary) expr("&x");
        assertThat(addr.op()).isEqualTo("&");
        Expr.Unary recv = (Expr.Unary) expr("<-c");
        assertThat(recv.op()).isEqualTo("<-");
        Stmt.Send send = (Stmt.Send) stmt("c <- 1 + 2");
        assertThat(Expr.show(send.ch()) + " " + Expr.show(send.value())).isEqualTo("c 1 + 2");
        assertThat(send.arrow().toString()).isEqualTo("./main.go:4:3");
        Expr.Call conv = (Expr.Call) expr("(<-chan int)(c)");
        assertThat(((Expr.Paren) conv.fun()).x()).isInstanceOf(Expr.ChanType.class);
    }

    @Test
    void indexSliceAssertAndCalls() throws Exception {
        Expr.Index ix = (Expr.Index) expr("a[i+1]");
        assertThat(Expr.show(ix.index())).isEqualTo("i + 1");
        assertThat(ix.lbrack().toString()).isEqualTo("./main.go:4:2");
        Expr.SliceExpr s2 = (Expr.SliceExpr) expr("a[:n]");
        assertThat(s2.lo()).isNull();
        assertThat(s2.full()).isFalse();
        Expr.SliceExpr s3 = (Expr.SliceExpr) expr("a[1:2:3]");
        assertThat(s3.full()).isTrue();
        assertThat(Expr.show(s3)).isEqualTo("a[1:2:3]");
        Expr.TypeAssert ta = (Expr.TypeAssert) expr("x.(T)");
        assertThat(Expr.show(ta.type())).isEqualTo("T");
        assertThat(ta.lparen().toString()).isEqualTo("./main.go:4:3");
        Expr.Call c = (Expr.Call) expr("f(a, xs...)");
        assertThat(c.hasDots()).isTrue();
        assertThat(Expr.show(c)).isEqualTo("f(a, xs...)");
        assertThat(((Expr.Call) expr("f(a,\n\tb,\n)")).hasDots()).isFalse();
        assertThat(expr("1.5i")).isInstanceOf(Expr.ImagLit.class);
        assertThat(error("func main() { a[1::3] }")).isEqualTo("./main.go:3:19: middle index required in 3-index slice");
        assertThat(error("func main() { a[1:2:] }")).isEqualTo("./main.go:3:21: final index required in 3-index slice");
    }

    @Test
    void compositeLiteralsAndFunctionLiterals() throws Exception {
        Stmt.Assign a = (Stmt.Assign) stmt("x := [...]int{1, 2}");
        Expr.CompositeLit cl = (Expr.CompositeLit) a.rhs().get(0);
        Expr.ArrayType at = (Expr.ArrayType) cl.type();
        assertThat(at.len()).isInstanceOf(Expr.Ellipsis.class);
        assertThat(((Expr.Ellipsis) at.len()).elem()).isNull();
        assertThat(cl.elems()).hasSize(2);
        Expr.CompositeLit m = (Expr.CompositeLit) ((Stmt.Assign) stmt("m := map[string][]int{\"a\": {1}, \"b\": nil}")).rhs().get(0);
        Expr.KeyValue kv = (Expr.KeyValue) m.elems().get(0);
        assertThat(((Expr.CompositeLit) kv.value()).type()).isNull();
        Expr.CompositeLit p = (Expr.CompositeLit) ((Stmt.Assign) stmt("p := T{X: 1, Y: pkg.Z{}}")).rhs().get(0);
        assertThat(Expr.show(p)).isEqualTo("T{…}");
        Expr.FuncLit fl = (Expr.FuncLit) ((Stmt.Assign) stmt("f := func(x int) int { return x }")).rhs().get(0);
        assertThat(fl.type().params()).hasSize(1);
        assertThat(fl.body().stmts()).singleElement().isInstanceOf(Stmt.Return.class);
        // in an if, for or switch header, T{ opens the block: the literal must be parenthesized
        Stmt.If is = (Stmt.If) stmt("if x == (T{}) { }");
        assertThat(Expr.show(is.cond())).isEqualTo("x == (T{})");
        Stmt.If is2 = (Stmt.If) stmt("if x == T {}");
        assertThat(Expr.show(is2.cond())).isEqualTo("x == T");
        assertThat(is2.then().stmts()).isEmpty();
        Stmt.For fs = (Stmt.For) stmt("for x := []int{1}; x != nil; {}");
        assertThat(Expr.show(((Stmt.Assign) fs.init()).rhs().get(0))).isEqualTo("[]int{…}");
        // a func literal's body is no header
        Stmt.If is3 = (Stmt.If) stmt("if f := func() T { return T{} }; f != nil {}");
        assertThat(is3.init()).isInstanceOf(Stmt.Assign.class);
        assertThat(error("func main() { _ = (T){} }")).isEqualTo("./main.go:3:22: syntax error: cannot parenthesize type in composite literal");
    }

    @Test
    void rangeDeferSelectAndTypeSwitch() throws Exception {
        Stmt.ForRange r = (Stmt.ForRange) stmt("for i := range 10 {}");
        assertThat(Expr.show(r.key())).isEqualTo("i");
        assertThat(r.value()).isNull();
        assertThat(r.define()).isTrue();
        assertThat(r.rangePos().toString()).isEqualTo("./main.go:4:10");
        Stmt.ForRange r2 = (Stmt.ForRange) stmt("for range x {}");
        assertThat(r2.key()).isNull();
        assertThat(Expr.show(r2.x())).isEqualTo("x");
        Stmt.ForRange r3 = (Stmt.ForRange) stmt("for k, v = range m {}");
        assertThat(r3.define()).isFalse();
        assertThat(Expr.show(r3.value())).isEqualTo("v");
        Stmt.Defer d = (Stmt.Defer) stmt("defer f(1)");
        assertThat(Expr.show(d.call())).isEqualTo("f(1)");
        assertThat(error("func main() { defer 1 }")).isEqualTo("./main.go:3:21: syntax error: expression in defer must be function call");
        Stmt.Select sel = (Stmt.Select) stmt("""
                select {
                case c <- 1:
                case v := <-c:
                	_ = v
                case <-c:
                case v, ok = <-c:
                default:
                }""");
        assertThat(sel.clauses()).extracting(cc -> cc.comm() == null ? "default" : cc.comm().getClass().getSimpleName())
                .containsExactly("Send", "Assign", "ExprStmt", "Assign", "default");
        assertThat(sel.clauses().get(1).body()).hasSize(1);
        Stmt.TypeSwitch ts = (Stmt.TypeSwitch) stmt("switch y := x.(type) { case int, []string, nil: case *T: default: }");
        assertThat(ts.bind().name()).isEqualTo("y");
        assertThat(Expr.show(ts.x())).isEqualTo("x");
        assertThat(ts.clauses().get(0).values()).extracting(Expr::show).containsExactly("int", "[]string", "nil");
        assertThat(ts.lparen().toString()).isEqualTo("./main.go:4:15");
        Stmt.TypeSwitch ts2 = (Stmt.TypeSwitch) stmt("switch a := f(); a.(type) {}");
        assertThat(ts2.bind()).isNull();
        assertThat(ts2.init()).isInstanceOf(Stmt.Assign.class);
        assertThat(stmt("switch x := y; x {}")).isInstanceOf(Stmt.Switch.class);
        Stmt.Labeled l = (Stmt.Labeled) stmt("L: for range c { break L }");
        assertThat(l.stmt()).isInstanceOf(Stmt.ForRange.class);
    }

    @Test
    void labelsGotoAndFallthrough() throws Exception {
        SyntaxTree.File f = parse("""
                package main
                func main() {
                L:
                	for {
                		switch {
                		case true:
                			fallthrough
                		default:
                			break L
                		}
                		continue L
                	}
                	goto E
                E:
                }
                """);
        List<Stmt> body = ((Decl.Func) f.decls().get(0)).body().stmts();
        Stmt.Labeled l = (Stmt.Labeled) body.get(0);
        assertThat(l.label().name()).isEqualTo("L");
        assertThat(l.colon().toString()).isEqualTo("./main.go:3:2");
        Stmt.For loop = (Stmt.For) l.stmt();
        Stmt.Switch sw = (Stmt.Switch) loop.body().stmts().get(0);
        assertThat(sw.clauses().get(0).body()).singleElement().isInstanceOf(Stmt.Fallthrough.class);
        assertThat(((Stmt.Break) sw.clauses().get(1).body().get(0)).label().name()).isEqualTo("L");
        assertThat(((Stmt.Continue) loop.body().stmts().get(1)).label().name()).isEqualTo("L");
        assertThat(((Stmt.Goto) body.get(1)).label().name()).isEqualTo("E");
        assertThat(((Stmt.Labeled) body.get(2)).stmt()).isInstanceOf(Stmt.Empty.class);
    }

    @Test
    void labelSyntaxErrorsWordedLikeGc() {
        // checked against go 1.26's go build
        assertThat(error("func main() {\nL: case\n}")).isEqualTo("./main.go:4:2: syntax error: missing statement after label");
        assertThat(error("func main() { if L: true {} }")).isEqualTo("./main.go:3:19: syntax error: unexpected :, expected {");
        assertThat(error("func main() { goto }")).isEqualTo("./main.go:3:20: syntax error: unexpected }, expected name");
    }

    @Test
    void missingPackageClause() {
        assertThatThrownBy(() -> parse("func main() {}")).hasMessage("./main.go:1:1: syntax error: package statement must be first");
    }

    /** gc's checkImportPath (found by fuzzing: a NUL in an import path reached the messages). */
    @Test
    void invalidImportPathsAreRejectedAsGcDoes() {
        assertThat(error("import \"\"")).isEqualTo("./main.go:3:8: invalid import path: import path empty");
        assertThat(error("import \"a\\x00b\"")).isEqualTo("./main.go:3:8: invalid import path: import path contains NUL");
        assertThat(error("import \"a\\x01b\"")).isEqualTo("./main.go:3:8: invalid import path: import path contains control character \"a\\x01b\"");
        assertThat(error("import \"a b\"")).isEqualTo("./main.go:3:8: invalid import path: import path contains space character \"a b\"");
        assertThat(error("import \"a:b\"")).isEqualTo("./main.go:3:8: invalid import path: import path contains invalid character ':' in \"a:b\"");
        assertThat(error("import \"a\\xffb\"")).isEqualTo("./main.go:3:8: invalid import path: import path contains invalid UTF-8 sequence");
    }

    /**
     * go build checks the //go:debug directives of every package it builds (cmd/go's
     * checkDirectives), not only main's; a package nothing imports is not built, so not checked.
     * go1.26 on this module: {@code a/a.go:1:1: invalid //go:debug: unknown //go:debug setting "bogus"},
     * and for a repeated key {@code a/a.go:2:1: repeated //go:debug for panicnil}.
     */
    @Test
    void theDirectivesOfEveryImportedPackageAreChecked(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("go.mod"), "module example.com/m\n\ngo 1.26\n");
        Files.writeString(dir.resolve("main.go"), "package main\n\nimport \"example.com/m/a\"\n\nfunc main() { a.F() }\n");
        Files.createDirectories(dir.resolve("a"));
        Files.createDirectories(dir.resolve("unused"));
        Files.writeString(dir.resolve("unused/u.go"), "//go:debug bogus=1\npackage unused\n");
        Path a = dir.resolve("a/a.go");

        Files.writeString(a, "//go:debug panicnil=1\npackage a\n\nfunc F() {}\n");
        assertThat(Parser.parse(SourceLoader.load(dir)).packages()).hasSize(2);

        Files.writeString(a, "//go:debug bogus=1\npackage a\n\nfunc F() {}\n");
        assertThatThrownBy(() -> Parser.parse(SourceLoader.load(dir))).isInstanceOf(CompileException.class)
                .hasMessage(a + ":1:1: invalid //go:debug: unknown //go:debug setting \"bogus\"");

        Files.writeString(a, "//go:debug panicnil=1\n//go:debug panicnil=0\npackage a\n\nfunc F() {}\n");
        assertThatThrownBy(() -> Parser.parse(SourceLoader.load(dir))).isInstanceOf(CompileException.class)
                .hasMessageStartingWith(a + ":2:1: repeated //go:debug for panicnil");
    }
}
