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
    void anOlderGoLineKeepsTheOldGomaxprocsBehaviour() {
        assertThat(GoDebug.defaultGODEBUG("module m\n\ngo 1.21\n", main("package main\n")))
                .isEqualTo("containermaxprocs=0,updatemaxprocs=0");
        assertThat(GoDebug.defaultGODEBUG("module m\n\ngo 1.24.3\n", main("package main\n")))
                .isEqualTo("containermaxprocs=0,updatemaxprocs=0");
        assertThat(GoDebug.defaultGODEBUG("module m\n", main("package main\n")))     // no go line: 1.16
                .isEqualTo("containermaxprocs=0,updatemaxprocs=0");
    }

    @Test
    void go125AndLaterHaveNoDefaults() {
        assertThat(GoDebug.defaultGODEBUG("module m\n\ngo 1.25\n", main("package main\n"))).isEmpty();
        assertThat(GoDebug.defaultGODEBUG("module m\n\ngo 1.26.0\n", main("package main\n"))).isEmpty();
    }

    @Test
    void withoutGoModTheDefaultIsEmpty() {
        assertThat(GoDebug.defaultGODEBUG(null, main("package main\n"))).isEmpty();
    }

    @Test
    void goModGodebugLinesAndGoDebugDirectivesOverrideTheVersionDefaults() {
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
