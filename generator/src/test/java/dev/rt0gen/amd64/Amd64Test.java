package dev.rt0gen.amd64;

import dev.rt0gen.ir.Func;
import dev.rt0gen.ir.Module;
import dev.rt0gen.ir.Parser;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The back end's pieces without running programs: the checker, the dump hook, speed. */
class Amd64Test {
    private static final String SUM = """
            func main.sum(int, int) (int) {
            b0:
                v0:int = param 0
                v1:int = param 1
                v2:int = const 0
                jmp b1
            b1:
                v3:int = phi b0:v2, b2:v5
                v4:int = phi b0:v0, b2:v6
                v7:int = le v4, v1
                if v7 -> b2, b3
            b2:
                v5:int = add v3, v4
                v8:int = const 1
                v6:int = add v4, v8
                jmp b1
            b3:
                ret v3
            }
            """;

    @Test
    void checkerAcceptsTheAllocationAndRejectsASharedRegister() {
        Func f = Parser.func(SUM);
        FuncInfo fi = new FuncInfo(f);
        RegAlloc ra = new RegAlloc(fi);
        ra.check();
        // the loop's sum and counter are live together: give them one register
        RegAlloc bad = new RegAlloc(fi);
        bad.force(fi.values[4], bad.loc[3].reg());
        assertThatThrownBy(bad::check).isInstanceOf(IllegalStateException.class).hasMessageContaining("share");
    }

    @Test
    void checkerRejectsARegisterLiveAcrossACall() {
        Func f = Parser.func("""
                func main.f(int) (int) {
                b0:
                    v0:int = param 0
                    call runtime.printnl()
                    ret v0
                }
                """);
        FuncInfo fi = new FuncInfo(f);
        RegAlloc ra = new RegAlloc(fi);
        ra.check();
        assertThat(ra.loc[0].kind()).isEqualTo(Loc.Kind.SLOT);
        ra.force(fi.values[0], Reg.RBX);
        assertThatThrownBy(ra::check).isInstanceOf(IllegalStateException.class).hasMessageContaining("live across");
    }

    @Test
    void dumpShowsEachFunctionAfterAllocation() {
        Module m = Parser.module("# package main\n" + SUM);
        Map<String, String> dumps = new LinkedHashMap<>();
        String text = Amd64.emit(m, dumps::put);
        assertThat(dumps).containsOnlyKeys("main.sum");
        // every value that lives somewhere has a location: the phis and the loop's values in registers
        assertThat(dumps.get("main.sum")).contains("v3:int = phi").containsPattern("v3@r[a-z0-9]+").containsPattern("v7@flags");
        assertThat(text).contains("main.sum:");
    }

    @Test
    void theBackEndIsFast() {
        // 200 copies of a loop function with spills and calls: well under a second even cold
        StringBuilder sb = new StringBuilder("# package main\n");
        for (int i = 0; i < 200; i++) sb.append(SUM.replace("main.sum", "main.sum" + i)).append('\n');
        Module m = Parser.module(sb.toString());
        Amd64.emit(m);
        long t0 = System.nanoTime();
        String text = Amd64.emit(Parser.module(sb.toString()));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertThat(text).contains("main.sum199:");
        assertThat(ms).isLessThan(500);
    }
}
