package dev.rt0gen.amd64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** IR programs compiled by the back end, linked with the runtime and run: what they print. */
class Amd64RunTest {
    @TempDir
    Path dir;

    private String run(String ir) throws Exception {
        return Programs.run(ir, dir);
    }

    @Test
    void fibRecursion() throws Exception {
        assertThat(run("""
                func main.fib(int) (int) {
                b0:
                    v0:int = param 0
                    v1:int = const 2
                    v2:int = lt v0, v1
                    if v2 -> b1, b2
                b1:
                    ret v0
                b2:
                    v3:int = const 1
                    v4:int = sub v0, v3
                    v5:int = call main.fib(v4)
                    v6:int = const 2
                    v7:int = sub v0, v6
                    v8:int = call main.fib(v7)
                    v9:int = add v5, v8
                    ret v9
                }

                func main.main() () {
                b0:
                    v0:int = const 25
                    v1:int = call main.fib(v0)
                    call runtime.printint(v1)
                    call runtime.printnl()
                    ret
                }
                """)).isEqualTo("75025\n");
    }

    /** collatz(n): the steps to 1, summed over 1..999 (a loop with phis, % and / in it). */
    @Test
    void collatzLoop() throws Exception {
        long total = 0;
        for (long i = 1; i < 1000; i++) {
            long n = i, st = 0;
            while (n != 1) {
                n = n % 2 == 0 ? n / 2 : 3 * n + 1;
                st++;
            }
            total += st;
        }
        assertThat(run("""
                func main.steps(int) (int) {
                b0:
                    v0:int = param 0
                    v1:int = const 0
                    jmp b1
                b1:
                    v2:int = phi b0:v0, b5:v12
                    v3:int = phi b0:v1, b5:v13
                    v4:int = const 1
                    v5:int = ne v2, v4
                    if v5 -> b2, b6
                b2:
                    v6:int = const 2
                    v7:int = mod v2, v6
                    v8:int = const 0
                    v9:int = eq v7, v8
                    if v9 -> b3, b4
                b3:
                    v10:int = div v2, v6
                    jmp b5
                b4:
                    v14:int = const 3
                    v15:int = mul v2, v14
                    v11:int = add v15, v4
                    jmp b5
                b5:
                    v12:int = phi b3:v10, b4:v11
                    v13:int = add v3, v4
                    jmp b1
                b6:
                    ret v3
                }

                func main.main() () {
                b0:
                    v0:int = const 1
                    v1:int = const 0
                    jmp b1
                b1:
                    v2:int = phi b0:v0, b2:v6
                    v3:int = phi b0:v1, b2:v5
                    v7:int = const 1000
                    v8:int = lt v2, v7
                    if v8 -> b2, b3
                b2:
                    v4:int = call main.steps(v2)
                    v5:int = add v3, v4
                    v6:int = add v2, v0
                    jmp b1
                b3:
                    call runtime.printint(v3)
                    call runtime.printnl()
                    ret
                }
                """)).isEqualTo(total + "\n");
    }

    /** Primes below 2000 by trial division: nested loops, / and % by a variable. */
    @Test
    void nestedLoopsWithDivMod() throws Exception {
        assertThat(run("""
                func main.isPrime(int) (int) {
                b0:
                    v0:int = param 0
                    v1:int = const 2
                    v3:int = const 0
                    v2:int = lt v0, v1
                    if v2 -> b1, b2
                b1:
                    ret v3
                b2:
                    v4:int = const 3
                    jmp b3
                b3:
                    v5:int = phi b2:v4, b5:v10
                    v6:int = div v0, v5
                    v7:int = le v5, v6
                    if v7 -> b4, b6
                b4:
                    v8:int = mod v0, v5
                    v9:int = eq v8, v3
                    if v9 -> b7, b5
                b5:
                    v10:int = add v5, v1
                    jmp b3
                b6:
                    v11:int = mod v0, v1
                    v12:int = ne v11, v3
                    v13:int = eq v0, v1
                    v14:int = or v12, v13
                    ret v14
                b7:
                    ret v3
                }

                func main.main() () {
                b0:
                    v0:int = const 2
                    v1:int = const 0
                    jmp b1
                b1:
                    v2:int = phi b0:v0, b4:v7
                    v3:int = phi b0:v1, b4:v6
                    v4:int = phi b0:v1, b4:v9
                    v10:int = const 2000
                    v11:int = lt v2, v10
                    if v11 -> b2, b5
                b2:
                    v5:int = call main.isPrime(v2)
                    if v5 -> b3, b4
                b3:
                    v12:int = const 1
                    v13:int = add v3, v12
                    jmp b4
                b4:
                    v6:int = phi b2:v3, b3:v13
                    v9:int = phi b2:v4, b3:v2
                    v14:int = const 1
                    v7:int = add v2, v14
                    jmp b1
                b5:
                    call runtime.printint(v3)
                    call runtime.printsp()
                    call runtime.printint(v4)
                    call runtime.printnl()
                    ret
                }
                """)).isEqualTo("303 1999\n");
    }
}
