package dev.rt0gen.amd64;

import dev.rt0gen.ir.Block;
import dev.rt0gen.ir.Func;
import dev.rt0gen.ir.Instr;
import dev.rt0gen.ir.Op;
import dev.rt0gen.ir.Value;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the allocator and the emitter know of a function before allocation: the block order,
 * the numbering of instructions, use counts, the comparisons fused into their branch, and
 * liveness per block.
 *
 * <p>Numbering: a block starts at an even position {@code from}; its phis define there; its
 * k-th other instruction is at {@code from + 2 + 2k}, reading its operands at that position
 * and writing its results at the next (odd) one; the next block starts after the terminator.
 * A phi's operand is read at its predecessor's terminator (the phi moves happen there).
 */
final class FuncInfo {
    final Func f;
    /**
     * The reachable blocks, in reverse postorder (succs[0] of a block right after it where
     * possible), except that cold blocks (ending in {@code unreachable}: a panic) go last, out
     * of the hot path, as gc places its unlikely blocks; and loops rotated ({@link #rotateLoops}).
     */
    final List<Block> order;
    /** Position in {@link #order} by block id; -1 for an unreachable block. */
    final int[] index;
    final int[] from;
    final int[] to;
    final Map<Instr, Integer> pos = new IdentityHashMap<>();
    final Value[] values;
    final int[] uses;
    /**
     * By value id: a value never materialized, its operands read by its only user instead: a
     * comparison emitted as flags at its block's {@code if}; an {@code and} only compared with
     * 0 (eq, ne) in its block, emitted as {@code test} there; an {@code add} only loaded from
     * in its block, emitted as the load's base and index ({@link #indexOf}); a load only
     * compared, read by the cmp as its memory operand ({@link #memOperand}).
     */
    final boolean[] fused;
    final BitSet[] liveIn, liveOut;
    /** Where the function's argument and result words are (Go's register ABI). */
    final Abi paramAbi, resultAbi;

    FuncInfo(Func f) {
        this.f = f;
        paramAbi = Abi.params(f);
        resultAbi = Abi.results(f);
        int nb = f.blockCount(), nv = f.valueCount();
        index = new int[nb];
        java.util.Arrays.fill(index, -1);
        order = rotateLoops(coldLast(reversePostorder(f)));
        for (int i = 0; i < order.size(); i++) index[order.get(i).id] = i;
        values = new Value[nv];
        uses = new int[nv];
        fused = new boolean[nv];
        from = new int[order.size()];
        to = new int[order.size()];
        int p = 0;
        for (int i = 0; i < order.size(); i++) {
            Block b = order.get(i);
            from[i] = p;
            p += 2;
            for (Instr in : b.instrs) {
                for (Value d : in.defs) values[d.id] = d;
                for (Value a : in.args) uses[a.id]++;
                if (in.op == Op.PHI) continue;
                pos.put(in, p);
                p += 2;
            }
            to[i] = p;
        }
        for (Block b : order) {
            Instr t = b.terminator();
            int n = b.instrs.size();
            if (t != null && t.op == Op.IF && n >= 2) {
                Value c = t.arg(0);
                Instr cmp = b.instrs.get(n - 2);
                // float ==, != take two flags (ZF and PF, for NaN): set as a 0 or 1 and tested
                boolean fusable = cmp.op.isCompare() || cmp.op == Op.FLT || cmp.op == Op.FLE || cmp.op == Op.FGT || cmp.op == Op.FGE;
                if (c.def == cmp && fusable && uses[c.id] == 1) fused[c.id] = true;
            }
            for (Instr in : b.instrs) {
                if ((in.op == Op.EQ || in.op == Op.NE) && testOf(in) != null) {
                    Value and = testOf(in);
                    fused[and.id] = true;
                    Value ld = testLoad(in, and);
                    if (ld != null) fused[ld.id] = true;
                }
                if (in.op.isCompare()) {
                    for (int k = 0; k < 2; k++) {
                        if (memOperand(in, in.arg(k), in.arg(1 - k))) {
                            fused[in.arg(k).id] = true;
                            break;
                        }
                    }
                }
                Value ix = in.op == Op.LOAD || in.op == Op.STORE ? indexOf(in) : null;
                if (ix != null) {
                    fused[ix.id] = true;
                    Value sc = scaled(ix.def.arg(1), ix.def);
                    if (sc != null) fused[sc.id] = true;
                }
            }
        }
        liveIn = new BitSet[order.size()];
        liveOut = new BitSet[order.size()];
        liveness();
    }

