package dev.rt0gen.check;

import dev.rt0gen.syntax.Expr;
import dev.rt0gen.types.Basic;
import dev.rt0gen.types.Named;
import dev.rt0gen.types.Type;

import java.util.ArrayList;
import java.util.List;

/** An expression's checked form, as types2's operand. */
final class Operand {
    /** What an operand is: types2's operandMode. */
    enum Mode { INVALID, NOVALUE, BUILTIN, TYPEXPR, CONSTANT, VARIABLE, MAPINDEX, VALUE, PKGNAME }

    Mode mode = Mode.INVALID;
    Expr expr;
    Type type = Basic.INVALID;
    Object val;
    Obj obj;

    boolean invalid() {
        return mode == Mode.INVALID;
    }

    Basic basic() {
        return type != null && type.underlying() instanceof Basic b ? b : Basic.INVALID;
    }

    boolean isConst() {
        return mode == Mode.CONSTANT;
    }

    /** types2's operand.String: {@code x (variable of type int)}, {@code 1 (untyped int constant)}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        String e = expr == null ? "" : Expr.show(expr);
        if (!e.isEmpty()) sb.append(e).append(" (");
        boolean hasType = false;
        switch (mode) {
            case INVALID, NOVALUE, BUILTIN, TYPEXPR -> {
            }
            default -> {
                if (type instanceof Basic b && b.isUntyped()) {
                    sb.append(b).append(' ');
                } else {
                    hasType = true;
                }
            }
        }
        sb.append(switch (mode) {
            case INVALID -> "invalid operand";
            case NOVALUE -> "no value";
            case BUILTIN -> "built-in";
            case TYPEXPR -> "type";
            case CONSTANT -> "constant";
            case VARIABLE -> "variable";
            case MAPINDEX -> "map index expression";
            case VALUE -> "value";
            case PKGNAME -> "package";
        });
        if (mode == Mode.CONSTANT) {
            String s = Constants.show(val);
            if (!s.equals(e)) sb.append(' ').append(s);
        }
        if (hasType) {
            // a defined type is described by its structure: "of int type Celsius"
            sb.append(" of ");
            if (type instanceof Named && type.underlying() instanceof Basic u) sb.append(u).append(' ');
            if (type instanceof Named && type.underlying() instanceof dev.rt0gen.types.Chan) sb.append("chan ");   // types2's compositeKind
            sb.append("type ").append(type);
        }
        if (!e.isEmpty()) sb.append(')');
        return sb.toString();
    }

    /** types2's typesSummary of argument operands: untyped numbers are "number". */
    static String summary(List<Operand> xs) {
        List<String> parts = new ArrayList<>();
        for (Operand x : xs) {
            if (x.invalid()) parts.add("unknown type");
            else if (x.type instanceof Basic b && b.isUntyped()) parts.add(b.isNumeric() ? "number" : b.toString().replace("untyped ", ""));
            else if (x.mode == Mode.NOVALUE) parts.add("()");
            else parts.add(x.type.toString());
        }
        return "(" + String.join(", ", parts) + ")";
    }
}
