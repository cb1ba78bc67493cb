package dev.rt0gen.source;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The default GODEBUG as go1.26's go command computes it (go version -m shows it as DefaultGODEBUG). */
class GoDebugTest {
    private static List<SourceFile> main(String text) {
        return List.of(new SourceFile("main.go", text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void anOlderGoLineKeepsTheOldGomaxprocsBehaviour() throws Exception {
        assertThat(GoDebug.defaultGODEBUG("module m\n\ngo 1.21\n", main("package main\n")))
                .isEqualTo("containermaxprocs=0,updatemaxprocs=0");
        assertThat(GoDebug.defaultGODEBUG("module m\n\ngo 1.24.3\n", main("package main\n")))
                .isEqualTo("containermaxprocs=0,updatemaxprocs=0");
        assertThat(GoDebug.defaultGODEBUG("module m\n", main("package main\n")))     // no go line: 1.16
                .isEqualTo("containermaxprocs=0,updatemaxprocs=0");
    }

    @Test
    void go125AndLaterHaveNoDefaults() throws Exception {
        assertThat(GoDebug.defaultGODEBUG("module m\n\ngo 1.25\n", main("package main\n"))).isEmpty();
        assertThat(GoDebug.defaultGODEBUG("module m\n\ngo 1.26.0\n", main("package main\n"))).isEmpty();
    }

    @Test
    void withoutGoModTheVersionIsTheToolchainsAndTheDirectivesApply() throws Exception {
        // go build file.go: DefaultGODEBUG=containermaxprocs=0 (go version -m)
        assertThat(GoDebug.defaultGODEBUG((String) null, main("package main\n"))).isEmpty();
        assertThat(GoDebug.defaultGODEBUG((String) null, main("//go:debug containermaxprocs=0\npackage main\n")))
                .isEqualTo("containermaxprocs=0");
    }

    /** go/build's header scan: //go: comments before the package clause, at their column; block comments skipped. */
    @Test
    void directivesAreTheHeadersLineComments() {
        SourceFile f = new SourceFile("m.go", ("// doc\n  //go:debug panicnil=1\r\n/*\n//go:debug x=1\n*/ //go:debug b=2\n"
                + "package main\n//go:debug after=1\n").getBytes(StandardCharsets.UTF_8));
        assertThat(GoDebug.directives(f)).containsExactly(
                new GoDebug.Directive("//go:debug panicnil=1", new Pos("m.go", 2, 3)),
                new GoDebug.Directive("//go:debug b=2", new Pos("m.go", 5, 4)));
    }

    /** cmd/go's ParseGoDebug, quirks included (go1.26: //go:debugx k=v counts as k=v). */
    @Test
    void directivesAreParsedAsTheGoCommandDoes() {
        assertThat(GoDebug.parseDirective("//go:debug panicnil=1")).containsExactly("panicnil", "1");
        assertThat(GoDebug.parseDirective("//go:debug\tpanicnil=")).containsExactly("panicnil", "");
        assertThat(GoDebug.parseDirective("//go:debugx panicnil=1")).containsExactly("panicnil", "1");
        assertThat(GoDebug.parseDirective("//go:debugx")).isNull();
        assertThat(GoDebug.parseDirective("//go:build x")).isNull();
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> GoDebug.parseDirective("//go:debug")))
                .hasMessage("missing key=value");
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> GoDebug.parseDirective("//go:debug foo=1")))
                .hasMessage("unknown //go:debug setting \"foo\"");
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> GoDebug.parseDirective("//go:debug x509sha1=1")))
                .hasMessage("use of removed //go:debug setting \"x509sha1\", see https://go.dev/doc/godebug#go-124");
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> GoDebug.parseDirective("//go:debug default=go1.27")))
                .hasMessage("default=go1.27 too new (toolchain is go1.26)");
    }

    @Test
    void goModGodebugLinesAndGoDebugDirectivesOverrideTheVersionDefaults() throws Exception {
        String goMod = "module m\n\ngo 1.21\n\ngodebug updatemaxprocs=1 // on\ngodebug (\n\tpanicnil=1\n)\n";
        assertThat(GoDebug.defaultGODEBUG(goMod, main("package main\n")))
                .isEqualTo("containermaxprocs=0,panicnil=1,updatemaxprocs=1");
        assertThat(GoDebug.defaultGODEBUG("module m\n\ngo 1.26\n",
                main("//go:debug containermaxprocs=0\n\npackage main\n\n//go:debug updatemaxprocs=0\n")))
                .isEqualTo("containermaxprocs=0");
        assertThat(GoDebug.defaultGODEBUG("module m\n\ngo 1.26\n", main("//go:debug default=go1.24\npackage main\n")))
                .isEqualTo("containermaxprocs=0,updatemaxprocs=0");
    }
}