    /**
     * The {@code add p, i} a load reads at (or a store writes at), when it is only used there, in the same block, of
     * two values in registers or slots, or a variable's address as the base (in R12 by a lea:
     * a rip-relative operand takes no index), but no constant (fold took those into the
     * offset): emitted as the load's {@code [p + i + off]}.
     */
    Value indexOf(Instr load) {
        Value a = load.arg(0);
        Instr d = a.def;
        if (d == null || d.op != Op.ADD || d.block != load.block || uses[a.id] != 1 || a.cls != dev.rt0gen.ir.Cls.PTR
                || callBetween(d, load)) {
            return null;
        }
        // a variable's address (lea into the base) may be the base, never the index; no constant
        int addrs = 0;
        for (Value x : d.args) {
            if (x.def.op == Op.ADDR) addrs++;
            else if (remat(x) || fused[x.id] || !x.cls.isGp()) return null;
        }
        if (addrs > 1) return null;
        if (d.arg(1).def.op == Op.ADDR || scaled(d.arg(0), d) != null && scaled(d.arg(1), d) == null) {   // the scaled index second
            Value t = d.args.get(0);
            d.args.set(0, d.args.get(1));
            d.args.set(1, t);
        }
        return a;
    }

    /**
     * Whether the load x is read as cmp's memory operand ({@code cmp qword ptr [p + off], y}):
     * only cmp reads it, in the same block, with nothing but computation between them (no
     * store, no call: the memory is the same when cmp reads it), at an address that is not a
     * fused add itself; a narrower load only for == and != and the unsigned orders against a
     * constant 0-127 (the same test on the narrow word as on its zero extension).
     */
    private boolean memOperand(Instr cmp, Value x, Value y) {
        Instr d = x.def;
        if (!readInPlace(x, cmp) || x == y || fused[d.arg(0).id] || fused[y.id] || y.def.op == Op.ADDR) return false;
        if (d.width != dev.rt0gen.ir.Width.W64) {
            boolean unsignedNarrow = d.width == dev.rt0gen.ir.Width.U8 || d.width == dev.rt0gen.ir.Width.U16 || d.width == dev.rt0gen.ir.Width.U32;
            Long c = y.constant();
            boolean eqOrUnsigned = cmp.op == Op.EQ || cmp.op == Op.NE || cmp.op == Op.ULT || cmp.op == Op.ULE || cmp.op == Op.UGT
                    || cmp.op == Op.UGE;
            if (!unsignedNarrow || !eqOrUnsigned || c == null || c < 0 || c > 127) return false;
        }
        return true;
    }

    /**
     * Whether the value x is a general-purpose load that only {@code user} reads, in the same
     * block, with nothing but computation between them (no store, call or system call: the
     * memory is the same where the user stands), and not fused elsewhere: then the user can
     * read the memory itself, as a {@code cmp} or {@code test} memory operand.
     */
    private boolean readInPlace(Value x, Instr user) {
        Instr d = x.def;
        return d != null && d.op == Op.LOAD && d.block == user.block && uses[x.id] == 1 && !fused[x.id] && x.cls.isGp()
                && !anyBetween(d, user, in -> !in.op.pure);
    }

    /**
     * x, when it is {@code shl i, k} (k = 1, 2, 3) only used by the address add {@code add},
     * in the same block: the load's {@code [p + i*2^k + off]}, gc's scaled index.
     */
    Value scaled(Value x, Instr add) {
        Instr d = x.def;
        if (d == null || d.op != Op.SHL || uses[x.id] != 1 || d.block != add.block || remat(d.arg(0)) || fused[d.arg(0).id]) {
            return null;
        }
        Long k = d.arg(1).constant();
        if (k == null || k < 1 || k > 3) return null;
        return callBetween(d, add) ? null : x;
    }

    /**
     * Whether a call stands between two instructions of one block: a fused value is read where
     * its user stands, so its operands must not have to survive a call in registers that the
     * live-range split (which sees the instructions where they are) gave them.
     */
    static boolean callBetween(Instr a, Instr b) {
        return anyBetween(a, b, in -> in.isCall() || in.op == Op.SYSCALL);
    }

    /** Whether an instruction strictly between a and b (of one block, a first) is one {@code p} holds for. */
    private static boolean anyBetween(Instr a, Instr b, java.util.function.Predicate<Instr> p) {
        List<Instr> in = a.block.instrs;
        for (int k = in.indexOf(a) + 1, e = in.indexOf(b); k < e; k++) if (p.test(in.get(k))) return true;
        return false;
    }

