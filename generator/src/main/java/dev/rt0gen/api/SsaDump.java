package dev.rt0gen.api;

/**
 * What {@code rt0gen build -d ssa=FUNC} collects, as gc's {@code GOSSAFUNC=FUNC} does: the IR
 * of the function FUNC after lowering, after each pass of {@code opt.Passes}, and after register
 * allocation (every value's register or stack slot). FUNC is a symbol ({@code main.fib}) or a
 * name in any package ({@code fib}).
 */
public final class SsaDump {
    private final String func;
    private final StringBuilder text = new StringBuilder();
    private boolean matched;

    public SsaDump(String func) {
        this.func = func;
    }

    public boolean matches(String symbol) {
        return symbol.equals(func) || !func.contains(".") && symbol.endsWith("." + func)
                && symbol.lastIndexOf('.') == symbol.length() - func.length() - 1;
    }

    private String last;

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

    /** Whether a function of the program matched. */
    public synchronized boolean matched() {
        return matched;
    }

    public synchronized String text() {
        return text.toString();
    }
}
