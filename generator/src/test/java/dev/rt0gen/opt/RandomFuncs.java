package dev.rt0gen.opt;

import dev.rt0gen.ir.Block;
import dev.rt0gen.ir.Cls;
import dev.rt0gen.ir.Func;
import dev.rt0gen.ir.Instr;
import dev.rt0gen.ir.Op;
import dev.rt0gen.ir.Value;

import java.util.List;
import java.util.Random;

/**
 * Random structured functions of two int words (assignments, if/else, counted loops, copies,
 * repeated expressions, constant conditions), built straight in SSA: phis at every join and
 * loop header. The same seed builds the same function, so a test can run one through the
 * passes and compare it with a fresh copy.
 */
final class RandomFuncs {
    static final long[] CONSTS = {0, 1, -1, 2, 3, 5, 7, 8, 10, -3, -8, 12, 63, 64, 65, 1000,
            Long.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE + 1, 1L << 32, (1L << 32) + 1};
    static final Op[] BINARY = {Op.ADD, Op.SUB, Op.MUL, Op.DIV, Op.MOD, Op.HMUL, Op.AND, Op.OR, Op.XOR,
            Op.ANDNOT, Op.SHL, Op.SHR, Op.SAR, Op.EQ, Op.NE, Op.LT, Op.LE, Op.GT, Op.GE,
            Op.UDIV, Op.UMOD, Op.ULT, Op.ULE, Op.UGT, Op.UGE};
    static final Op[] EXTEND = {Op.SEXT8, Op.SEXT16, Op.SEXT32, Op.ZEXT8, Op.ZEXT16, Op.ZEXT32};

    private final Random rnd;
    private final Func f;
    private Block cur;
    private Value[] vars;

    private RandomFuncs(long seed) {
        rnd = new Random(seed);
        f = Build.func(2, 2);
        cur = f.newBlock();
        vars = new Value[]{Build.param(cur, 0), Build.param(cur, 1), cur.constant(0), cur.constant(1)};
    }

    static Func make(long seed) {
        RandomFuncs g = new RandomFuncs(seed);
        g.stmts(3, 6 + g.rnd.nextInt(10));
        Build.ret(g.cur, g.vars[0], g.vars[2]);
        return g.f;
    }

    private void stmts(int depth, int n) {
        for (int i = 0; i < n; i++) {
            int k = rnd.nextInt(10);
            if (depth > 0 && k == 0) ifElse(depth - 1);
            else if (depth > 0 && k == 1) loop(depth - 1);
            else assign();
        }
    }

    private Value operand() {
        if (rnd.nextInt(4) == 0) return cur.constant(rnd.nextInt(4) == 0 ? rnd.nextLong() : CONSTS[rnd.nextInt(CONSTS.length)]);
        return vars[rnd.nextInt(vars.length)];
    }

    private Value nonZero() {
        if (rnd.nextBoolean()) {
            long c;
            do c = rnd.nextInt(4) == 0 ? rnd.nextLong() : CONSTS[rnd.nextInt(CONSTS.length)]; while (c == 0);
            return cur.constant(c);
        }
        return cur.add(Op.OR, Cls.INT, vars[rnd.nextInt(vars.length)], cur.constant(1));
    }

    private Value expr() {
        int k = rnd.nextInt(12);
        if (k == 0) return cur.add(Op.COPY, Cls.INT, operand());
        if (k == 1) return cur.add(rnd.nextBoolean() ? Op.NEG : Op.NOT, Cls.INT, operand());
        if (k == 2) return cur.add(EXTEND[rnd.nextInt(EXTEND.length)], Cls.INT, operand());
        Op op = BINARY[rnd.nextInt(BINARY.length)];
        Value x = operand();
        Value y = op == Op.DIV || op == Op.MOD || op == Op.UDIV || op == Op.UMOD ? nonZero() : rnd.nextInt(8) == 0 ? x : operand();
        return cur.add(op, Cls.INT, x, y);
    }

    private void assign() {
        int i = rnd.nextInt(vars.length);
        vars[i] = expr();
        // Sometimes the same expression again: work for cse.
        if (rnd.nextInt(6) == 0) {
            Instr d = vars[i].def;
            if (d.op.args == 2) vars[rnd.nextInt(vars.length)] = cur.add(d.op, Cls.INT, d.arg(0), d.arg(1));
        }
    }

    private Value cond() {
        return switch (rnd.nextInt(4)) {
            case 0 -> cur.constant(rnd.nextInt(2));
            case 1 -> vars[rnd.nextInt(vars.length)];
            default -> cur.add(new Op[]{Op.LT, Op.EQ, Op.GE, Op.NE}[rnd.nextInt(4)], Cls.INT, vars[rnd.nextInt(vars.length)], operand());
        };
    }

    private void ifElse(int depth) {
        Value c = cond();
        Block then = f.newBlock(), els = f.newBlock(), join = f.newBlock();
        cur.branch(c, then, els);
        Value[] before = vars.clone();
        cur = then;
        stmts(depth, rnd.nextInt(3));
        Value[] thenVars = vars;
        cur.jump(join);
        vars = before.clone();
        cur = els;
        stmts(depth, rnd.nextInt(3));
        Value[] elseVars = vars;
        cur.jump(join);
        cur = join;
        vars = new Value[vars.length];
        for (int i = 0; i < vars.length; i++)
            vars[i] = thenVars[i] == elseVars[i] && rnd.nextBoolean() ? thenVars[i] : Build.phi(join, thenVars[i], elseVars[i]);
    }

    private void loop(int depth) {
        Block header = f.newBlock(), body = f.newBlock(), exit = f.newBlock();
        Value n = cur.constant(rnd.nextInt(4));
        Value zero = cur.constant(0);
        cur.jump(header);
        Value[] phis = new Value[vars.length];
        for (int i = 0; i < vars.length; i++) phis[i] = Build.phi(header, vars[i]);
        Value count = Build.phi(header, zero);
        cur = header;
        vars = phis.clone();
        header.branch(header.add(Op.LT, Cls.INT, count, n), body, exit);
        cur = body;
        stmts(depth, 1 + rnd.nextInt(3));
        Value next = cur.add(Op.ADD, Cls.INT, count, cur.constant(1));
        cur.jump(header);
        for (int i = 0; i < vars.length; i++) phis[i].def.args.add(vars[i]);
        count.def.args.add(next);
        vars = phis;
        cur = exit;
    }

    /** Inputs worth trying: the edges of int64 and a few random words. */
    static List<long[]> inputs(long seed, int random) {
        List<long[]> out = new java.util.ArrayList<>();
        long[] edge = {0, 1, -1, 2, 7, -8, Long.MIN_VALUE, Long.MAX_VALUE, 64};
        Random r = new Random(seed);
        for (long a : edge) out.add(new long[]{a, edge[r.nextInt(edge.length)]});
        for (int i = 0; i < random; i++) out.add(new long[]{r.nextLong(), r.nextInt(3) == 0 ? r.nextInt(100) : r.nextLong()});
        return out;
    }
}
