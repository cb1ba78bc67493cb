package dev.rt0gen.link;

import dev.rt0gen.link.ObjectUnit.Chunk;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Dead-code elimination, as {@code ld --gc-sections} does it with one input section per
 * function: a chunk (a global label's code or data, {@link ObjectUnit.Chunk}) that nothing
 * reachable refers to is left out of the part. The linker uses it for the runtime, whose
 * functions a program uses only some of.
 *
 * <p>Reachable are the roots' chunks and, transitively, every chunk a reachable chunk refers
 * to: by a global label in an operand or a {@code .quad} ({@code call}, {@code jmp},
 * {@code lea}, {@code mov}; a table of code addresses keeps its targets), by a {@code .L} label
 * (a jump into another function of the same unit), or by falling through its end into the
 * unit's next text chunk ({@link Chunk#fallsThrough}: a last instruction other than
 * {@code jmp}, {@code ret}, {@code ud2}, {@code int3}; a call may return). A unit's text never
 * runs off its end into the next unit's (docs/ABI.md: the linker aligns each unit with int3
 * padding), so that is no reference. A unit's lines before its first global label in a section
 * belong to no label and are always kept, and so are the labels {@code .set} lines use.
 *
 * <p>Data chunks are kept or left out independently: code that reads a data label reads only
 * up to the next label (docs/ABI.md).
 */
final class DeadCode {
    private DeadCode() {
    }

    /** The units with only the chunks reachable from {@code roots} (names no unit defines are ignored). */
    static List<ObjectUnit> prune(List<ObjectUnit> units, Set<String> roots) {
        Map<String, Chunk> byName = new HashMap<>();
        Map<Chunk, Chunk> next = new IdentityHashMap<>();
        Deque<Chunk> work = new ArrayDeque<>();
        for (ObjectUnit u : units) {
            // A chunk falls through into the next chunk of its section in the same unit; the
            // next unit's text starts after alignment padding (int3), never by falling through.
            Map<ObjectUnit.Section, Chunk> last = new EnumMap<>(ObjectUnit.Section.class);
            for (Chunk c : u.chunks) {
                if (c.label() != null) byName.put(c.label(), c);
                for (String l : c.locals()) byName.put(l, c);
                if (c.label() == null) work.add(c);
                Chunk before = last.put(c.section(), c);
                if (before != null) next.put(before, c);
            }
        }
        for (String r : roots) enqueue(byName.get(r), work);
        for (ObjectUnit u : units) {
            for (String r : u.constantReferences) enqueue(byName.get(r), work);
        }
        Set<Chunk> live = Collections.newSetFromMap(new IdentityHashMap<>());
        while (!work.isEmpty()) {
            Chunk c = work.pop();
            if (!live.add(c)) continue;
            for (String r : c.references()) enqueue(byName.get(r), work);
            if (c.fallsThrough()) enqueue(next.get(c), work);
        }
        List<ObjectUnit> out = new ArrayList<>(units.size());
        for (ObjectUnit u : units) out.add(u.keeping(live::contains));
        return out;
    }

    private static void enqueue(Chunk c, Deque<Chunk> work) {
        if (c != null) work.push(c);
    }
}