    /** The {@code and} that a comparison with 0 tests, when it is only used there, in the same block. */
    Value testOf(Instr cmp) {
        for (int k = 0; k < 2; k++) {
            Value x = cmp.arg(k), z = cmp.arg(1 - k);
            Long c = z.constant();
            if (x.def.op == Op.AND && x.def.block == cmp.block && uses[x.id] == 1 && c != null && c == 0
                    && x != z && !callBetween(x.def, cmp)) {
                return x;
            }
        }
        return null;
    }

    /**
     * The load an and that a comparison tests reads as {@code test}'s memory operand
     * ({@code test byte ptr [p + off], 0x10}), when it is the and's only use, in the same
     * block, with nothing but computation between it and the comparison, and the and's other
     * operand a constant the instruction can take: any for a zero-extended narrow load (the
     * constant's bits above the width meet zeros), an imm32 for a word.
     */
    private Value testLoad(Instr cmp, Value and) {
        for (int k = 0; k < 2; k++) {
            Value x = and.def.arg(k);
            Long c = and.def.arg(1 - k).constant();
            if (c == null || !readInPlace(x, cmp)) continue;
            boolean ok = switch (x.def.width) {
                case U8, U16, U32 -> true;
                case W64 -> c == (int) (long) c;
                default -> false;
            };
            if (ok) return x;
        }
        return null;
    }

    /**
     * The values an instruction reads where it stands: none for a fused one, and for a fused
     * operand, what that reads (a branch reads its comparison's operands, a test its and's).
     */
    /**
     * Each call with the values live across it (live after it and not defined by it), from each
     * block's live-out set walked back through the block: which values {@link Split} splits,
     * and which spill slots a call's stack map names ({@link RegAlloc#liveSlotsAtCalls}). The
     * set is the walk's own: read it during the call only.
     */
    void liveAcrossCalls(java.util.function.BiConsumer<Instr, BitSet> visit) {
        for (int i = 0; i < order.size(); i++) {
            Block b = order.get(i);
            BitSet live = (BitSet) liveOut[i].clone();
            for (int k = b.instrs.size() - 1; k >= 0; k--) {
                Instr in = b.instrs.get(k);
                if (in.op == Op.PHI) break;
                for (Value d : in.defs) live.clear(d.id);
                if (in.isCall()) visit.accept(in, live);
                for (Value a : reads(in)) if (hasLoc(a)) live.set(a.id);
            }
        }
    }

    List<Value> reads(Instr in) {
        if (in.defs.size() == 1 && fused[in.def().id]) return List.of();
        List<Value> r = new ArrayList<>(in.args.size());
        for (Value a : in.args) readsInto(a, r);
        return r;
    }

    private void readsInto(Value a, List<Value> r) {
        if (fused[a.id]) {
            for (Value x : a.def.args) readsInto(x, r);
        } else {
            r.add(a);
        }
    }

    /** Constants and addresses are rematerialized where used: they get no location (a float constant is read from the pool). */
    static boolean remat(Value v) {
        return v.def.op == Op.CONST || v.def.op == Op.ADDR || v.def.op == Op.FCONST;
    }

    /** Whether the value lives somewhere (a register or a slot) between instructions. */
    boolean hasLoc(Value v) {
        return !remat(v) && !fused[v.id];
    }

    int termPos(int blockIndex) {
        return to[blockIndex] - 2;
    }

    /** The position a value is written at. */
    int defPos(Value v) {
        Instr in = v.def;
        if (in.op == Op.PHI) return from[index[in.block.id]];
        if (in.op == Op.PARAM || in.op == Op.CLOSUREPTR) return 0;   // written at entry, with the params
        return pos.get(in) + 1;
    }

    /** The operand index of {@code s}'s phis for the edge b → s that is b.succs[k]. */
    static int predIndex(Block b, int k) {
        Block s = b.succs.get(k);
        int nth = 0;
        for (int i = 0; i < k; i++) if (b.succs.get(i) == s) nth++;
        for (int j = 0; j < s.preds.size(); j++) {
            if (s.preds.get(j) == b && nth-- == 0) return j;
        }
        throw new IllegalStateException(b + " is not a predecessor of " + s);
    }

    /**
     * The blocks ending in {@code unreachable} moved to the end (not the entry). Nothing follows
     * them, so every value they use is still defined in a block before them.
     */
    private static List<Block> coldLast(List<Block> rpo) {
        List<Block> hot = new ArrayList<>(rpo.size()), cold = new ArrayList<>();
        for (Block b : rpo) {
            if (b != rpo.get(0) && cold(b)) cold.add(b);
            else hot.add(b);
        }
        hot.addAll(cold);
        return hot;
    }

