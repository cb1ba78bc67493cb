package dev.rt0gen.lower;

import dev.rt0gen.ir.Block;
import dev.rt0gen.ir.Cls;
import dev.rt0gen.ir.Func;
import dev.rt0gen.ir.Instr;
import dev.rt0gen.ir.Op;
import dev.rt0gen.ir.Value;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * SSA construction for one function as in Braun et al., "Simple and Efficient Construction of
 * Static Single Assignment Form" (CC 2013): variables are numbered words, each block maps the
 * variables written in it to their current value, a read in a block whose predecessors are
 * not all known yet makes an incomplete phi that sealing the block completes, and a phi whose
 * operands are all one value (or itself) is replaced by that value.
 *
 * <p>Values carry no use lists, so a replaced phi is recorded in {@link #replaced} and every
 * operand is mapped through it when the function is {@link #finish() finished}; the phis that
 * use a phi are tracked to retry them when it goes.
 */
final class Ssa {
    private final Func func;
    private final List<Cls> varCls = new ArrayList<>();
    private final List<Map<Integer, Value>> defs = new ArrayList<>();          // per block id
    private final List<Map<Integer, Instr>> incomplete = new ArrayList<>();   // per block id, null once sealed
    private final Map<Value, Value> replaced = new HashMap<>();
    private final Map<Value, List<Instr>> phiUsers = new HashMap<>();
    private final Map<Instr, Integer> phiVar = new IdentityHashMap<>();

    Ssa(Func func) {
        this.func = func;
    }

    /** A new variable (one word) of class {@code cls}. */
    int newVar(Cls cls) {
        varCls.add(cls);
        return varCls.size() - 1;
    }

    /** A new block, not sealed: more predecessors may come. */
    Block newBlock() {
        Block b = func.newBlock();
        while (defs.size() <= b.id) {
            defs.add(null);
            incomplete.add(null);
        }
        defs.set(b.id, new HashMap<>());
        incomplete.set(b.id, new LinkedHashMap<>());
        return b;
    }

    boolean sealed(Block b) {
        return incomplete.get(b.id) == null;
    }

    /** Every predecessor of b is known: the incomplete phis get their operands. */
    void seal(Block b) {
        Map<Integer, Instr> inc = incomplete.get(b.id);
        if (inc == null) return;
        incomplete.set(b.id, null);
        for (var e : inc.entrySet()) addOperands(e.getKey(), e.getValue());
    }

    void write(int var, Block b, Value v) {
        defs.get(b.id).put(var, v);
    }

    Value read(int var, Block b) {
        Value v = defs.get(b.id).get(var);
        if (v != null) return find(v);
        return readRecursive(var, b);
    }

    private Value readRecursive(int var, Block b) {
        Value v;
        if (!sealed(b)) {
            Instr phi = newPhi(var, b);
            incomplete.get(b.id).put(var, phi);
            v = phi.def();
        } else if (b.preds.size() == 1) {
            v = read(var, b.preds.get(0));
        } else if (b.preds.isEmpty()) {
            // every variable is written before it is read (Go's zero values included)
            if (b == func.entry()) throw new IllegalStateException("variable " + var + " read before it is written in " + func.name);
            v = unreachableValue(var, b);   // dead code lowered for a label in it (Lower.stmt)
        } else {
            Instr phi = newPhi(var, b);
            write(var, b, phi.def());
            v = addOperands(var, phi);
        }
        write(var, b, v);
        return v;
    }

    private Instr newPhi(int var, Block b) {
        Instr phi = b.insert(0, Op.PHI);
        func.define(phi, varCls.get(var));
        phiVar.put(phi, var);
        return phi;
    }

    private Value addOperands(int var, Instr phi) {
        for (Block p : phi.block.preds) {
            Value x = read(var, p);
            phi.args.add(x);
            if (x.def != null && x.def.op == Op.PHI) phiUsers.computeIfAbsent(x, k -> new ArrayList<>()).add(phi);
        }
        return tryRemoveTrivial(phi);
    }

    private Value tryRemoveTrivial(Instr phi) {
        Value self = phi.def();
        Value same = null;
        for (Value a : phi.args) {
            Value x = find(a);
            if (x == same || x == self) continue;
            if (same != null) return self;   // merges two values: not trivial
            same = x;
        }
        if (same == null) {
            // no operand but itself: the block is reached only from itself, never from the entry
            same = unreachableValue(phiVar.get(phi), phi.block);
        }
        replaced.put(self, same);
        phi.block.instrs.remove(phi);
        phi.block = null;
        List<Instr> users = phiUsers.remove(self);
        if (users != null) {
            for (Instr u : users) {
                if (u != phi && u.block != null) tryRemoveTrivial(u);
            }
        }
        return same;
    }

    /**
     * A variable's value in a block that the entry does not reach (finish drops it): any
     * value of its class will do, a zero word.
     */
    private Value unreachableValue(int var, Block b) {
        Instr in = b.insert(0, Op.CONST);
        in.aux = 0L;
        return func.define(in, varCls.get(var));
    }

    /** The value v stands for now (a removed phi's replacement). */
    Value find(Value v) {
        Value r = replaced.get(v);
        if (r == null) return v;
        Value root = find(r);
        if (root != r) replaced.put(v, root);
        return root;
    }

    /**
     * Maps every operand through the removed phis and drops the blocks the entry does not
     * reach: blocks without predecessors (code after a return, a loop's exit that nothing
     * jumps to) and dead code lowered for a label that only dead gotos name, with their edges
     * into live blocks and the phi operands of those edges. Values flow into live blocks only
     * through such phi operands (a live block's single predecessor is live).
     */
    void finish() {
        Set<Block> live = new HashSet<>();
        Deque<Block> work = new ArrayDeque<>(List.of(func.entry()));
        while (!work.isEmpty()) {
            Block b = work.pop();
            if (live.add(b)) work.addAll(b.succs);
        }
        for (Iterator<Block> it = func.blocks.iterator(); it.hasNext(); ) {
            Block b = it.next();
            if (!live.contains(b)) {
                it.remove();
                continue;
            }
            List<Instr> phis = b.phis();
            for (int p = b.preds.size() - 1; p >= 0; p--) {
                if (live.contains(b.preds.get(p))) continue;
                b.preds.remove(p);
                for (Instr phi : phis) phi.args.remove(p);
            }
            for (Instr in : b.instrs) {
                for (int i = 0; i < in.args.size(); i++) in.args.set(i, find(in.args.get(i)));
            }
        }
    }
}
