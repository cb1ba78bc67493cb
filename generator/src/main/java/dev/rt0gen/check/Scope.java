package dev.rt0gen.check;

import java.util.LinkedHashMap;
import java.util.Map;

/** A block of declarations; lookups walk outwards. */
final class Scope {
    final Scope parent;
    final Map<String, Obj> objects = new LinkedHashMap<>();

    Scope(Scope parent) {
        this.parent = parent;
    }

    Obj lookupLocal(String name) {
        return objects.get(name);
    }

    Obj lookup(String name) {
        for (Scope s = this; s != null; s = s.parent) {
            Obj o = s.objects.get(name);
            if (o != null) return o;
        }
        return null;
    }
}