    /**
     * Loop rotation (gc's looprotate), so that a loop's back edge falls through instead of
     * jumping. A header h (after its preheader) is followed by its body whose last block, the
     * latch, jumps back to h. When h tests and its other successor leaves the loop, h moves
     * after the latch: the latch falls into the test, which branches back to the body's top.
     * Otherwise (h's other successor is a cold panic block, or h only jumps) the latch moves in
     * front of h, when nothing fell into it: the latch falls into h, h into the body. Either way
     * one jump less per iteration, one more (into the loop) per entry.
     */
    private static List<Block> rotateLoops(List<Block> order) {
        for (int i = 1; i + 1 < order.size(); i++) {
            Block h = order.get(i), body = order.get(i + 1);
            Instr t = h.terminator();
            if (t == null || !h.succs.contains(body) || body == h) continue;
            int latch = -1;
            for (Block p : h.preds) latch = Math.max(latch, order.indexOf(p));
            Block l = latch > i ? order.get(latch) : null;
            if (l == null || l.terminator().op != Op.JMP) continue;
            if (t.op == Op.IF) {
                Block exit = h.succs.get(1 - h.succs.indexOf(body));
                int e = order.indexOf(exit);
                if (exit != body && !cold(exit) && (e <= i || e > latch)) {
                    order.remove(i);
                    order.add(latch, h);
                    i--; // the block now at i is the body's top: it may head a loop of its own
                    continue;
                }
            }
            if (!l.preds.contains(order.get(latch - 1))) {
                order.remove(latch);
                order.add(i, l);
                i++;
            }
        }
        return order;
    }

    private static boolean cold(Block b) {
        Instr t = b.terminator();
        return t != null && t.op == Op.UNREACHABLE;
    }

    private static List<Block> reversePostorder(Func f) {
        int nb = f.blockCount();
        boolean[] seen = new boolean[nb];
        List<Block> post = new ArrayList<>();
        // iterative DFS; successors are visited last-first so that succs[0] follows its block
        List<Block> stack = new ArrayList<>();
        List<Integer> next = new ArrayList<>();
        Block e = f.entry();
        seen[e.id] = true;
        stack.add(e);
        next.add(e.succs.size() - 1);
        while (!stack.isEmpty()) {
            int top = stack.size() - 1;
            Block b = stack.get(top);
            int k = next.get(top);
            if (k < 0) {
                post.add(b);
                stack.remove(top);
                next.remove(top);
                continue;
            }
            next.set(top, k - 1);
            Block s = b.succs.get(k);
            if (!seen[s.id]) {
                seen[s.id] = true;
                stack.add(s);
                next.add(s.succs.size() - 1);
            }
        }
        List<Block> order = new ArrayList<>(post.size());
        for (int i = post.size() - 1; i >= 0; i--) order.add(post.get(i));
        return order;
    }

    private void liveness() {
        int n = order.size();
        BitSet[] gen = new BitSet[n], kill = new BitSet[n], phiUse = new BitSet[n];
        for (int i = 0; i < n; i++) {
            Block b = order.get(i);
            BitSet g = new BitSet(), k = new BitSet(), pu = new BitSet();
            for (Instr in : b.instrs) {
                if (in.op != Op.PHI) {
                    for (Value a : in.args) if (hasLoc(a) && !k.get(a.id)) g.set(a.id);
                }
                for (Value d : in.defs) k.set(d.id);
            }
            for (int s = 0; s < b.succs.size(); s++) {
                Block succ = b.succs.get(s);
                int j = predIndex(b, s);
                for (Instr phi : succ.phis()) {
                    Value a = phi.arg(j);
                    if (hasLoc(a)) pu.set(a.id);
                }
            }
            gen[i] = g;
            kill[i] = k;
            phiUse[i] = pu;
            liveIn[i] = new BitSet();
            liveOut[i] = new BitSet();
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = n - 1; i >= 0; i--) {
                Block b = order.get(i);
                BitSet out = (BitSet) phiUse[i].clone();
                for (Block s : b.succs) out.or(liveIn[index[s.id]]);
                BitSet in = (BitSet) out.clone();
                in.andNot(kill[i]);
                in.or(gen[i]);
                if (!in.equals(liveIn[i]) || !out.equals(liveOut[i])) {
                    liveIn[i] = in;
                    liveOut[i] = out;
                    changed = true;
                }
            }
        }
    }
}
