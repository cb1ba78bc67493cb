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
        assertThat(fn.params()).extracting(p -> p.name().name() + " " + p.type().name()).containsExactly("a int", "b int", "s string");
        assertThat(fn.results()).extracting(p -> p.type().name()).containsExactly("int", "bool");
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
        assertThat(error("type T = int")).isEqualTo("./main.go:3:8: type aliases are not supported by rt0gen");
        assertThat(error("func main() { type G[P any] int }")).isEqualTo("./main.go:3:21: generic types are not supported by rt0gen");
        assertThat(error("func main() { var x []int }")).isEqualTo("./main.go:3:21: array and slice types are not supported by rt0gen");
        assertThat(error("func main() { println(1.5i) }")).isEqualTo("./main.go:3:23: complex numbers are not supported by rt0gen");
        assertThat(error("func f(c <-chan int) {}\nfunc main() {}")).isEqualTo("./main.go:3:10: chan types are not supported by rt0gen");
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
