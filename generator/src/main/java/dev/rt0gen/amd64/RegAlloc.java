package dev.rt0gen.amd64;

import dev.rt0gen.ir.Block;
import dev.rt0gen.ir.Callees;
import dev.rt0gen.ir.Instr;
import dev.rt0gen.ir.Op;
import dev.rt0gen.ir.Value;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * Linear scan register allocation over one interval per value ({@code [def, last use]},
 * widened to every block end where the value is live out and every block start where it is
 * live in: no holes, conservative and simple). A value whose interval strictly contains a
 * clobber point (a call: every register; div, mod, divmod, hmul: RAX and RDX; a shift by a variable
 * count: RCX) gets no register of that point's set, so a value live across a call lives in its
 * spill slot for all its life (Go also keeps such values on the stack). When no register is
 * free, the interval that ends last is spilled.
 */
final class RegAlloc {
    final FuncInfo fi;
    /** By value id: the value's location (null: none, a constant, a fused comparison). */
    final Loc[] loc;
    int slots;

    private final int[] start, end;
    private final Reg[] reg;
    private final Reg[] hintReg;
    private final List<List<Value>> hintVal;
    private final int[][] ranges;
    private final int[] nranges;
    private int[] clobberPos = new int[8], clobberMask = new int[8];
    private int nclobber;

    RegAlloc(FuncInfo fi) {
        this.fi = fi;
        int nv = fi.values.length;
        loc = new Loc[nv];
        start = new int[nv];
        end = new int[nv];
        reg = new Reg[nv];
        hintReg = new Reg[nv];
        hintVal = new ArrayList<>(nv);
        for (int i = 0; i < nv; i++) hintVal.add(null);
        Arrays.fill(start, -1);
        ranges = new int[nv][];
        nranges = new int[nv];
        intervals();
        scan();
    }

    /** Registers an instruction clobbers (besides its own results). */
    static int clobbers(Instr in) {
        return switch (in.op) {
            case CALL -> Reg.ALL;
            case DIV, MOD, DIVMOD, HMUL -> Reg.RAX.bit() | Reg.RDX.bit();
            case SHL, SHR, SAR -> in.arg(1).constant() == null ? Reg.RCX.bit() : 0;
            case CONST, ADDR, PARAM, COPY, PHI, ADD, SUB, MUL, AND, OR, XOR, ANDNOT, NEG, NOT,
                 EQ, NE, LT, LE, GT, GE, LOAD, STORE, JMP, IF, RET, UNREACHABLE -> 0;
        };
    }

    private boolean wanted(Value v) {
        return v != null && fi.hasLoc(v) && fi.uses[v.id] > 0;
    }

