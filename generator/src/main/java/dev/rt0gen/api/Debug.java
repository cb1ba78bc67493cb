package dev.rt0gen.api;

import dev.rt0gen.opt.Passes;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * {@code rt0gen build -d SETTING[,SETTING…]}, gc's {@code -d} flags for the SSA back end:
 * <ul>
 * <li>{@code ssa=FUNC}: the IR of function FUNC after lowering, after each pass of
 * {@code opt.Passes} and after register allocation (every value's register or stack slot), as
 * gc's {@code GOSSAFUNC=FUNC}. FUNC is a symbol ({@code main.fib}) or a name in any package
 * ({@code fib}).</li>
 * <li>{@code ssa/PASS/off}: the pass PASS is not run (its name with {@code _} for spaces, as gc's
 * {@code -d=ssa/PASS/off}), to see or measure what it does: the program must stay correct without
 * any one pass.</li>
 * </ul>
 */
public final class Debug {
    private String func;
    private final Set<String> passesOff = new LinkedHashSet<>();
    private final StringBuilder text = new StringBuilder();
    private boolean matched;
    private String last;

    /** The settings of one {@code -d} value; throws IllegalArgumentException with the reason. */
    public static Debug parse(String settings) {
        Debug d = new Debug();
        for (String s : settings.split(",", -1)) {
            if (s.startsWith("ssa=") && s.length() > 4) {
                d.func = s.substring(4);
            } else if (s.startsWith("ssa/") && s.endsWith("/off") && s.length() > 8) {
                String pass = s.substring(4, s.length() - 4).replace('_', ' ');
                if (Passes.ALL.stream().noneMatch(p -> p.name().equals(pass))) {
                    throw new IllegalArgumentException("no pass " + s.substring(4, s.length() - 4) + " (the passes: "
                            + String.join(" ", Passes.ALL.stream().map(p -> p.name().replace(' ', '_')).toList()) + ")");
                }
                d.passesOff.add(pass);
            } else {
                throw new IllegalArgumentException("expected ssa=FUNC or ssa/PASS/off, got " + (s.isEmpty() ? "nothing" : s));
            }
        }
        return d;
    }

    /** The passes not to run. */
    public Set<String> passesOff() {
        return passesOff;
    }

    /** The function whose IR is collected, or null. */
    public String func() {
        return func;
    }

    public boolean matches(String symbol) {
        return func != null && (symbol.equals(func) || !func.contains(".") && symbol.endsWith("." + func)
                && symbol.lastIndexOf('.') == symbol.length() - func.length() - 1);
    }

    synchronized void add(String symbol, String after, String ir) {
        matched = true;
        if (ir.equals(last)) {
            text.append("## ").append(symbol).append(" after ").append(after).append(": unchanged\n\n");
            return;
        }
        last = ir;
        text.append("## ").append(symbol).append(" after ").append(after).append('\n').append(ir);
        if (!ir.endsWith("\n")) text.append('\n');
        text.append('\n');
    }

    /** Whether a function of the program matched {@code ssa=FUNC}. */
    public synchronized boolean matched() {
        return matched;
    }

    public synchronized String text() {
        return text.toString();
    }
}
