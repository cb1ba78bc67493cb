package dev.rt0gen.api;

import dev.rt0gen.compare.GoToolchain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The runtime's float formatting (runtime-stubs/src/main/go/runtime: decimal.go and ftoa.go,
 * println's digits) compiled by gc and tested against strconv (issue 15: machine-independent
 * runtime logic gets the real toolchain as a second oracle). The files are copied as package
 * ftoa with a test that compares genericFtoa with strconv.FormatFloat(v, 'g', -1, 64 and 32)
 * for the special values, every power of two and its predecessor, and random bit patterns.
 * rt0gen's own build of the same code meets the oracle in Amd64FloatTest and Amd64Float32Test.
 */
class RuntimeFtoaGoTest {
    @TempDir
    Path work;

    static final String TEST = """
            package ftoa

            import (
            	"math"
            	"math/rand"
            	"strconv"
            	"testing"
            )

            func check(t *testing.T, v float64, bits int) {
            	var buf [24]byte
            	n := genericFtoa(buf[:], v, bits)
            	if got, want := string(buf[:n]), strconv.FormatFloat(v, 'g', -1, bits); got != want {
            		t.Fatalf("%#x (%d bits): genericFtoa %q, strconv %q", math.Float64bits(v), bits, got, want)
            	}
            }

            func TestGenericFtoaIsStrconvs(t *testing.T) {
            	specials := []float64{0, math.Copysign(0, -1), 1, -1, 0.1, 0.3, 1.5, 1e100, 1e21, 1e20, 123456, 1234567,
            		1e-4, 1e-5, 5e-324, math.MaxFloat64, 2.2250738585072014e-308, 2.225073858507201e-308,
            		math.MaxFloat32, math.SmallestNonzeroFloat32, math.Inf(1), math.Inf(-1), math.NaN()}
            	for _, v := range specials {
            		check(t, v, 64)
            		check(t, float64(float32(v)), 32)
            	}
            	for e := -1074; e < 1024; e++ {
            		check(t, math.Ldexp(1, e), 64)
            		check(t, math.Nextafter(math.Ldexp(1, e), 0), 64)
            		check(t, float64(float32(math.Ldexp(1, e))), 32)
            	}
            	r := rand.New(rand.NewSource(15))
            	for i := 0; i < 100000; i++ {
            		b := r.Uint64()
            		check(t, math.Float64frombits(b), 64)
            		check(t, float64(math.Float32frombits(uint32(b))), 32)
            		check(t, float64(r.Int63n(1<<53))/float64(int64(1)<<r.Intn(60)), 64)
            	}
            }
            """;

    @Test
    void genericFtoaFormatsAsStrconvDoes() throws Exception {
        Path src = Path.of("../runtime-stubs/src/main/go/runtime");
        boolean hasFloat64bits = false;
        for (String f : new String[] {"decimal.go", "ftoa.go"}) {
            String text = Files.readString(src.resolve(f));
            assertThat(text).startsWith("package runtime\n");
            hasFloat64bits |= text.contains("\nfunc float64bits(");
            Files.writeString(work.resolve(f), "package ftoa\n" + text.substring("package runtime\n".length()));
        }
        if (!hasFloat64bits) {   // float.go's, an assembly function in the runtime: math's here
            Files.writeString(work.resolve("float64bits_test.go"), "package ftoa\n\nimport \"math\"\n\n"
                    + "func float64bits(f float64) uint64 { return math.Float64bits(f) }\n");
        }
        Files.writeString(work.resolve("go.mod"), "module ftoa\n\ngo 1.26\n");
        Files.writeString(work.resolve("ftoa_test.go"), TEST);
        ProcessBuilder pb = new ProcessBuilder(GoToolchain.go().toString(), "test", "-count=1", ".")
                .directory(work.toFile()).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.put("GOTOOLCHAIN", "local");
        env.put("GOPROXY", "off");
        env.put("CGO_ENABLED", "0");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("go test finished").isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).startsWith("ok");
    }
}
