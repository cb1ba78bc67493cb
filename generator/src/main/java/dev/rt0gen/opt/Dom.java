package dev.rt0gen.opt;

import dev.rt0gen.ir.Block;
import dev.rt0gen.ir.Func;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The dominator tree of a function's reachable blocks (Cooper, Harvey, Kennedy: "A Simple, Fast
 * Dominance Algorithm"; gc's dom.go uses Lengauer-Tarjan, which pays off only for huge functions).
 */
final class Dom {
    final List<Block> rpo;
    private final Map<Block, Integer> order = new HashMap<>();
    private final Map<Block, Block> idom = new HashMap<>();
    private final Map<Block, List<Block>> children = new HashMap<>();

    Dom(Func f) {
        rpo = Edit.reversePostorder(f);
        for (int i = 0; i < rpo.size(); i++) order.put(rpo.get(i), i);
        Block entry = f.entry();
        idom.put(entry, entry);
        for (boolean changed = true; changed; ) {
            changed = false;
            for (Block b : rpo) {
                if (b == entry) continue;
                Block d = null;
                for (Block p : b.preds) {
                    if (!idom.containsKey(p)) continue; // unreachable, or not reached yet
                    d = d == null ? p : intersect(p, d);
                }
                if (d != idom.get(b)) {
                    idom.put(b, d);
                    changed = true;
                }
            }
        }
        for (Block b : rpo) {
            children.put(b, new ArrayList<>());
            if (b != entry) children.get(idom.get(b)).add(b);
        }
    }

    private Block intersect(Block a, Block b) {
        while (a != b) {
            while (order.get(a) > order.get(b)) a = idom.get(a);
            while (order.get(b) > order.get(a)) b = idom.get(b);
        }
        return a;
    }

    /** The immediate dominator of a reachable block (the entry's is itself). */
    Block idom(Block b) {
        return idom.get(b);
    }

    List<Block> children(Block b) {
        return children.get(b);
    }

    boolean reachable(Block b) {
        return order.containsKey(b);
    }

    /** Whether a dominates b (both reachable). */
    boolean dominates(Block a, Block b) {
        while (true) {
            if (a == b) return true;
            Block up = idom.get(b);
            if (up == b) return false;
            b = up;
        }
    }
}
