package dev.rt0gen.types;

import dev.rt0gen.ir.Cls;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TypesTest {
    private static Struct.Field field(String name, Type t) {
        return new Struct.Field(name, t, false, "main", "");
    }

    private static Struct struct(Type... ts) {
        List<Struct.Field> fs = new java.util.ArrayList<>();
        for (int i = 0; i < ts.length; i++) fs.add(field("f" + i, ts[i]));
        return new Struct(fs);
    }

    @Test
    void identity() {
        assertThat(Types.identical(Basic.BYTE, Basic.UINT8)).isTrue();
        assertThat(Types.identical(Basic.RUNE, Basic.INT32)).isTrue();
        assertThat(Types.identical(Basic.INT, Basic.INT64)).isFalse();
        assertThat(Types.identical(new Slice(Basic.INT), new Slice(Basic.INT))).isTrue();
        assertThat(Types.identical(new Array(3, Basic.INT), new Array(4, Basic.INT))).isFalse();
        assertThat(Types.identical(new Map(Basic.STRING, new Pointer(Basic.INT)), new Map(Basic.STRING, new Pointer(Basic.INT)))).isTrue();
        assertThat(Types.identical(new Chan(Chan.Dir.SEND, Basic.INT), new Chan(Chan.Dir.RECV, Basic.INT))).isFalse();
        assertThat(Types.identical(new Signature(List.of(new Slice(Basic.INT)), List.of(), true),
                new Signature(List.of(new Slice(Basic.INT)), List.of(), false))).isFalse();
        Named t = new Named("main", "T", Basic.INT), u = new Named("main", "T", Basic.INT);
        assertThat(Types.identical(t, t)).isTrue();
        assertThat(Types.identical(t, u)).isFalse();
        assertThat(Types.identical(t, Basic.INT)).isFalse();
        assertThat(t.underlying()).isSameAs(Basic.INT);
        // unexported field names are the same only within one package
        Struct a = new Struct(List.of(new Struct.Field("x", Basic.INT, false, "p", "")));
        Struct b = new Struct(List.of(new Struct.Field("x", Basic.INT, false, "q", "")));
        Struct c = new Struct(List.of(new Struct.Field("X", Basic.INT, false, "q", "")));
        Struct d = new Struct(List.of(new Struct.Field("X", Basic.INT, false, "p", "")));
        assertThat(Types.identical(a, b)).isFalse();
        assertThat(Types.identical(c, d)).isTrue();
    }

    @Test
    void typeStrings() {
        assertThat(new Signature(List.of(Basic.INT, new Slice(Basic.STRING)), List.of(Basic.BOOL, Basic.INT), true))
                .hasToString("func(int, ...string) (bool, int)");
        assertThat(new Map(Basic.STRING, new Array(2, new Pointer(Basic.BYTE)))).hasToString("map[string][2]*byte");
        assertThat(new Chan(Chan.Dir.SEND_RECV, new Chan(Chan.Dir.RECV, Basic.INT))).hasToString("chan (<-chan int)");
        assertThat(struct(Basic.INT, Basic.STRING)).hasToString("struct{f0 int; f1 string}");
        assertThat(Interface.EMPTY).hasToString("interface{}");
        assertThat(new Tuple(List.of(Basic.INT, Basic.STRING))).hasToString("(int, string)");
        assertThat(Basic.UNTYPED_RUNE.defaultType()).isSameAs(Basic.RUNE);
        assertThat(Basic.of(Basic.Kind.UINT8)).isSameAs(Basic.UINT8);
    }

    /** The figures are go1.26's unsafe.Sizeof/Alignof/Offsetof on linux/amd64. */
    @Test
    void sizesAsGcLaysThemOut() {
        Struct s1 = struct(Basic.INT8, Basic.INT64, Basic.INT16);
        assertThat(Sizes.sizeof(s1)).isEqualTo(24);
        assertThat(Sizes.alignof(s1)).isEqualTo(8);
        assertThat(Sizes.offsets(s1)).containsExactly(0, 8, 16);
        Struct s2 = struct(Basic.INT8, struct());   // a zero-sized last field takes a byte
        assertThat(Sizes.sizeof(s2)).isEqualTo(2);
        assertThat(Sizes.alignof(s2)).isEqualTo(1);
        Struct s3 = struct(Basic.COMPLEX64, Basic.BOOL);
        assertThat(Sizes.sizeof(s3)).isEqualTo(12);
        assertThat(Sizes.alignof(s3)).isEqualTo(4);
        assertThat(Sizes.offsetof(s3, 1)).isEqualTo(8);
        Struct s4 = struct(Basic.STRING, new Slice(Basic.INT), Interface.EMPTY, Basic.BYTE);
        assertThat(Sizes.sizeof(s4)).isEqualTo(64);
        assertThat(Sizes.offsetof(s4, 3)).isEqualTo(56);
        assertThat(Sizes.sizeof(new Array(3, Basic.INT16))).isEqualTo(6);
        assertThat(Sizes.alignof(new Array(3, Basic.INT16))).isEqualTo(2);
        assertThat(Sizes.sizeof(Basic.COMPLEX128)).isEqualTo(16);
        assertThat(Sizes.alignof(Basic.COMPLEX128)).isEqualTo(8);
        assertThat(Sizes.sizeof(struct())).isZero();
        assertThat(Sizes.alignof(struct())).isEqualTo(1);
        assertThat(Sizes.sizeof(new Array(0, Basic.INT64))).isZero();
        assertThat(Sizes.alignof(new Array(0, Basic.INT64))).isEqualTo(8);
        assertThat(Sizes.sizeof(new Named("main", "T", new Map(Basic.INT, Basic.INT)))).isEqualTo(8);
    }

    @Test
    void words() {
        assertThat(Sizes.words(Basic.INT)).containsExactly(Cls.INT);
        assertThat(Sizes.words(Basic.BOOL)).containsExactly(Cls.INT);
        assertThat(Sizes.words(Basic.STRING)).containsExactly(Cls.PTR, Cls.INT);
        assertThat(Sizes.words(Basic.UNTYPED_STRING)).containsExactly(Cls.PTR, Cls.INT);
        assertThat(Sizes.words(new Pointer(Basic.INT))).containsExactly(Cls.PTR);
        assertThat(Sizes.words(new Slice(Basic.INT))).containsExactly(Cls.PTR, Cls.INT, Cls.INT);
        assertThat(Sizes.words(Interface.EMPTY)).containsExactly(Cls.PTR, Cls.PTR);
        assertThat(Sizes.words(Basic.FLOAT64)).containsExactly(Cls.F64);
        assertThat(Sizes.words(struct(Basic.STRING, Basic.BOOL))).containsExactly(Cls.PTR, Cls.INT, Cls.INT);
        assertThat(Sizes.words(new Array(2, Basic.STRING))).containsExactly(Cls.PTR, Cls.INT, Cls.PTR, Cls.INT);
        assertThat(Sizes.words(new Named("main", "T", Basic.STRING))).containsExactly(Cls.PTR, Cls.INT);
        assertThat(Sizes.words(List.of(Basic.INT, Basic.STRING))).containsExactly(Cls.INT, Cls.PTR, Cls.INT);
        assertThatThrownBy(() -> Sizes.words(Basic.INVALID)).isInstanceOf(IllegalArgumentException.class);
    }
}
