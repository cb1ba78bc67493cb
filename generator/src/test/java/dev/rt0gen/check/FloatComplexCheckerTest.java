package dev.rt0gen.check;

import dev.rt0gen.testing.Programs;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * float32, complex64 and complex128 in the checker (issue 14): constants rounded to float32 once
 * (as big.Rat's Float32), complex constants (go/constant's complexVal: exact arithmetic, shown as
 * {@code (re + imi)}), complex, real and imag, and types2's wording of every error, recorded from
 * go1.26.8's {@code go build -gcflags=-e} (an empty message: Go accepts the program).
 */
class FloatComplexCheckerTest {
    /** A declaration (in package main, with an empty main) and what Go reports for it. */
    static final List<Map.Entry<String, String>> CASES = List.of(
            Map.entry("var f float32 = 1e40", "./main.go:3:17: cannot use 1e40 (untyped float constant 1e+40) as float32 value in variable declaration (overflows)"),
            Map.entry("var f = float32(1e40)", "./main.go:3:17: cannot convert 1e40 (untyped float constant 1e+40) to type float32"),
            Map.entry("const c float32 = 1e38; var f = c * 10", "./main.go:3:33: c * 10 (constant 1e+39 of type float32) overflows float32"),
            Map.entry("var f float32 = 1; var d float64 = f", "./main.go:3:36: cannot use f (variable of type float32) as float64 value in variable declaration"),
            Map.entry("var c complex128 = 1i; var f = c < c", "./main.go:3:32: invalid operation: c < c (operator < not defined on complex128)"),
            Map.entry("var c = 1 + 2i; var i int = c", "./main.go:3:29: cannot use c (variable of type complex128) as int value in variable declaration"),
            Map.entry("var c = 2i * 2i; var i int = c", "./main.go:3:30: cannot use c (variable of type complex128) as int value in variable declaration"),
            Map.entry("var c = 2i * 2i; var f float32 = c", "./main.go:3:34: cannot use c (variable of type complex128) as float32 value in variable declaration"),
            Map.entry("var c complex64; var f = float64(c)", "./main.go:3:34: cannot convert c (variable of type complex64) to type float64"),
            Map.entry("var f float64; var c = complex128(f)", "./main.go:3:35: cannot convert f (variable of type float64) to type complex128"),
            Map.entry("var x = complex(1, int(2))", "./main.go:3:17: invalid argument: arguments have type int, expected floating-point"),
            Map.entry("var f32 float32; var f64 float64; var x = complex(f32, f64)", "./main.go:3:51: invalid operation: complex(f32, f64) (mismatched types float32 and float64)"),
            Map.entry("var x = real(1.5); var y int = x", "./main.go:3:32: cannot use x (variable of type float64) as int value in variable declaration"),
            Map.entry("var i int; var x = real(i)", "./main.go:3:25: invalid argument: argument has type int, expected complex type"),
            Map.entry("var i int; var x = imag(i)", "./main.go:3:25: invalid argument: argument has type int, expected complex type"),
            Map.entry("var x = complex(\"a\", 1)", "./main.go:3:17: invalid operation: complex(\"a\", 1) (mismatched types untyped string and untyped float)"),
            Map.entry("var x = 1i % 2", "./main.go:3:9: invalid operation: operator % not defined on 1i (untyped complex constant (0 + 1i))"),
            Map.entry("var c complex128; var x = c / 0", ""),
            Map.entry("var x = (1 + 2i) / 0", "./main.go:3:20: invalid operation: division by zero"),
            Map.entry("var x = 1 << 1.5i", "./main.go:3:14: 1.5i (untyped complex constant (0 + 1.5i)) truncated to uint"),
            Map.entry("var c complex64 = 1e39i", "./main.go:3:19: cannot use 1e39i (untyped complex constant (0 + 1e+39i)) as complex64 value in variable declaration (overflows)"),
            Map.entry("var i int8 = 1i * 1i * 200", "./main.go:3:14: cannot use 1i * 1i * 200 (untyped complex constant (-200 + 0i)) as int8 value in variable declaration (truncated)"),
            Map.entry("var x = 1.5i; var y uint = 1 << x", "./main.go:3:33: invalid operation: shift count x (variable of type complex128) must be integer"),
            Map.entry("var c complex128; var d = c > 1", "./main.go:3:27: invalid operation: c > 1 (operator > not defined on complex128)"),
            Map.entry("var c complex128; var e = -c; var f = ^c", "./main.go:3:40: invalid operation: operator ^ not defined on c (variable of type complex128)"),
            Map.entry("var f float32 = 0x1p-150", ""),
            Map.entry("var f float32 = 0x1p-149", ""),
            Map.entry("var u uint64; var f = float32(u)", ""),
            Map.entry("type F float32; var f = F(1e38) * 10", "./main.go:3:25: F(1e38) * 10 (constant 1e+39 of float32 type F) overflows float32"),
            Map.entry("type C complex64; var c = C(1e38) * 10i", "./main.go:3:27: C(1e38) * 10i (constant (0 + 1e+39i) of complex64 type C) overflows complex64"));

