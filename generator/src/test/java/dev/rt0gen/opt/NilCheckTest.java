package dev.rt0gen.opt;

import dev.rt0gen.ir.Func;
import dev.rt0gen.ir.Instr;
import dev.rt0gen.ir.Op;
import dev.rt0gen.ir.Verifier;
import dev.rt0gen.ir.Width;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NilCheckTest {
    /** The nil checks left: byte loads whose value nothing reads. */
    private static List<String> checks(Func f) {
        return Build.all(f).stream().filter(in -> in.op == Op.LOAD && in.width == Width.U8)
                .map(in -> in.arg(0) + "+" + in.aux).toList();
    }

    @Test
    void aCheckGoesWhereThePointerIsKnownNotNil() {
        Func f = Build.parse("""
                func main.t(ptr, ptr, ptr) (int) {
                b0:
                    v0:ptr = param 0
                    v1:ptr = param 1
                    v2:ptr = param 2
                    v3:ptr = addr main.g
                    v4:int = load.u8 [v3]
                    v5:int = load [v0+16]
                    v6:int = load.u8 [v0]
                    v7:int = const 0
                    v8:int = ne v1, v7
                    if v8 -> b1, b2
                b1:
                    v9:int = load.u8 [v1]
                    v10:int = load.u8 [v2]
                    v11:int = load [v2+8]
                    ret v11
                b2:
                    v12:int = load.u8 [v1]
                    ret v5
                }
                """);
        NilCheck.run(f);
        Verifier.verify(f);
        // an address (main.g), a pointer already read (v0), one compared with nil on its then
        // side (v1 in b1): no check; v1 on the else side and v2 (read at +8 after) keep theirs
        assertThat(checks(f)).containsExactly("v2+0", "v1+0");
    }

    @Test
    void aCheckRightBeforeAnAccessAtTheSameAddressGoes() {
        Func f = Build.parse("""
                func main.t(ptr, int) () {
                b0:
                    v0:ptr = param 0
                    v1:int = param 1
                    v2:int = load.u8 [v0]
                    v3:int = const 1
                    v4:int = add v1, v3
                    store [v0], v4
                    ret
                }
                """);
        NilCheck.run(f);
        Verifier.verify(f);
        assertThat(checks(f)).isEmpty();
        // a call between the check and the store: the check stays (the call would run first)
        Func g = Build.parse("""
                func main.t(ptr, int) () {
                b0:
                    v0:ptr = param 0
                    v1:int = param 1
                    v2:int = load.u8 [v0]
                    call main.h()
                    store [v0], v1
                    ret
                }
                """);
        NilCheck.run(g);
        assertThat(checks(g)).containsExactly("v0+0");
    }
}