    /**
     * Each value's live ranges, one per block it is live in ({@code [def or block start, last
     * use or block end]}), and their hull. Allocation gives a value one location for its whole
     * hull, but two values may share a register when their ranges do not meet (a loop's phi
     * and the next iteration's value, a value live on one exit only).
     */
    private void intervals() {
        int nv = start.length;
        int[] ls = new int[nv], le = new int[nv], stamp = new int[nv];
        int[] touched = new int[nv];
        Arrays.fill(stamp, -1);
        for (int i = 0; i < fi.order.size(); i++) {
            Block b = fi.order.get(i);
            int n = 0, f = fi.from[i], last = fi.to[i] - 1;
            BitSet in = fi.liveIn[i], out = fi.liveOut[i];
            for (int v = in.nextSetBit(0); v >= 0; v = in.nextSetBit(v + 1)) {
                if (!wanted(fi.values[v])) continue;
                stamp[v] = i;
                touched[n++] = v;
                ls[v] = le[v] = f;
            }
            for (Instr in2 : b.instrs) {
                if (in2.op != Op.PHI) {
                    int p = fi.usePos(in2);
                    for (Value a : in2.args) {
                        if (!wanted(a)) continue;
                        if (stamp[a.id] != i) throw new IllegalStateException(fi.f.name + ": " + a + " used in " + b + " but not live in");
                        le[a.id] = Math.max(le[a.id], p);
                    }
                    int m = clobbers(in2);
                    if (m != 0) addClobber(fi.pos.get(in2), m);
                    hints(in2);
                } else {
                    for (Value a : in2.args) hint(in2.def(), a);
                }
                for (Value d : in2.defs) {
                    if (!wanted(d)) continue;
                    stamp[d.id] = i;
                    touched[n++] = d.id;
                    ls[d.id] = le[d.id] = fi.defPos(d);
                }
            }
            int t = fi.termPos(i);
            for (int k = 0; k < b.succs.size(); k++) {
                int j = FuncInfo.predIndex(b, k);
                for (Instr phi : b.succs.get(k).phis()) {
                    Value a = phi.arg(j);
                    if (wanted(a)) le[a.id] = Math.max(le[a.id], t);
                }
            }
            for (int v = out.nextSetBit(0); v >= 0; v = out.nextSetBit(v + 1)) {
                if (stamp[v] == i) le[v] = Math.max(le[v], last);
            }
            for (int k = 0; k < n; k++) {
                int v = touched[k];
                int[] r = ranges[v];
                if (r == null) {
                    ranges[v] = r = new int[4];
                    start[v] = ls[v];
                }
                if (nranges[v] + 2 > r.length) ranges[v] = r = Arrays.copyOf(r, 2 * r.length);
                r[nranges[v]++] = ls[v];
                r[nranges[v]++] = le[v];
                end[v] = Math.max(end[v], le[v]);
            }
        }
    }

    /** Whether two values' ranges meet (both lists ascending). */
    private boolean meet(int a, int b) {
        int[] x = ranges[a], y = ranges[b];
        int i = 0, j = 0;
        while (i < nranges[a] && j < nranges[b]) {
            if (x[i + 1] < y[j]) i += 2;
            else if (y[j + 1] < x[i]) j += 2;
            else return true;
        }
        return false;
    }

    private void addClobber(int p, int mask) {
        if (nclobber == clobberPos.length) {
            clobberPos = Arrays.copyOf(clobberPos, 2 * nclobber);
            clobberMask = Arrays.copyOf(clobberMask, 2 * nclobber);
        }
        clobberPos[nclobber] = p;
        clobberMask[nclobber++] = mask;
    }

    private void hint(Value v, Value other) {
        if (!wanted(v) || !wanted(other)) return;
        addHint(v, other);
        addHint(other, v);
    }

    private void addHint(Value v, Value other) {
        List<Value> l = hintVal.get(v.id);
        if (l == null) hintVal.set(v.id, l = new ArrayList<>(2));
        l.add(other);
    }

    private void hintReg(Value v, Reg r) {
        if (wanted(v) && hintReg[v.id] == null) hintReg[v.id] = r;
    }

    private void hints(Instr in) {
        switch (in.op) {
            case PARAM -> {
                if (!fi.f.abi0 && in.aux < Reg.ABI.size()) hintReg(in.def(), Reg.ABI.get((int) in.aux));
            }
            case CALL -> {
                if (!Callees.ABI0.contains(in.sym)) {
                    for (int k = 0; k < in.args.size() && k < Reg.ABI.size(); k++) hintReg(in.arg(k), Reg.ABI.get(k));
                }
                for (int k = 0; k < in.defs.size() && k < Reg.ABI.size(); k++) hintReg(in.defs.get(k), Reg.ABI.get(k));
            }
            case RET -> {
                for (int k = 0; k < in.args.size() && k < Reg.ABI.size(); k++) hintReg(in.arg(k), Reg.ABI.get(k));
            }
            case DIV, MOD, HMUL -> {
                hintReg(in.arg(0), Reg.RAX);
                hintReg(in.def(), in.op == Op.DIV ? Reg.RAX : Reg.RDX);
            }
            case DIVMOD -> { // idiv leaves the quotient in RAX, the remainder in RDX
                hintReg(in.arg(0), Reg.RAX);
                hintReg(in.defs.get(0), Reg.RAX);
                hintReg(in.defs.get(1), Reg.RDX);
            }
            case SHL, SHR, SAR -> {
                hintReg(in.arg(1), Reg.RCX);
                twoAddress(in);
            }
            case COPY, ADD, SUB, MUL, AND, OR, XOR, ANDNOT, NEG, NOT -> twoAddress(in);
            case CONST, ADDR, PHI, EQ, NE, LT, LE, GT, GE, LOAD, STORE, JMP, IF, UNREACHABLE -> {
            }
        }
    }

