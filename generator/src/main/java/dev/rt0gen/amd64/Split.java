package dev.rt0gen.amd64;

import dev.rt0gen.ir.Block;
import dev.rt0gen.ir.Func;
import dev.rt0gen.ir.Instr;
import dev.rt0gen.ir.Op;
import dev.rt0gen.ir.Value;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Live-range splitting at calls, before register allocation. A call clobbers every register
 * (Go's ABI), so {@link RegAlloc} gives a value live across a call its spill slot for its whole
 * life, and without this pass every use of it would read the slot, even the uses right after
 * its definition. Here such a value {@code v} is split in three, with copies (the moves gc's
 * regalloc places as spills and restores):
 * <ul>
 * <li>{@code v} itself lives from its definition to its uses before the first call after it
 * in its block: a register;</li>
 * <li>{@code vs = copy v} right after the definition (after the block's phis, the entry's
 * params) is the spill: it alone is live across calls, and takes every other use;</li>
 * <li>in each stretch of a block between two calls that reads {@code vs} more than once, a
 * restore {@code vr = copy vs} before the first of those reads takes them: a register again
 * (a single read takes the slot as a memory operand, no dearer than a restore).</li>
 * <li>in a loop that makes no call, {@code vr = copy vs} once in the loop's preheader takes
 * every read of the loop (gc's regalloc places its restores outside loops too): a register for
 * the whole loop instead of a read of the slot in each iteration. At most {@link #LOOP_RESTORES}
 * values per loop, the first read (in block order), so that the loop's own values keep their
 * registers.</li>
 * </ul>
 * A phi's operand stays {@code vs}: its move on the edge reads the slot.
 */
final class Split {
    private Split() {
    }

    /** Splits the values of fi's function live across a call; whether it changed anything (fi is then stale). */
    static boolean run(FuncInfo fi) {
        Func f = fi.f;
        BitSet across = new BitSet();
        fi.liveAcrossCalls((call, live) -> across.or(live));
        if (across.isEmpty()) return false;
        // the instructions that read each value spilled, with their blocks (one pass, so that
        // spilling thousands of values, a long init, is not a scan of the function each)
        java.util.Map<Value, List<Instr>> uses = new java.util.HashMap<>();
        java.util.Map<Value, List<Block>> useBlocks = new java.util.HashMap<>();
        for (Block b : fi.order) {
            for (Instr in : b.instrs) {
                for (Value a : in.args) {
                    if (!across.get(a.id)) continue;
                    List<Instr> u = uses.computeIfAbsent(a, x -> new ArrayList<>());
                    if (!u.isEmpty() && u.get(u.size() - 1) == in) continue;
                    u.add(in);
                    useBlocks.computeIfAbsent(a, x -> new ArrayList<>()).add(b);
                }
            }
        }
        List<Value> spilled = new ArrayList<>();
        for (int v = across.nextSetBit(0); v >= 0; v = across.nextSetBit(v + 1)) {
            Value x = fi.values[v];
            if (x.def.op == Op.PARAM && f.abi0) continue; // an ABI0 param is in its caller's frame already
            spilled.add(spill(fi, x, uses.getOrDefault(x, List.of()), useBlocks.getOrDefault(x, List.of())));
        }
        loopRestores(f, spilled);
        for (Block b : fi.order) restores(f, b, spilled);
        return true;
    }

    /** How many spilled values one loop may restore in its preheader. */
    static final int LOOP_RESTORES = 4;

    /**
     * For each natural loop without a call (a header h, the blocks that reach a back edge to it
     * without passing h) with a preheader (h's one predecessor outside the loop, whose only
     * successor is h): a restore there of each spilled value defined before the loop and read
     * in it, which every read in the loop (and every phi operand on a back edge) then takes.
     * Outer loops go first: an inner loop of a call-free loop finds its values restored already.
     */
    private static void loopRestores(Func f, List<Value> spilled) {
        dev.rt0gen.ir.Dominators dom = new dev.rt0gen.ir.Dominators(f);
        for (Block h : dom.reversePostorder()) {
            java.util.Set<Block> body = new java.util.LinkedHashSet<>();
            body.add(h);
            java.util.ArrayDeque<Block> work = new java.util.ArrayDeque<>();
            for (Block p : h.preds) if (dom.dominates(h, p) && body.add(p)) work.add(p);
            if (body.size() == 1 && !h.preds.contains(h)) continue;
            while (!work.isEmpty()) {
                for (Block p : work.poll().preds) if (dom.reachable(p) && body.add(p)) work.add(p);
            }
            if (body.stream().anyMatch(b -> b.instrs.stream().anyMatch(Instr::isCall))) continue;
            List<Block> outside = h.preds.stream().filter(p -> !body.contains(p)).toList();
            if (outside.size() != 1 || outside.get(0).succs.size() != 1) continue;
            Block pre = outside.get(0);
            int budget = LOOP_RESTORES;
            for (Block b : f.blocks) {
                if (!body.contains(b)) continue;
                for (Instr in : b.instrs) {
                    for (int j = 0; j < in.args.size() && budget > 0; j++) {
                        Value vs = in.args.get(j);
                        if (!spilled.contains(vs) || body.contains(vs.def.block)) continue;
                        if (in.op == Op.PHI && !body.contains(b.preds.get(j))) continue;
                        budget--;
                        Instr cp = pre.insert(pre.instrs.size() - 1, Op.COPY, vs);
                        Value vr = f.define(cp, vs.cls);
                        for (Block c : body) {
                            for (Instr x : c.instrs) {
                                for (int k = 0; k < x.args.size(); k++) {
                                    if (x.args.get(k) != vs || x.op == Op.PHI && !body.contains(c.preds.get(k))) continue;
                                    x.args.set(k, vr);
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /**
     * Inserts {@code vs = copy v} after v's definition, and moves to vs every use of v but
     * those v reaches in its register: where no call lies on any way from the definition. Those
     * are the uses in v's block before (or at) the first call after it, and in each block all
     * of whose predecessors v passes through without a call (the uses there before or at its
     * first call), and the phi operands on an edge from a block v passes through.
     */
    private static Value spill(FuncInfo fi, Value v, List<Instr> uses, List<Block> useBlocks) {
        Instr def = v.def;
        Block db = def.block;
        int at;
        if (def.op == Op.PHI) {
            at = db.phis().size();
        } else if (def.op == Op.PARAM || def.op == Op.CLOSUREPTR) {
            at = 0;
            while (at < db.instrs.size() && (db.instrs.get(at).op == Op.PARAM || db.instrs.get(at).op == Op.CLOSUREPTR)) at++;
        } else {
            at = db.instrs.indexOf(def) + 1;
        }
        Instr cp = db.insert(at, Op.COPY, v);
        Value vs = fi.f.define(cp, v.cls);
        // through: blocks v leaves in its register (no call after the definition, or none at
        // all); reach: blocks whose predecessors are all such, where v is still in it
        java.util.Map<Block, Integer> keepTo = new java.util.HashMap<>();
        keepTo.put(db, firstCall(db, at + 1));
        java.util.Set<Block> through = new java.util.HashSet<>();
        if (firstCall(db, at + 1) == db.instrs.size()) through.add(db);
        for (boolean more = !through.isEmpty(); more; ) {
            more = false;
            for (Block b : fi.order) {
                if (keepTo.containsKey(b) || b.preds.isEmpty() || !through.containsAll(b.preds)) continue;
                int c = firstCall(b, 0);
                keepTo.put(b, c);
                if (c == b.instrs.size()) through.add(b);
                more = true;
            }
        }
        for (int u = 0; u < uses.size(); u++) {
            Instr in = uses.get(u);
            Block b = useBlocks.get(u);
            Integer to = keepTo.get(b);
            int k = b.instrs.indexOf(in);
            for (int j = 0; j < in.args.size(); j++) {
                if (in.args.get(j) != v) continue;
                boolean keep = in.op == Op.PHI ? through.contains(b.preds.get(j))
                        : to != null && k <= to && (b != db || k > at);
                if (!keep) in.args.set(j, vs);
            }
        }
        return vs;
    }

    /** The index of b's first call at or after {@code from}, or b's size when there is none. */
    private static int firstCall(Block b, int from) {
        for (int k = from; k < b.instrs.size(); k++) if (b.instrs.get(k).isCall()) return k;
        return b.instrs.size();
    }

    /**
     * In each stretch of b between calls (a call ends its stretch) that reads vs twice or more: a
     * restore, a copy of vs just before the stretch's first read of it, which the stretch's
     * reads then read. One pass over b finds them all (a function with thousands of spilled
     * values and instructions, a long init, would be quadratic scanned once per value); the
     * copies standing before one instruction are in the order of {@code spilled}.
     */
    private static void restores(Func f, Block b, List<Value> spilled) {
        java.util.Map<Value, Integer> order = new java.util.HashMap<>();
        for (int i = 0; i < spilled.size(); i++) order.put(spilled.get(i), i);
        // per value read in the current stretch: its readers in order, and its reads
        java.util.Map<Integer, List<Instr>> stretch = new java.util.HashMap<>();
        java.util.Map<Integer, Integer> reads = new java.util.HashMap<>();
        List<List<Instr>> found = new ArrayList<>();   // per restore: its readers
        List<Integer> foundValue = new ArrayList<>();
        for (int k = 0; k < b.instrs.size(); k++) {
            Instr in = b.instrs.get(k);
            if (in.op != Op.PHI) {
                for (Value a : in.args) {
                    Integer o = order.get(a);
                    if (o == null) continue;
                    reads.merge(o, 1, Integer::sum);
                    List<Instr> users = stretch.computeIfAbsent(o, x -> new ArrayList<>());
                    if (users.isEmpty() || users.get(users.size() - 1) != in) users.add(in);
                }
            }
            if (in.isCall() || k == b.instrs.size() - 1) {
                for (var e : stretch.entrySet()) {
                    if (reads.get(e.getKey()) < 2) continue;
                    found.add(e.getValue());
                    foundValue.add(e.getKey());
                }
                stretch.clear();
                reads.clear();
            }
        }
        if (found.isEmpty()) return;
        // the copies are made value by value, each value's stretches in block order (the order
        // of the values' definitions, which later passes see)
        Integer[] idx = new Integer[found.size()];
        for (int i = 0; i < idx.length; i++) idx[i] = i;
        java.util.Arrays.sort(idx, java.util.Comparator.comparingInt(foundValue::get));   // stable
        java.util.Map<Instr, List<Instr>> before = new java.util.HashMap<>();
        for (int i : idx) {
            Value vs = spilled.get(foundValue.get(i));
            List<Instr> users = found.get(i);
            Instr cp = new Instr(Op.COPY);
            cp.block = b;
            cp.args.add(vs);
            Value vr = f.define(cp, vs.cls);
            before.computeIfAbsent(users.get(0), x -> new ArrayList<>()).add(cp);
            for (Instr u : users) {
                for (int j = 0; j < u.args.size(); j++) if (u.args.get(j) == vs) u.args.set(j, vr);
            }
        }
        List<Instr> out = new ArrayList<>(b.instrs.size() + found.size());
        for (Instr in : b.instrs) {
            List<Instr> cps = before.get(in);
            if (cps != null) out.addAll(cps);
            out.add(in);
        }
        b.instrs.clear();
        b.instrs.addAll(out);
    }

}