    @Test
    void errorsAsTypes2WordsThem() {
        for (Map.Entry<String, String> c : CASES) {
            String src = "package main\n\n" + c.getKey() + "\n\nfunc main() {}\n";
            if (c.getValue().isEmpty()) {
                assertThatCode(() -> Programs.check(Programs.mainOnly(src))).as(c.getKey()).doesNotThrowAnyException();
                continue;
            }
            String got = Programs.errors(src).lines().filter(l -> !l.contains("declared and not used")).reduce("", (a, b) -> a + b + "\n");
            assertThat(got).as(c.getKey()).isEqualTo(c.getValue().isEmpty() ? "" : c.getValue() + "\n");
        }
    }

    @Test
    void float32ConstantsRoundOnceToNearestEven() {
        Random r = new Random(32);
        for (int i = 0; i < 20000; i++) {
            String lit = (r.nextInt(1_000_000_000) + 1) + "." + r.nextInt(1000) + "e" + (r.nextInt(100) - 55);
            assertThat(FloatConst.parse(lit).toFloat()).as(lit).isEqualTo(Float.parseFloat(lit));
        }
        // halfway cases Java's double-then-float would round twice; subnormals; overflow
        for (String lit : new String[]{"16777217", "16777219", "0x1.000001p0", "0x1.0000010000000001p0", "3.4028235677973366e38",
                "3.4028235677973362e38", "1.401298464324817e-45", "7.006492321624085e-46", "7.006492321624086e-46", "1e-50", "1e39"}) {
            assertThat(FloatConst.parse(lit).toFloat()).as(lit).isEqualTo(Float.parseFloat(lit.startsWith("0x") ? lit : lit));
        }
        // 2^62 + 2^38 + 1 rounds to 2^62 + 2^39 directly (through a float64: 2^62)
        FloatConst x = FloatConst.of(BigInteger.ONE.shiftLeft(62).add(BigInteger.ONE.shiftLeft(38)).add(BigInteger.ONE));
        assertThat((double) x.toFloat()).isEqualTo(0x1p62 + 0x1p39);
        assertThat(x.roundFloat32()).isEqualTo(FloatConst.of(0x1p62 + 0x1p39));
        assertThat(FloatConst.parse("1e39").roundFloat32()).isNull();
        assertThat(FloatConst.parse("-1e-50").roundFloat32()).isEqualTo(FloatConst.of(BigInteger.ZERO));
    }

    @Test
    void complexConstantsAreExactAndPrintAsGoConstant() {
        ComplexConst a = ComplexConst.parseImag("2i").add(ComplexConst.of(BigInteger.ONE));   // 1+2i
        ComplexConst b = new ComplexConst(FloatConst.of(BigInteger.valueOf(3)), FloatConst.of(BigInteger.valueOf(-4)));
        assertThat(a.toString()).isEqualTo("(1 + 2i)");
        assertThat(a.mul(b).toString()).isEqualTo("(11 + 2i)");
        assertThat(a.div(b).toString()).isEqualTo("(-0.2 + 0.4i)");
        assertThat(a.div(b).mul(b).equalTo(a)).isTrue();   // exact
        assertThat(a.sub(a).isZero()).isTrue();
        assertThat(ComplexConst.parseImag("0x1p-2i").im().toDouble()).isEqualTo(0.25);
        assertThat(ComplexConst.parseImag("0123i").im().toDouble()).isEqualTo(123);   // decimal, as the spec says
        assertThat(ComplexConst.parseImag("0b101i").im().toDouble()).isEqualTo(5);
        assertThat(ComplexConst.parseImag("0o17i").im().toDouble()).isEqualTo(15);
        assertThat(ComplexConst.parseImag("1_0.5e1i").im().toDouble()).isEqualTo(105);
        assertThat(ComplexConst.parseImag("1e39i").round(dev.rt0gen.types.Basic.COMPLEX64)).isNull();
        assertThat(ComplexConst.parseImag("1e39i").round(dev.rt0gen.types.Basic.COMPLEX128)).isNotNull();
    }

    @Test
    void typedFloatAndComplexProgramsCheck() {
        assertThatCode(() -> Programs.check(Programs.mainOnly("""
                package main

                const third float32 = 1.0 / 3
                const c64 complex64 = complex(third, -third)

                func main() {
                	var f float32 = third * 3
                	c := complex(f, 2)
                	var d complex64 = c * c64
                	println(real(d), imag(d), c == d, f < third, real(1+2i), imag(3), complex(1, 0.5))
                	switch d {
                	case 1i, c64:
                	}
                	d++
                	f--
                }
                """))).doesNotThrowAnyException();
    }
}
