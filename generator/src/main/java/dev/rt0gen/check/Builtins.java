package dev.rt0gen.check;

import dev.rt0gen.syntax.Supported;

import dev.rt0gen.check.Operand.Mode;
import dev.rt0gen.syntax.Expr;
import dev.rt0gen.types.Basic;
import dev.rt0gen.types.Tuple;

import java.math.BigInteger;
import java.util.List;

/** Calls of the built-in functions {@code print}, {@code println}, {@code len} and {@code panic} (types2's builtins.go). */
final class Builtins {
    private final Checker chk;

    Builtins(Checker chk) {
        this.chk = chk;
    }

    void builtin(Expr.Call c, Obj.Builtin b, Scope s, Operand x) {
        switch (b.name()) {
            case "print", "println" -> {
                List<Operand> args = chk.calls.arguments(c, s);
                if (args == null) return;
                for (Operand a : args) {
                    if (a.expr != null && a.basic().isUntyped()) chk.assignments.assign(a, a.basic().defaultType(), "argument to built-in " + b.name());
                }
                x.mode = Mode.NOVALUE;
                x.type = new Tuple(List.of());
            }
            case "len" -> {
                if (c.args().size() != 1) {
                    for (Expr a : c.args()) chk.exprs.multiExpr(a, s);
                    if (c.args().isEmpty()) chk.error(c, "invalid operation: not enough arguments for " + Expr.show(c) + " (expected 1, found 0)");
                    else chk.error(c, "invalid operation: too many arguments for " + Expr.show(c) + " (expected 1, found " + c.args().size() + ")");
                    return;
                }
                Operand a = chk.exprs.expr(c.args().get(0), s);
                if (a.invalid() || !chk.exprs.singleValue(a)) return;
                if (!a.basic().isString()) {
                    chk.error(a.expr, "invalid argument: " + a + " for built-in len");
                    return;
                }
                x.type = Basic.INT;
                if (a.isConst()) {
                    x.mode = Mode.CONSTANT;
                    x.val = BigInteger.valueOf(((String) a.val).length());
                } else {
                    x.mode = Mode.VALUE;
                }
            }
            case "panic" -> {
                // types2: the argument is assigned to interface{} (an untyped constant gets its
                // default type); the values of today's types are all allowed
                List<Operand> args = chk.calls.arguments(c, s);
                if (args == null) return;
                if (args.size() != 1) {
                    String q = args.isEmpty() ? "not enough" : "too many";
                    chk.error(c, "invalid operation: " + q + " arguments for " + Expr.show(c) + " (expected 1, found " + args.size() + ")");
                    return;
                }
                Operand a = args.get(0);
                if (a.basic().isUntyped()) chk.assignments.assign(a, a.basic().defaultType(), "argument to panic");
                if (a.invalid()) return;
                if (a.type instanceof Basic ab && ab.isFloat()) {
                    // Go's printpanicval prints a float with print's format: runtime.gopanic has no kind for it yet
                    chk.error(c.args().get(0), Supported.panicFloatMessage(a.type.toString()));
                    return;
                }
                if (a.type instanceof dev.rt0gen.types.Named) {
                    // Go prints such a value with its type's name (panic: main.Celsius(3))
                    chk.error(c.args().get(0), Supported.panicNamedMessage(a.type.toString()));
                    return;
                }
                if (chk.fn != null) chk.fn.panics.add(c);
                x.mode = Mode.NOVALUE;
                x.type = new Tuple(List.of());
            }
            default -> throw new IllegalStateException(b.name());
        }
    }
}
