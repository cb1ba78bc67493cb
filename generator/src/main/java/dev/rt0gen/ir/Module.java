package dev.rt0gen.ir;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One package's IR: its functions, its static data, and the link-time constants it defines
 * ({@code go..ninittasks}, {@code go..godebugDefaultLen}: the assembler's {@code .set}).
 */
public final class Module {
    public final String path;
    public final List<Func> funcs = new ArrayList<>();
    public final List<Data> data = new ArrayList<>();
    public final Map<String, Long> constants = new LinkedHashMap<>();

    public Module(String path) {
        this.path = path;
    }

    public Func func(String name) {
        for (Func f : funcs) if (f.name.equals(name)) return f;
        return null;
    }

    @Override
    public String toString() {
        return Printer.module(this);
    }
}