    /** The result prefers its first operand's register (free when the operand dies here). */
    private void twoAddress(Instr in) {
        Value d = in.def();
        if (!wanted(d)) return;
        if (wanted(in.arg(0))) addHint(d, in.arg(0));
        if (in.op.isCommutative() && wanted(in.arg(1))) addHint(d, in.arg(1));
    }

    /** Registers clobbered at a point strictly inside one of v's ranges. */
    private int forbidden(int v) {
        int m = 0;
        for (int i = 0; i < nranges[v]; i += 2) m |= forbidden(ranges[v][i], ranges[v][i + 1]);
        return m;
    }

    /** Registers clobbered at a point strictly inside [s, e]. */
    private int forbidden(int s, int e) {
        int lo = 0, hi = nclobber;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (clobberPos[mid] <= s) lo = mid + 1;
            else hi = mid;
        }
        int m = 0;
        for (int i = lo; i < nclobber && clobberPos[i] < e; i++) {
            m |= clobberMask[i];
            if (m == Reg.ALL) break;
        }
        return m;
    }

    private void scan() {
        List<Integer> todo = new ArrayList<>();
        for (int v = 0; v < start.length; v++) if (start[v] >= 0) todo.add(v);
        todo.sort((a, b) -> start[a] != start[b] ? Integer.compare(start[a], start[b]) : Integer.compare(a, b));
        List<Integer> active = new ArrayList<>();
        for (int v : todo) {
            int s = start[v];
            active.removeIf(a -> end[a] < s);
            int forbid = forbidden(v);
            if ((forbid & Reg.ALL) == Reg.ALL) {
                spill(v);
                continue;
            }
            // the active values whose ranges meet v's hold their registers against it
            List<Integer> meeting = new ArrayList<>();
            int used = 0;
            for (int a : active) {
                if (meet(a, v)) {
                    meeting.add(a);
                    used |= reg[a].bit();
                }
            }
            int free = Reg.ALL & ~forbid & ~used;
            Reg r = pick(v, free);
            if (r == null) {
                // take the register whose holders all end last (after v), spilling them
                int best = -1;
                for (Reg c : Reg.ALLOCATABLE) {
                    if ((c.bit() & forbid) != 0) continue;
                    int minEnd = Integer.MAX_VALUE;
                    for (int a : meeting) if (reg[a] == c) minEnd = Math.min(minEnd, end[a]);
                    if (minEnd > end[v] && (best < 0 || minEnd > best)) {
                        best = minEnd;
                        r = c;
                    }
                }
                if (r == null) {
                    spill(v);
                    continue;
                }
                for (int a : meeting) {
                    if (reg[a] != r) continue;
                    reg[a] = null;
                    spill(a);
                    active.remove((Integer) a);
                }
            }
            reg[v] = r;
            active.add(v);
        }
        for (int v = 0; v < start.length; v++) {
            if (reg[v] != null) loc[v] = Loc.reg(reg[v]);
        }
        // every other value the emitter names: constants, addresses, dead results (written to a scratch)
        for (Value v : fi.values) {
            if (v == null || loc[v.id] != null) continue;
            if (v.def.op == Op.CONST) loc[v.id] = Loc.imm(v.def.aux);
            else if (v.def.op == Op.ADDR) loc[v.id] = Loc.sym(Amd64.label(v.def.sym), v.def.aux);
            else if (!fi.fused[v.id]) loc[v.id] = Loc.reg(Reg.R12);
        }
    }

    private Reg pick(int v, int free) {
        List<Value> hv = hintVal.get(v);
        if (hv != null) {
            for (Value h : hv) {
                Reg r = reg[h.id];
                if (r != null && (free & r.bit()) != 0) return r;
            }
        }
        Reg h = hintReg[v];
        if (h != null && (free & h.bit()) != 0) return h;
        for (Reg r : Reg.ALLOCATABLE) if ((free & r.bit()) != 0) return r;
        return null;
    }

    private void spill(int v) {
        loc[v] = Loc.slot(slots++);
    }

    /** Whether a value has a real location (not a constant, fused or dead). */
    boolean live(Value v) {
        return wanted(v);
    }

    // ---- the checker ------------------------------------------------------------------

    /**
     * Verifies the allocation against liveness computed instruction by instruction: no two
     * values live at the same point share a register, and no value in a register is live
     * across an instruction that clobbers it. Throws IllegalStateException naming the values.
     */
    void check() {
        for (int i = 0; i < fi.order.size(); i++) {
            Block b = fi.order.get(i);
            BitSet live = (BitSet) fi.liveOut[i].clone();
            for (int k = b.instrs.size() - 1; k >= 0; k--) {
                Instr in = b.instrs.get(k);
                if (in.op == Op.PHI) break;
                if (in.defs.size() == 1 && fi.fused[in.def().id]) continue;
                BitSet after = (BitSet) live.clone();
                for (Value d : in.defs) if (wanted(d)) after.set(d.id);
                distinct(after, in);
                for (Value d : in.defs) live.clear(d.id);
                int m = clobbers(in);
                for (int v = live.nextSetBit(0); v >= 0; v = live.nextSetBit(v + 1)) {
                    if (reg[v] != null && (reg[v].bit() & m) != 0) {
                        throw new IllegalStateException(fi.f.name + ": v" + v + " in " + reg[v] + " is live across " + in);
                    }
                }
                List<Value> args = in.args;
                if (in.op == Op.IF && fi.fused[in.arg(0).id]) args = in.arg(0).def.args;
                for (Value a : args) if (wanted(a)) live.set(a.id);
                distinct(live, in);
            }
            for (Instr phi : b.phis()) if (wanted(phi.def())) live.set(phi.def().id);
            distinct(live, b.instrs.get(0));
            BitSet in = (BitSet) fi.liveIn[i].clone();
            for (Instr phi : b.phis()) if (wanted(phi.def())) in.set(phi.def().id);
            if (b == fi.f.entry()) {
                for (Instr x : b.instrs) if (x.op == Op.PARAM && wanted(x.def())) in.set(x.def().id);
            }
            BitSet extra = (BitSet) live.clone();
            extra.andNot(in);
            if (!extra.isEmpty() && b != fi.f.entry()) {
                throw new IllegalStateException(fi.f.name + ": " + b + " uses " + extra + " not live in");
            }
        }
    }

    private void distinct(BitSet live, Instr at) {
        Value[] by = new Value[Reg.values().length];
        for (int v = live.nextSetBit(0); v >= 0; v = live.nextSetBit(v + 1)) {
            Reg r = reg[v];
            if (r == null) continue;
            if (by[r.ordinal()] != null) {
                throw new IllegalStateException(fi.f.name + ": v" + v + " and " + by[r.ordinal()] + " share " + r + " at " + at);
            }
            by[r.ordinal()] = fi.values[v];
        }
    }

    /** Test hook: puts v in register r, right or wrong, for the checker to judge. */
    void force(Value v, Reg r) {
        reg[v.id] = r;
        loc[v.id] = Loc.reg(r);
    }

    int start(Value v) {
        return start[v.id];
    }

    int end(Value v) {
        return end[v.id];
    }
}
