package dev.rt0gen.amd64;

import dev.rt0gen.ir.Block;
import dev.rt0gen.ir.Cls;
import dev.rt0gen.ir.Callees;
import dev.rt0gen.ir.Instr;
import dev.rt0gen.ir.Op;
import dev.rt0gen.ir.Value;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * Linear scan register allocation: each value gets one location (a register or a spill slot)
 * for its whole life. A value's life is a list of ranges of positions where it is live (live
 * ranges with holes: a value is not live in a block it cannot reach a use from), so values
 * whose lives interleave without overlapping share a register. A value live after an
 * instruction that clobbers registers (a call: every register; div, mod, divmod, hmul: RAX and RDX; a
 * shift by a variable count: RCX) gets none of that set, so a value live across a call lives
 * in its spill slot (Go also keeps such values on the stack); a call that never returns has
 * nothing live after it. Values are taken by where their life starts; a value prefers the
 * register of its phi web (a phi and its operands, transitively: no move on their edges),
 * then its hints (two-address, the ABI's registers). When no register is free, the value
 * whose life ends last is spilled. An f64 value takes the same scan over a second register
 * file, X0-X13 ({@link Reg#allocatable}): its own free set, the same hints and clobbers (a call
 * clobbers every XMM register), spill slots of class f64.
 */
final class RegAlloc {
    final FuncInfo fi;
    /** By value id: the value's location (null: none, a constant, a fused comparison). */
    final Loc[] loc;
    int slots;

    /** By value id: the closed ranges [r[2k], r[2k+1]] of positions where it is live, in order; null: not allocated. */
    private final int[][] ranges;
    private final int[] nranges;
    private final int[] forbid;
    private final Reg[] reg;
    private final Reg[] hintReg;
    private final List<List<Value>> hintVal;
    /** By value id: the phis it flows into, or a phi's operands. */
    private final List<List<Value>> phiLinks;
    /** Union-find over phi webs (a phi with its operands); webReg: the register of the first allocated member. */
    private final int[] web;
    private final Reg[] webReg;
    /** By web root: the slots its spilled members use; by slot: the values in it. */
    private final java.util.Map<Integer, List<Integer>> webSlots = new java.util.HashMap<>();
    private final List<List<Integer>> slotVals = new ArrayList<>();

    RegAlloc(FuncInfo fi) {
        this.fi = fi;
        int nv = fi.values.length;
        loc = new Loc[nv];
        ranges = new int[nv][];
        nranges = new int[nv];
        forbid = new int[nv];
        reg = new Reg[nv];
        hintReg = new Reg[nv];
        hintVal = new ArrayList<>(nv);
        phiLinks = new ArrayList<>(nv);
        for (int i = 0; i < nv; i++) {
            hintVal.add(null);
            phiLinks.add(null);
        }
        web = new int[nv];
        for (int i = 0; i < nv; i++) web[i] = i;
        webReg = new Reg[nv];
        lives();
        scan();
    }

    /** Registers an instruction clobbers (besides its own results). */
    static int clobbers(Instr in) {
        return switch (in.op) {
            case CALL, CALLI -> Reg.ALL | Reg.XALL;
            case SYSCALL -> Reg.syscallClobbers(in.args.size() - 1);
            case DIV, MOD, DIVMOD, HMUL -> Reg.RAX.bit() | Reg.RDX.bit();
            case UDIV, UMOD -> Reg.RAX.bit() | Reg.RDX.bit();
            case SHL, SHR, SAR -> in.arg(1).constant() == null ? Reg.RCX.bit() : 0;
            case CONST, ADDR, PARAM, CLOSUREPTR, GETG, COPY, PHI, ADD, SUB, MUL, AND, OR, XOR, ANDNOT, NEG, NOT,
                 EQ, NE, LT, LE, GT, GE, LOAD, STORE, JMP, IF, RET, UNREACHABLE, FCONST, FADD, FSUB, FMUL, FDIV, FNEG,
                 FEQ, FNE, FLT, FLE, FGT, FGE, CVTIF, CVTFI, FROUND32, CVTIF32, CVTFI32 -> 0;
            case SEXT8, SEXT16, SEXT32, ZEXT8, ZEXT16, ZEXT32, ULT, ULE, UGT, UGE -> 0;
        };
    }

    private boolean wanted(Value v) {
        return v != null && fi.hasLoc(v) && fi.uses[v.id] > 0;
    }

    /**
     * The live ranges, clobber sets and hints, from liveness at block ends walked back through
     * each block (the allocation checker walks the same way).
     */
    private void lives() {
        for (int i = fi.order.size() - 1; i >= 0; i--) {
            Block b = fi.order.get(i);
            int from = fi.from[i];
            BitSet live = (BitSet) fi.liveOut[i].clone();
            for (int v = live.nextSetBit(0); v >= 0; v = live.nextSetBit(v + 1)) {
                if (wanted(fi.values[v])) addRange(v, from, fi.to[i] - 1);
            }
            for (int k = b.instrs.size() - 1; k >= 0; k--) {
                Instr in = b.instrs.get(k);
                if (in.op == Op.PHI) {
                    Value d = in.def();
                    if (wanted(d)) defAt(d.id, from, from);
                    for (Value a : in.args) phiHint(d, a);
                    continue;
                }
                for (Value d : in.defs) {
                    if (!wanted(d)) continue;
                    defAt(d.id, from, fi.defPos(d));
                    live.clear(d.id);
                }
                int m = clobbers(in);
                if (m != 0) {
                    for (int v = live.nextSetBit(0); v >= 0; v = live.nextSetBit(v + 1)) forbid[v] |= m;
                }
                int p = fi.pos.get(in);
                for (Value a : fi.reads(in)) {
                    if (!wanted(a)) continue;
                    addRange(a.id, from, p);
                    live.set(a.id);
                }
                hints(in);
            }
        }
    }

    /** Adds [s, e] to v's ranges, merging what it overlaps or touches. */
    private void addRange(int v, int s, int e) {
        int[] r = ranges[v];
        int n = nranges[v];
        if (r == null) r = ranges[v] = new int[4];
        // the ranges before [s, e] stay, those overlapping or touching it merge into it
        int i = 0;
        while (i < n && r[2 * i + 1] < s - 1) i++;
        int j = i;
        while (j < n && r[2 * j] <= e + 1) {
            s = Math.min(s, r[2 * j]);
            e = Math.max(e, r[2 * j + 1]);
            j++;
        }
        int nn = n - (j - i) + 1;
        if (2 * nn > r.length) r = ranges[v] = Arrays.copyOf(r, 4 * nn);
        System.arraycopy(r, 2 * j, r, 2 * (i + 1), 2 * (n - j));
        r[2 * i] = s;
        r[2 * i + 1] = e;
        nranges[v] = nn;
    }

    /**
     * v is written at p in the block starting at {@code from}: it is not live in [from, p)
     * (walking back, the uses there were of nothing). It may be live before {@code from}: a
     * rotated loop header comes after the loop's body, where its phis are live.
     */
    private void defAt(int v, int from, int p) {
        int[] r = ranges[v];
        for (int i = 0; r != null && i < nranges[v]; i++) {
            int s = r[2 * i], e = r[2 * i + 1];
            if (s > p) break;
            if (e < from) continue;
            // [s, e] reaches into [from, p]
            if (e < p) throw new IllegalStateException(fi.f.name + ": v" + v + " live in its block before its def");
            if (s >= from) {
                r[2 * i] = p;
            } else {
                r[2 * i + 1] = from - 1;
                addRange(v, p, e);
            }
            return;
        }
        addRange(v, p, p);
    }

    private int start(int v) {
        return ranges[v][0];
    }

    private int end(int v) {
        return ranges[v][2 * nranges[v] - 1];
    }

    private boolean overlap(int v, int w) {
        int[] a = ranges[v], b = ranges[w];
        int i = 0, j = 0, n = 2 * nranges[v], m = 2 * nranges[w];
        while (i < n && j < m) {
            if (a[i + 1] < b[j]) i += 2;
            else if (b[j + 1] < a[i]) j += 2;
            else return true;
        }
        return false;
    }

    private int find(int v) {
        while (web[v] != v) v = web[v] = web[web[v]];
        return v;
    }

    /** A phi and one of its operands: each prefers the other's register, and they join a web. */
    private void phiHint(Value phi, Value a) {
        if (!wanted(phi) || !wanted(a)) return;
        addLink(phi, a);
        addLink(a, phi);
        web[find(phi.id)] = find(a.id);
    }

    private void addLink(Value v, Value other) {
        List<Value> l = phiLinks.get(v.id);
        if (l == null) phiLinks.set(v.id, l = new ArrayList<>(2));
        l.add(other);
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
                Reg r = fi.paramAbi.reg[(int) in.aux];
                if (!fi.f.abi0 && r != null) hintReg(in.def(), r);
            }
            case CALL -> {
                if (!Callees.ABI0.contains(in.sym)) {
                    Abi args = Abi.args(in);
                    for (int k = 0; k < in.args.size(); k++) if (args.reg[k] != null) hintReg(in.arg(k), args.reg[k]);
                }
                Abi res = Abi.results(in);
                for (int k = 0; k < in.defs.size(); k++) if (res.reg[k] != null) hintReg(in.defs.get(k), res.reg[k]);
            }
            case CALLI -> {   // the func value goes to RDX, the context register
                hintReg(in.arg(0), Reg.RDX);
                Abi args = Abi.args(in);
                for (int k = 0; k < args.reg.length; k++) if (args.reg[k] != null) hintReg(in.arg(1 + k), args.reg[k]);
                Abi res = Abi.results(in);
                for (int k = 0; k < in.defs.size(); k++) if (res.reg[k] != null) hintReg(in.defs.get(k), res.reg[k]);
            }
            case CLOSUREPTR -> hintReg(in.def(), Reg.RDX);
            case SYSCALL -> {
                hintReg(in.arg(0), Reg.RAX);
                for (int k = 1; k < in.args.size(); k++) hintReg(in.arg(k), Reg.SYSCALL.get(k - 1));
                hintReg(in.def(), Reg.RAX);
            }
            case RET -> {
                for (int k = 0; k < in.args.size(); k++) if (fi.resultAbi.reg[k] != null) hintReg(in.arg(k), fi.resultAbi.reg[k]);
            }
            case DIV, MOD, HMUL -> {
                hintReg(in.arg(0), Reg.RAX);
                hintReg(in.def(), in.op == Op.DIV ? Reg.RAX : Reg.RDX);
            }
            case UDIV, UMOD -> {
                hintReg(in.arg(0), Reg.RAX);
                hintReg(in.def(), in.op == Op.UDIV ? Reg.RAX : Reg.RDX);
            }
            case SEXT8, SEXT16, SEXT32, ZEXT8, ZEXT16, ZEXT32 -> twoAddress(in);
            case DIVMOD -> { // idiv leaves the quotient in RAX, the remainder in RDX
                hintReg(in.arg(0), Reg.RAX);
                hintReg(in.defs.get(0), Reg.RAX);
                hintReg(in.defs.get(1), Reg.RDX);
            }
            case SHL, SHR, SAR -> {
                hintReg(in.arg(1), Reg.RCX);
                twoAddress(in);
            }
            case COPY, ADD, SUB, MUL, AND, OR, XOR, ANDNOT, NEG, NOT, FADD, FSUB, FMUL, FDIV, FNEG -> twoAddress(in);
            case CONST, ADDR, PHI, EQ, NE, LT, LE, GT, GE, LOAD, STORE, JMP, IF, UNREACHABLE, FCONST, FEQ, FNE, FLT, FLE,
                 FGT, FGE, CVTIF, CVTFI, FROUND32, CVTIF32, CVTFI32 -> {
            }
            case ULT, ULE, UGT, UGE -> {
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

    private void scan() {
        List<Integer> todo = new ArrayList<>();
        for (int v = 0; v < ranges.length; v++) if (ranges[v] != null) todo.add(v);
        todo.sort((a, b) -> start(a) != start(b) ? Integer.compare(start(a), start(b)) : Integer.compare(a, b));
        // by register: the values in it whose life has not ended before the current start
        List<List<Integer>> in = new ArrayList<>();
        for (int i = 0; i < Reg.values().length; i++) in.add(new ArrayList<>());
        for (int v : todo) {
            int s = start(v);
            for (List<Integer> l : in) l.removeIf(a -> end(a) < s);
            int bad = forbid[v];
            Cls cls = fi.values[v].cls;
            List<Reg> file = Reg.allocatable(cls);
            if ((bad & Reg.all(cls)) == Reg.all(cls)) {
                spill(v);
                continue;
            }
            int free = 0;
            for (Reg r : file) {
                if ((bad & r.bit()) != 0) continue;
                boolean ok = true;
                for (int a : in.get(r.ordinal())) {
                    if (overlap(a, v)) {
                        ok = false;
                        break;
                    }
                }
                if (ok) free |= r.bit();
            }
            Reg r = pick(v, free, file);
            if (r == null) {
                // the only value in the way in a register, ending last (after v): spill it instead
                int victim = -1;
                for (Reg c : file) {
                    if ((bad & c.bit()) != 0) continue;
                    int only = -1, n = 0;
                    for (int a : in.get(c.ordinal())) {
                        if (overlap(a, v)) {
                            only = a;
                            n++;
                        }
                    }
                    if (n == 1 && end(only) > end(v) && (victim < 0 || end(only) > end(victim))) victim = only;
                }
                if (victim < 0) {
                    spill(v);
                    continue;
                }
                r = reg[victim];
                reg[victim] = null;
                in.get(r.ordinal()).remove((Integer) victim);
                spill(victim);
            }
            reg[v] = r;
            in.get(r.ordinal()).add(v);
            int w = find(v);
            if (webReg[w] == null) webReg[w] = r;
        }
        for (int v = 0; v < ranges.length; v++) {
            if (reg[v] != null) loc[v] = Loc.reg(reg[v]);
        }
        // every other value the emitter names: constants, addresses, dead results (written to a scratch)
        for (Value v : fi.values) {
            if (v == null || loc[v.id] != null) continue;
            if (v.def.op == Op.CONST) loc[v.id] = Loc.imm(v.def.aux);
            else if (v.def.op == Op.FCONST) loc[v.id] = Loc.fconst(v.def.aux);
            else if (v.def.op == Op.ADDR) loc[v.id] = Loc.sym(Amd64.label(v.def.sym), v.def.aux);
            else if (!fi.fused[v.id]) loc[v.id] = Loc.reg(v.cls.isGp() ? Reg.R12 : Reg.X14);
        }
    }

    /**
     * The register for v among {@code free}: a phi's or its operand's already chosen (no move on
     * that edge); while one of those is still to come, the web's (a merge phi is taken after
     * its operands); then a two-address hint; then a register the ABI or an instruction wants.
     */
    private Reg pick(int v, int free, List<Reg> file) {
        List<Value> links = phiLinks.get(v);
        if (links != null) {
            boolean pending = false;
            for (Value h : links) {
                Reg r = reg[h.id];
                if (r != null && (free & r.bit()) != 0) return r;
                if (r == null && loc[h.id] == null) pending = true;
            }
            Reg w = webReg[find(v)];
            if (pending && w != null && (free & w.bit()) != 0) return w;
        }
        List<Value> hv = hintVal.get(v);
        if (hv != null) {
            for (Value h : hv) {
                Reg r = reg[h.id];
                if (r != null && (free & r.bit()) != 0) return r;
            }
        }
        Reg h = hintReg[v];
        if (h != null && (free & h.bit()) != 0) return h;
        for (Reg r : file) if ((free & r.bit()) != 0) return r;
        return null;
    }

    /**
     * Puts v in a spill slot: one of its phi web's when no value there is live with it (a
     * spilled phi and its spilled operands share the word: no move on their edges), else a new one.
     */
    private void spill(int v) {
        List<Integer> mine = webSlots.computeIfAbsent(find(v), k -> new ArrayList<>());
        for (int slot : mine) {
            boolean ok = true;
            for (int a : slotVals.get(slot)) {
                if (overlap(a, v)) {
                    ok = false;
                    break;
                }
            }
            if (ok) {
                slotVals.get(slot).add(v);
                loc[v] = Loc.slot(slot);
                return;
            }
        }
        slotVals.add(new ArrayList<>(List.of(v)));
        mine.add(slots);
        loc[v] = Loc.slot(slots++);
    }

    /**
     * The class of spill slot {@code slot}: every value in it has that class (a phi web shares
     * one class, and the checker holds it). With the offsets of the frame, this is the stack's
     * pointer map: the garbage collector will scan the {@code ptr} slots live at a call.
     */
    Cls slotClass(int slot) {
        return fi.values[slotVals.get(slot).get(0)].cls;
    }

    /**
     * By call: the spill slots that hold a value live across it, those of class int or ptr (an
     * f64 slot holds no pointer). A call clobbers every register, so these are the only words of
     * the frame, besides the call's own stack arguments and results, that the function reads
     * after the call returns: the rest of its slots are dead there, whatever they still hold.
     * The emitter writes the set after the call as the call site's stack map (Emitter.stackMap),
     * and the collector scans only those slots of a frame stopped there (mgc.go's scanstack).
     * From {@link FuncInfo#liveAcrossCalls}, the walk {@link Split} takes too.
     */
    java.util.Map<Instr, BitSet> liveSlotsAtCalls() {
        java.util.Map<Instr, BitSet> out = new java.util.IdentityHashMap<>();
        fi.liveAcrossCalls((call, live) -> {
            BitSet slotsLive = new BitSet();
            for (int v = live.nextSetBit(0); v >= 0; v = live.nextSetBit(v + 1)) {
                Loc l = loc[v];
                if (l != null && l.kind() == Loc.Kind.SLOT && fi.values[v].cls != Cls.F64) slotsLive.set((int) l.n());
            }
            out.put(call, slotsLive);
        });
        return out;
    }

    /** Whether a value has a real location (not a constant, fused or dead). */
    boolean live(Value v) {
        return wanted(v);
    }

    // ---- the checker ------------------------------------------------------------------

    /**
     * Verifies the allocation against liveness computed instruction by instruction: no two
     * values live at the same point share a register or a spill slot, and no value in a register is live
     * across an instruction that clobbers it. Throws IllegalStateException naming the values.
     */
    void check() {
        for (int slot = 0; slot < slots; slot++) {
            for (int v : slotVals.get(slot)) {
                if (fi.values[v].cls != slotClass(slot)) {
                    throw new IllegalStateException(fi.f.name + ": spill slot " + slot + " holds v" + v + " of class "
                            + fi.values[v].cls + " and values of class " + slotClass(slot));
                }
            }
        }
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
                for (Value a : fi.reads(in)) if (wanted(a)) live.set(a.id);
                distinct(live, in);
            }
            for (Instr phi : b.phis()) if (wanted(phi.def())) live.set(phi.def().id);
            distinct(live, b.instrs.get(0));
            BitSet in = (BitSet) fi.liveIn[i].clone();
            for (Instr phi : b.phis()) if (wanted(phi.def())) in.set(phi.def().id);
            if (b == fi.f.entry()) {
                for (Instr x : b.instrs) if ((x.op == Op.PARAM || x.op == Op.CLOSUREPTR) && wanted(x.def())) in.set(x.def().id);
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
        java.util.Map<Long, Value> bySlot = new java.util.HashMap<>();
        for (int v = live.nextSetBit(0); v >= 0; v = live.nextSetBit(v + 1)) {
            Reg r = reg[v];
            if (r == null) {
                Loc l = loc[v];
                if (l == null || l.kind() != Loc.Kind.SLOT) continue;
                Value other = bySlot.put(l.n(), fi.values[v]);
                if (other != null) {
                    throw new IllegalStateException(fi.f.name + ": v" + v + " and " + other + " share " + l + " at " + at);
                }
                continue;
            }
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

    /** Test hook: puts v in spill slot n, right or wrong. */
    void forceSlot(Value v, int n) {
        reg[v.id] = null;
        loc[v.id] = Loc.slot(n);
    }

    int start(Value v) {
        return ranges[v.id] == null ? -1 : start(v.id);
    }

    int end(Value v) {
        return ranges[v.id] == null ? -1 : end(v.id);
    }
}
