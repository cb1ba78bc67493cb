package dev.rt0gen.link;

import dev.rt0gen.codegen.AsmUnit;

import java.util.ArrayList;
import java.util.List;

/** The linker's passes before Keystone, for tests that must not pay for assembling. */
public final class LinkCheck {
    private LinkCheck() {
    }

    /**
     * Reads the program's units with the runtime's as the linker does, checks every symbol and
     * builds the one text Keystone would assemble; returns it.
     */
    public static String withoutAssembling(List<AsmUnit> program) throws LinkException {
        List<AsmUnit> units = new ArrayList<>(Runtime.units());
        units.addAll(program);
        List<ObjectUnit> objects = Linker.readUnits(units);
        var symbols = Linker.resolveSymbols(objects);
        return Linker.combine(objects, new ArrayList<>(symbols.keySet()));
    }
}
