package dev.rt0gen.check;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Exact float constants round to the float64 Java's (correctly rounded) parser gives, and print as go/constant does. */
class FloatConstTest {
    @Test
    void literalsRoundToNearestEvenIncludingSubnormalsAndOverflow() {
        Random r = new Random(14);
        for (int i = 0; i < 20000; i++) {
            String lit = (r.nextInt(1_000_000_000) + 1) + "." + r.nextInt(1000) + "e" + (r.nextInt(660) - 340);
            assertThat(FloatConst.parse(lit).toDouble()).as(lit).isEqualTo(Double.parseDouble(lit));
        }
        for (String lit : new String[]{"4.9406564584124654e-324", "2.4703282292062327e-324", "2.4703282292062328e-324",
                "1.7976931348623157e308", "1.7976931348623158e308", "1e400", "2.2250738585072011e-308", "0x1p-1074", "0x1.fffffffffffff8p1023"}) {
            assertThat(FloatConst.parse(lit).toDouble()).as(lit).isEqualTo(Double.parseDouble(lit));
        }
        assertThat(FloatConst.parse("0x1p-2").toDouble()).isEqualTo(0.25);
        assertThat(FloatConst.parse("1_000.5e-3").toDouble()).isEqualTo(1.0005);
        assertThat(FloatConst.parse(".5").toDouble()).isEqualTo(0.5);
    }

    @Test
    void printsAsGoConstant() {
        assertThat(FloatConst.parse("1e400").toString()).isEqualTo("1e+400");
        assertThat(FloatConst.parse("-1e400").toString()).isEqualTo("-1e+400");
        assertThat(FloatConst.parse("1.5").toString()).isEqualTo("1.5");
        assertThat(FloatConst.parse("1e19").toString()).isEqualTo("1e+19");
        assertThat(FloatConst.parse("100000").toString()).isEqualTo("100000");
        assertThat(FloatConst.parse("100000.5").toString()).isEqualTo("100000.5");   // %.6g hides the fraction: %g
        assertThat(FloatConst.parse("1234567.5").toString()).isEqualTo("1.23457e+06");
        assertThat(FloatConst.parse("0.0001").toString()).isEqualTo("0.0001");
        assertThat(FloatConst.parse("0.00001").toString()).isEqualTo("1e-05");
    }
}
