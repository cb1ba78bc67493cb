package dev.rt0gen.source;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The evaluator of build constraints for linux/amd64, CGO_ENABLED=0, go1.26 (go/build/constraint's grammar). */
class BuildConstraintsTest {
    static boolean holds(String line) throws BuildConstraints.SyntaxError {
        return BuildConstraints.eval(BuildConstraints.parse(line));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "//go:build linux ; true",
            "//go:build amd64 ; true",
            "//go:build unix ; true",
            "//go:build gc ; true",
            "//go:build gccgo ; false",
            "//go:build cgo ; false",
            "//go:build purego ; false",
            "//go:build windows ; false",
            "//go:build arm64 ; false",
            "//go:build android ; false",
            "//go:build ignore ; false",
            "//go:build boringcrypto ; false",
            "//go:build go1.1 ; true",
            "//go:build go1.21 ; true",
            "//go:build go1.26 ; true",
            "//go:build go1.27 ; false",
            "//go:build go1.01 ; false",
            "//go:build go2 ; false",
            "//go:build goexperiment.regabiargs ; true",
            "//go:build goexperiment.nosuch ; false",
            "//go:build amd64.v1 ; true",
            "//go:build amd64.v2 ; false",
            "//go:build !windows ; true",
            "//go:build !linux ; false",
            "//go:build linux && amd64 ; true",
            "//go:build linux && arm64 ; false",
            "//go:build windows || linux ; true",
            "//go:build windows || darwin ; false",
            "//go:build linux && !cgo ; true",
            "//go:build !(linux && amd64) ; false",
            "//go:build !(windows || plan9) ; true",
            "//go:build (linux || darwin) && (amd64 || arm64) ; true",
            "//go:build windows || linux && arm64 ; false",
            "//go:build linux || windows && arm64 ; true",
            "//go:build ((((linux)))) ; true",
            "//go:build linux_ ; false",
            "//go:build _ ; false",
            "//go:build\tlinux ; true",
            "  //go:build linux   ; true",
            "//go:build ünïcødé ; false",
            // legacy lines: space = or, comma = and
            "// +build linux ; true",
            "//+build linux ; true",
            "// +build windows ; false",
            "// +build windows linux ; true",
            "// +build linux,amd64 ; true",
            "// +build linux,arm64 ; false",
            "// +build linux,arm64 windows,amd64 ; false",
            "// +build linux,arm64 darwin linux,!cgo ; true",
            "// +build !windows ; true",
            "// +build !linux ; false",
            "// +build !!linux ; false",   // !! and a lone ! mean the tag 'ignore'
            "// +build ! ; false",
            "// +build !!windows ; false",
            "// +build linux-amd64 ; false",   // not a tag: 'ignore'
            "// +build !linux-amd64 ; true",
            "// +build ; false",
    })
    void evaluates(String line, boolean want) throws Exception {
        assertThat(holds(line)).as(line).isEqualTo(want);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "'' ; unexpected end of expression ; 0",
            "linux && ; unexpected end of expression ; 8",
            "linux || ; unexpected end of expression ; 8",
            "&& linux ; unexpected token && ; 0",
            "linux amd64 ; unexpected token amd64 ; 6",
            "linux & amd64 ; invalid syntax at & ; 6",
            "linux | amd64 ; invalid syntax at | ; 6",
            "(linux ; missing close paren ; 0",
            "(linux || ; missing close paren ; 9",
            "linux) ; unexpected token ) ; 5",
            "() ; unexpected token ) ; 1",
            "!!linux ; double negation not allowed ; 1",
            "! !linux ; double negation not allowed ; 2",
            "!(!linux) && linux-x ; invalid syntax at - ; 18",
            "linux ,amd64 ; invalid syntax at , ; 6",
            "linux@ ; invalid syntax at @ ; 5",
            "linux é€ ; unexpected token é ; 6",
            "x € ; invalid syntax at € ; 2",
    })
    void rejectsMalformedExpressions(String expr, String message, int offset) {
        assertThatThrownBy(() -> BuildConstraints.parseExpr(expr)).as(expr)
                .isInstanceOf(BuildConstraints.SyntaxError.class).hasMessage(message)
                .satisfies(e -> assertThat(((BuildConstraints.SyntaxError) e).offset).isEqualTo(offset));
    }

    @Test
    void doubleNegationInParenthesesIsFine() throws Exception {
        assertThat(holds("//go:build !(!linux)")).isTrue();
    }

    @Test
    void tooLargeExpressions() {
        String big = "linux" + " || linux".repeat(1000);
        assertThatThrownBy(() -> BuildConstraints.parseExpr(big)).hasMessage("build expression too large");
        // a // +build line with more than 100 operators is ignored, as go/build ignores it
        assertThat(BuildConstraints.parsePlusBuild("// +build" + " windows".repeat(102))).isNull();
        assertThat(BuildConstraints.parsePlusBuild("// +build" + " windows".repeat(101))).isNotNull();
    }

    @Test
    void linesThatAreNotConstraints() {
        for (String l : new String[]{"//go:buildx linux", "// +buildx linux", "/* +build linux */", "// go:build linux", "//go:build linux\n//go:build linux"}) {
            assertThatThrownBy(() -> BuildConstraints.parse(l)).as(l).hasMessage("not a build constraint");
        }
    }

    @ParameterizedTest
    @CsvSource({
            "main.go, true",
            "x_linux.go, true", "x_amd64.go, true", "x_linux_amd64.go, true", "x_linux_test.go, true", "x_linux_amd64_test.go, true",
            "x_windows.go, false", "x_arm64.go, false", "x_linux_arm64.go, false", "x_windows_amd64.go, false", "x_darwin_test.go, false",
            "x_windows_linux.go, true",   // not GOOS_GOARCH; the last element, linux, is a GOOS that holds
            "x_amd64_windows.go, false",
            "linux.go, true", "windows.go, true", "windows_amd64.go, true",   // the part before the first _ is the name
            "windows_arm64.go, false",   // _arm64 is a suffix
            "x_plan9.go, false", "x_wasm.go, false", "x_js_wasm.go, false", "x_nacl.go, false", "x_android.go, false",
            "x_ios.go, false", "x_illumos.go, false", "x_riscv64.go, false", "x_loong64.go, false",
            "x_unix.go, true", "x_gc.go, true",   // not known systems: no suffix
            "x_foo.go, true", "x_test.go, true", "x_linux.s.go, true", "x_windows.s.go, false", "x_.go, true",
    })
    void fileNames(String name, boolean want) {
        assertThat(BuildConstraints.matchFileName(name)).as(name).isEqualTo(want);
    }

    static boolean file(String text) throws CompileException {
        return BuildConstraints.shouldBuild(new SourceFile("f.go", text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Where in a file a constraint counts (go/build's parseFileHeader). */
    @Test
    void theHeader() throws Exception {
        assertThat(file("//go:build windows\n\npackage main\n")).isFalse();
        assertThat(file("//go:build windows\npackage main\n")).isFalse();   // //go:build needs no blank line after it
        assertThat(file("// Copyright\n\n//go:build windows\n\n// Package doc.\npackage main\n")).isFalse();
        assertThat(file("/* x */\n//go:build windows\npackage main\n")).isFalse();   // after a /* */ comment too
        assertThat(file("/* //go:build windows */\npackage main\n")).isTrue();
        assertThat(file("/*\n//go:build windows\n*/\npackage main\n")).isTrue();
        assertThat(file("package main\n\n//go:build windows\n")).isTrue();   // after the package clause: the compiler's business
        assertThat(file("\uFEFF//go:build windows\npackage main\n")).isFalse();
        assertThat(file("//go:build windows")).isFalse();   // no package clause at all
        // //go:build decides; the // +build lines are then not looked at
        assertThat(file("//go:build linux\n// +build windows\n\npackage main\n")).isTrue();
        assertThat(file("//go:build windows\n// +build linux\n\npackage main\n")).isFalse();
        // // +build lines count only before a blank line, before the first non-comment text
        assertThat(file("// +build windows\n\npackage main\n")).isFalse();
        assertThat(file("// +build windows\npackage main\n")).isTrue();
        assertThat(file("// +build windows\n// Package doc.\npackage main\n")).isTrue();
        assertThat(file("// x\n// +build windows\n\n// Package doc.\npackage main\n")).isFalse();
        assertThat(file("/* x */\n\n// +build windows\n\npackage main\n")).isTrue();   // after /* */: no longer
        assertThat(file("  // +build windows  \n\npackage main\n")).isFalse();
        // several // +build lines: all must hold
        assertThat(file("// +build linux\n// +build amd64\n\npackage main\n")).isTrue();
        assertThat(file("// +build linux\n// +build cgo\n\npackage main\n")).isFalse();
        assertThat(file("// +build linux\n\n// +build windows\n\npackage main\n")).isFalse();
        assertThat(file("// +build linux,!cgo windows\n\npackage main\n")).isTrue();
    }

    @Test
    void headerErrorsArePositioned() {
        assertThatThrownBy(() -> file("// a\n//go:build linux\n\n\t//go:build linux\npackage main\n")).isInstanceOf(CompileException.class)
                .hasMessage("f.go:4:2: multiple //go:build comments");
        // a line that starts with /* holds no //go:build comment (gc calls one after it misplaced)
        assertThat(catchNothing("//go:build linux\n/* */ //go:build windows\npackage main\n")).isTrue();
        assertThatThrownBy(() -> file("//go:build\n\npackage main\n")).hasMessage("f.go:1:11: parsing //go:build line: unexpected end of expression");
        assertThatThrownBy(() -> file("\t//go:build é&x\n\npackage main\n")).hasMessage("f.go:1:15: parsing //go:build line: invalid syntax at &");
        // a // +build line is never an error: a word that is not a tag stands for the tag "ignore"
        assertThat(catchNothing("// +build linux&&amd64\n\npackage main\n")).isFalse();
    }

    private static boolean catchNothing(String text) {
        try {
            return file(text);
        } catch (CompileException e) {
            throw new AssertionError(e);
        }
    }
}
