package dev.rt0gen.check;

import dev.rt0gen.syntax.Expr;
import dev.rt0gen.types.Array;
import dev.rt0gen.types.Basic;
import dev.rt0gen.types.Chan;
import dev.rt0gen.types.Interface;
import dev.rt0gen.types.Map;
import dev.rt0gen.types.Named;
import dev.rt0gen.types.Pointer;
import dev.rt0gen.types.Signature;
import dev.rt0gen.types.Slice;
import dev.rt0gen.types.Struct;
import dev.rt0gen.types.Tuple;
import dev.rt0gen.types.Type;

import java.util.ArrayList;
import java.util.List;

/**
 * gc's walk of {@code print} and {@code println} (walk/builtin.go's walkPrint): the runtime
 * prints no array or struct, so such an argument is "illegal types for operand: print" and
 * its type, at the call, one error per argument. gc reports it after type checking, for a
 * package types2 found no error in: the checker runs this on a package without errors.
 * Types are written as gc's %v writes them ({@link #gcString}): {@code struct { a int }},
 * {@code interface { M() }}, other packages' types qualified by their package's name.
 */
final class PrintArgs {
    private final Checker chk;
    private final java.util.Map<String, String> pkgNames;
    private final String pkgPath;

    private PrintArgs(Checker chk, java.util.Map<String, String> pkgNames, String pkgPath) {
        this.chk = chk;
        this.pkgNames = pkgNames;
        this.pkgPath = pkgPath;
    }

    /** The print and println calls of package pkgPath, checked. */
    static void check(Checker chk, java.util.Collection<Expr.Call> calls, java.util.Map<String, String> pkgNames, String pkgPath) {
        PrintArgs p = new PrintArgs(chk, pkgNames, pkgPath);
        for (Expr.Call c : calls) p.call(c);
    }

    private void call(Expr.Call c) {
        List<Type> types = new ArrayList<>();
        for (Expr a : c.args()) {
            CheckedProgram.TypeAndValue tv = chk.info.types.get(a);
            if (tv == null) continue;
            if (tv.type() instanceof Tuple t) types.addAll(t.types());   // print(f()) of a multi-value f
            else types.add(tv.type());
        }
        for (Type t : types) {
            if (t.underlying() instanceof Array || t.underlying() instanceof Struct) {
                chk.error(c.lparen() != null ? c.lparen() : c.pos(), "illegal types for operand: print\n\t" + gcString(t));
            }
        }
    }

    /** t as gc's types.Type %v formats it (cmd/compile/internal/types/fmt.go). */
    String gcString(Type t) {
        if (t instanceof Named n) {
            if (n.pkg == null || n.pkg.isEmpty() || n.pkg.equals(pkgPath)) return n.name;
            return pkgNames.getOrDefault(n.pkg, n.pkg) + "." + n.name;
        }
        if (t instanceof Basic || t == Interface.ANY) return t.toString();
        if (t instanceof Pointer p) return "*" + gcString(p.elem());
        if (t instanceof Slice s) return "[]" + gcString(s.elem());
        if (t instanceof Array a) return "[" + a.len() + "]" + gcString(a.elem());
        if (t instanceof Map m) return "map[" + gcString(m.key()) + "]" + gcString(m.elem());
        if (t instanceof Chan c) {
            String prefix = switch (c.dir()) {
                case SEND_RECV -> "chan ";
                case SEND -> "chan<- ";
                case RECV -> "<-chan ";
            };
            boolean paren = c.dir() == Chan.Dir.SEND_RECV && c.elem() instanceof Chan e && e.dir() == Chan.Dir.RECV;
            return prefix + (paren ? "(" + gcString(c.elem()) + ")" : gcString(c.elem()));
        }
        if (t instanceof Signature s) return "func" + signature(s);
        if (t instanceof Struct st) {
            if (st.fields().isEmpty()) return "struct {}";
            List<String> fs = new ArrayList<>();
            for (Struct.Field f : st.fields()) {
                String s = (f.embedded() ? "" : f.name() + " ") + gcString(f.type());
                if (f.tag() != null && !f.tag().isEmpty()) s += " " + dev.rt0gen.source.Strconv.quote(f.tag());
                fs.add(s);
            }
            return "struct { " + String.join("; ", fs) + " }";
        }
        if (t instanceof Interface it) {
            List<Named.Func> ms = it.methodSet();
            if (ms.isEmpty()) return "interface {}";
            List<String> out = new ArrayList<>();
            for (Named.Func m : ms) out.add(m.name() + signature(m.sig()));
            return "interface { " + String.join("; ", out) + " }";
        }
        return t.toString();
    }

    /** {@code (int, ...string) (int, error)}: parameters, then the results. */
    private String signature(Signature s) {
        List<String> ps = new ArrayList<>();
        for (int i = 0; i < s.params().size(); i++) {
            Type p = s.params().get(i);
            if (s.variadic() && i == s.params().size() - 1 && p instanceof Slice sl) ps.add("..." + gcString(sl.elem()));
            else ps.add(gcString(p));
        }
        String out = "(" + String.join(", ", ps) + ")";
        if (s.results().size() == 1) return out + " " + gcString(s.results().get(0));
        if (s.results().size() > 1) {
            List<String> rs = new ArrayList<>();
            for (Type r : s.results()) rs.add(gcString(r));
            return out + " (" + String.join(", ", rs) + ")";
        }
        return out;
    }
}
