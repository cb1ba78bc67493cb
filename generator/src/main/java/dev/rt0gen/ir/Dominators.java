package dev.rt0gen.ir;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The dominator tree of a function's blocks reachable from the entry, by the iterative
 * algorithm of Cooper, Harvey and Kennedy ("A Simple, Fast Dominance Algorithm") over reverse
 * postorder (gc's dom.go uses Lengauer-Tarjan, which pays off only for huge functions). The
 * verifier checks SSA with it; the passes that need dominance (cse, prove, divmod) walk it.
 */
public final class Dominators {
    private final List<Block> rpo;
    private final Map<Block, Integer> order = new HashMap<>();
    private final Block[] idom;
    private final Map<Block, List<Block>> children = new HashMap<>();

    public Dominators(Func f) {
        rpo = reversePostorder(f);
        for (int i = 0; i < rpo.size(); i++) order.put(rpo.get(i), i);
        idom = new Block[rpo.size()];
        idom[0] = rpo.get(0);
        for (boolean changed = true; changed; ) {
            changed = false;
            for (int i = 1; i < rpo.size(); i++) {
                Block d = null;
                for (Block p : rpo.get(i).preds) {
                    Integer pi = order.get(p);
                    if (pi == null || idom[pi] == null) continue;   // unreachable, or not reached yet
                    d = d == null ? p : intersect(p, d);
                }
                if (d != idom[i]) {
                    idom[i] = d;
                    changed = true;
                }
            }
        }
        for (Block b : rpo) children.put(b, new ArrayList<>());
        for (int i = 1; i < rpo.size(); i++) children.get(idom[i]).add(rpo.get(i));
    }

    /** The blocks reachable from the entry, in reverse postorder (an iterative DFS: deep CFGs cannot overflow the Java stack). */
    public static List<Block> reversePostorder(Func f) {
        List<Block> post = new ArrayList<>();
        Set<Block> seen = new HashSet<>();
        ArrayDeque<Object[]> stack = new ArrayDeque<>();
        seen.add(f.entry());
        stack.push(new Object[]{f.entry(), 0});
        while (!stack.isEmpty()) {
            Object[] top = stack.peek();
            Block b = (Block) top[0];
            int i = (Integer) top[1];
            if (i < b.succs.size()) {
                top[1] = i + 1;
                Block s = b.succs.get(i);
                if (seen.add(s)) stack.push(new Object[]{s, 0});
            } else {
                stack.pop();
                post.add(b);
            }
        }
        Collections.reverse(post);
        return post;
    }

    private Block intersect(Block a, Block b) {
        int x = order.get(a), y = order.get(b);
        while (x != y) {
            while (x > y) x = order.get(idom[x]);
            while (y > x) y = order.get(idom[y]);
        }
        return rpo.get(x);
    }

    /** Reverse postorder of the blocks reachable from the entry. */
    public List<Block> reversePostorder() {
        return Collections.unmodifiableList(rpo);
    }

    public boolean reachable(Block b) {
        return order.containsKey(b);
    }

    /** The immediate dominator of a reachable block; null for the entry and unreachable blocks. */
    public Block idom(Block b) {
        Integer i = order.get(b);
        return i == null || i == 0 ? null : idom[i];
    }

    /** The blocks b immediately dominates. */
    public List<Block> children(Block b) {
        return children.getOrDefault(b, List.of());
    }

    /** Whether a dominates b (every block dominates itself); false when either is unreachable. */
    public boolean dominates(Block a, Block b) {
        Integer ai = order.get(a), bi = order.get(b);
        if (ai == null || bi == null) return false;
        int x = bi;
        while (x > ai) x = order.get(idom[x]);
        return x == ai;
    }

    /**
     * Visits the dominator tree in preorder, iteratively; the Runnable that {@code visit} returns
     * for a block (or null) runs once the block's whole subtree is visited, so a scoped table (cse's
     * expressions, prove's facts) drops what the block added.
     */
    public void walk(Function<Block, Runnable> visit) {
        ArrayDeque<Object> stack = new ArrayDeque<>();
        stack.push(rpo.get(0));
        while (!stack.isEmpty()) {
            Object top = stack.pop();
            if (top instanceof Runnable undo) {
                undo.run();
                continue;
            }
            Block b = (Block) top;
            Runnable undo = visit.apply(b);
            if (undo != null) stack.push(undo);
            for (Block c : children(b)) stack.push(c);
        }
    }
}
