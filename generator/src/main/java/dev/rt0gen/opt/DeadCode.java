package dev.rt0gen.opt;

import dev.rt0gen.ir.Block;
import dev.rt0gen.ir.Dominators;
import dev.rt0gen.ir.Func;
import dev.rt0gen.ir.Instr;
import dev.rt0gen.ir.Op;
import dev.rt0gen.ir.Value;

import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Set;

/**
 * Dead-code elimination (gc's deadcode): blocks the entry cannot reach go, with their edges
 * and operands in the phis of the blocks they jumped to; then every pure instruction whose
 * value nothing live uses goes (a mark from the instructions with effects, so dead phi cycles
 * go too). Loads, stores, calls, terminators and params stay: params are the ABI's, not ours.
 */
final class DeadCode {
    private DeadCode() {
    }

    static void run(Func f) {
        Set<Block> reachable = new HashSet<>(Dominators.reversePostorder(f));
        for (Block b : f.blocks) {
            if (!reachable.contains(b)) continue;
            for (int i = b.preds.size() - 1; i >= 0; i--)
                if (!reachable.contains(b.preds.get(i))) Edit.removePredAt(b, i);
        }
        f.blocks.removeIf(b -> !reachable.contains(b));

        Set<Instr> live = new HashSet<>();
        ArrayDeque<Instr> work = new ArrayDeque<>();
        for (Block b : f.blocks)
            for (Instr in : b.instrs)
                if (!in.op.pure || in.op == Op.PARAM) {
                    live.add(in);
                    work.add(in);
                }
        while (!work.isEmpty()) {
            Instr in = work.poll();
            for (Value a : in.args) {
                Instr d = a.def;
                if (d != null && live.add(d)) work.add(d);
            }
        }
        for (Block b : f.blocks) b.instrs.removeIf(in -> !live.contains(in));
    }
}
