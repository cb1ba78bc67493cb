package dev.rt0gen.codegen;

import dev.rt0gen.check.CheckedProgram;
import dev.rt0gen.check.CheckedProgram.FuncInfo;
import dev.rt0gen.check.CheckedProgram.TypeAndValue;
import dev.rt0gen.check.CheckedProgram.VarInit;
import dev.rt0gen.check.Obj;
import dev.rt0gen.check.Type;
import dev.rt0gen.check.Type.Basic;
import dev.rt0gen.initorder.InitPlan;
import dev.rt0gen.syntax.Decl;
import dev.rt0gen.syntax.Expr;
import dev.rt0gen.syntax.Stmt;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Assembly text for every package of the program, in rt0gen's dialect and stack-based
 * calling convention (docs/ABI.md).
 *
 * <p>Code is straightforward and stack based. An expression leaves its value in {@code rax}
 * (int, bool) or {@code rax}/{@code rdx} (a string's pointer and length); an operator saves
 * its left operand with {@code push} while the right one is evaluated. Every expression and
 * every statement leaves {@code rsp} where it found it, so a call's argument area can be
 * reserved first and filled argument by argument, in Go's left-to-right order. Locals live
 * in the frame below {@code rbp}, each with its own words; parameters and results are the
 * caller's words above it.
 *
 * <p>Per package: every function as {@code PKG.name}, {@code PKG.init} when the package has
 * initialization work (variable initializers that are not constants, then
 * {@code PKG.init.0}, {@code PKG.init.1}, …), package variables in {@code .data} (constant
 * initial values, written statically as Go's linker does) or {@code .bss}, string literals in
 * {@code .section .rodata}. The main package's unit also holds {@code go..inittasks} and
 * {@code go..godebugDefault}.
 */
public final class CodeGen {
    private final CheckedProgram.Info info;

    private CodeGen(CheckedProgram program) {
        this.info = program.info();
    }

    public static List<AsmUnit> generate(InitPlan plan) {
        CodeGen g = new CodeGen(plan.program());
        java.util.Map<String, PackageGen> gens = new java.util.LinkedHashMap<>();
        for (InitPlan.PackageInit pi : plan.packages()) {
            PackageGen pg = g.new PackageGen(pi);
            pg.generate();
            gens.put(pi.pkg().path(), pg);
        }
        // the init tasks in Go's order: the program's packages with init work, and the
        // standard packages' tasks (os's starts the finalizer goroutine)
        List<String[]> tasks = new ArrayList<>();
        for (String path : plan.order()) {
            PackageGen pg = gens.get(path);
            // the name inittrace prints: the path as symbol names spell it (m/a.b: m/a%2eb)
            if (pg != null && pg.hasInitWork) tasks.add(new String[]{dev.rt0gen.initorder.InitOrder.pathToPrefix(path), label(path + ".init")});
            if (pg == null && InitPlan.stdlibTask(path) != null) tasks.add(new String[]{path, InitPlan.stdlibTask(path)});
        }
        List<AsmUnit> units = new ArrayList<>();
        for (PackageGen pg : gens.values()) {
            String path = pg.pi.pkg().path();
            if (path.equals("main")) {
                pg.initTasks(tasks);
                pg.godebugDefault(plan.program().tree().godebugDefault());
            }
            units.add(new AsmUnit(path, pg.text()));
        }
        return units;
    }

    /**
     * The assembly label of a Go name: characters other than {@code [A-Za-z0-9_.]} are
     * written {@code $XX} (two lower-case hex digits), as the linker expects.
     */
    public static String label(String goName) {
        StringBuilder sb = new StringBuilder();
        for (byte b : goName.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || c == '_' || c == '.')) {
                sb.append((char) c);
            } else {
                sb.append('$').append(String.format(java.util.Locale.ROOT, "%02x", c));
            }
        }
        return sb.toString();
    }

    static String hex(long v) {
        return "0x" + Long.toHexString(v);
    }

    /** Where a variable's first word is: a frame offset from rbp, or a global label. */
    private record Loc(String global, int rbpOffset) {
        String word(int i) {
            if (global != null) return "qword ptr [rip + " + global + (i == 0 ? "" : " + " + hex(8L * i)) + "]";
            int off = rbpOffset + 8 * i;
            return "qword ptr [rbp " + (off < 0 ? "- " + hex(-off) : "+ " + hex(off)) + "]";
        }
    }

    private final class PackageGen {
        final InitPlan.PackageInit pi;
        final String pkg;
        final String pkgLabel;
        final StringBuilder text = new StringBuilder();
        final StringBuilder rodata = new StringBuilder();
        final StringBuilder data = new StringBuilder();
        final StringBuilder bss = new StringBuilder();
        final Map<String, String> strings = new LinkedHashMap<>();
        int labels;
        boolean hasInitWork;

        // the function being generated
        StringBuilder body;
        final Map<Obj.Var, Loc> locs = new IdentityHashMap<>();
        int frameWords;
        String retLabel;
        final Deque<String[]> loops = new ArrayDeque<>();    // {break label, continue label or null}

        PackageGen(InitPlan.PackageInit pi) {
            this.pi = pi;
            this.pkg = pi.pkg().path();
            this.pkgLabel = label(pkg);
        }

        String text() {
            StringBuilder sb = new StringBuilder();
            sb.append("# package ").append(pkg).append(", generated by rt0gen\n");
            sb.append(".text\n").append(text);
            if (!rodata.isEmpty()) sb.append(".section .rodata\n").append(rodata);
            if (!data.isEmpty()) sb.append(".data\n").append(data);
            if (!bss.isEmpty()) sb.append(".bss\n").append(bss);
            return sb.toString();
        }

        String newLabel() {
            return ".L" + pkgLabel + "." + (labels++);
        }

        void emit(String s) {
            body.append("    ").append(s).append('\n');
        }

        void place(String label) {
            body.append(label).append(":\n");
        }

        /** A string literal's label in .rodata (one per distinct value of the package). */
        String stringLabel(String bytes) {
            return strings.computeIfAbsent(bytes, b -> {
                // a symbol, not a .L label: Keystone rejects .L labels in [rip + …] operands.
                // Go names its static data PKG..stmp_N.
                String l = label(pkg + "..stmp_" + strings.size());
                rodata.append(l).append(":\n");
                for (int i = 0; i < b.length(); i += 16) {
                    StringBuilder line = new StringBuilder("    .byte ");
                    for (int j = i; j < Math.min(b.length(), i + 16); j++) {
                        if (j > i) line.append(", ");
                        line.append(hex(b.charAt(j)));
                    }
                    rodata.append(line).append('\n');
                }
                return l;
            });
        }

        // ---- package ---------------------------------------------------------------

        void generate() {
            // package variables: .data when the initial value is a constant, else .bss
            List<VarInit> dynamic = new ArrayList<>();
            for (VarInit vi : pi.pkg().varInits()) {
                TypeAndValue tv = vi.value() == null ? null : info.typeOf(vi.value());
                boolean constant = tv != null && tv.isConstant() && vi.vars().size() == 1;
                for (Obj.Var v : vi.vars()) {
                    if (v.isBlank()) continue;
                    String l = label(pkg + "." + v.name());
                    locs.put(v, new Loc(l, 0));
                    if (constant) {
                        data.append("    .p2align 0x3\n").append(l).append(":\n");
                        for (String w : constWords(tv.value())) data.append("    .quad ").append(w).append('\n');
                    } else {
                        bss.append("    .p2align 0x3\n").append(l).append(":\n    .skip ").append(hex(8L * v.type().words())).append('\n');
                    }
                }
                if (vi.value() != null && !constant) dynamic.add(vi);
            }
            for (Obj.Func f : pi.pkg().funcs()) function(f);
            // PKG.init: the variables in initialization order, then init.0, init.1, ...
            List<VarInit> ordered = new ArrayList<>();
            for (VarInit vi : pi.vars()) if (dynamic.contains(vi)) ordered.add(vi);
            hasInitWork = !ordered.isEmpty() || !pi.inits().isEmpty();
            if (hasInitWork) packageInit(ordered);
        }

        List<String> constWords(Object v) {
            if (v instanceof String s) {
                return s.isEmpty() ? List.of("0x0", "0x0") : List.of(stringLabel(s), hex(s.length()));
            }
            if (v instanceof Boolean b) return List.of(b ? "0x1" : "0x0");
            return List.of(hex(((BigInteger) v).longValue()));
        }

        void packageInit(List<VarInit> ordered) {
            body = new StringBuilder();
            frameWords = 0;
            retLabel = newLabel();
            for (VarInit vi : ordered) {
                if (vi.vars().size() == 1) {
                    expr(vi.value());
                    store(vi.vars().get(0), vi.vars().get(0).type());
                } else {
                    multiAssign(new ArrayList<>(vi.vars()), vi.value());
                }
            }
            for (Obj.Func f : pi.inits()) emit("call " + label(f.symbol()));
            finishFunction(label(pkg + ".init"), List.of());
        }

        void initTasks(List<String[]> tasks) {
            StringBuilder sb = new StringBuilder();
            List<String> names = new ArrayList<>();
            for (String[] t : tasks) names.add(stringLabel(t[0]));
            sb.append("    .p2align 0x3\n");
            sb.append("go..inittasks:\n");
            for (int i = 0; i < tasks.size(); i++) {
                sb.append("    .quad ").append(names.get(i)).append(", ").append(hex(tasks.get(i)[0].length()))
                        .append(", ").append(tasks.get(i)[1]).append('\n');
            }
            sb.append(".set go..ninittasks, ").append(hex(tasks.size())).append('\n');
            rodata.append(sb);
        }

        /**
         * {@code go..godebugDefault} (its bytes) and {@code go..godebugDefaultLen}: the default
         * GODEBUG the runtime applies before $GODEBUG (Go's linker sets runtime.godebugDefault).
         */
        void godebugDefault(String settings) {
            byte[] b = settings.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            StringBuilder sb = new StringBuilder("go..godebugDefault:\n");
            for (int i = 0; i < b.length; i += 16) {
                sb.append("    .byte ");
                for (int j = i; j < Math.min(b.length, i + 16); j++) sb.append(j > i ? ", " : "").append(hex(b[j] & 0xff));
                sb.append('\n');
            }
            sb.append(".set go..godebugDefaultLen, ").append(hex(b.length)).append('\n');
            rodata.append(sb);
        }

        // ---- functions -------------------------------------------------------------

        void function(Obj.Func f) {
            FuncInfo fi = info.funcs.get(f);
            body = new StringBuilder();
            frameWords = 0;
            retLabel = newLabel();
            int word = 0;
            for (Obj.Var p : fi.params()) {
                locs.put(p, new Loc(null, 0x10 + 8 * word));
                word += p.type().words();
            }
            for (Obj.Var r : fi.results()) {
                locs.put(r, new Loc(null, 0x10 + 8 * word));
                for (int i = 0; i < r.type().words(); i++) emit("mov " + locs.get(r).word(i) + ", 0x0");
                word += r.type().words();
            }
            for (Obj.Var v : fi.locals()) {
                frameWords += v.type().words();
                locs.put(v, new Loc(null, -8 * frameWords));
            }
            currentResults = fi.results();
            stmts(f.decl.body().stmts());
            finishFunction(label(f.symbol()), fi.results());
        }

        /** A slot of {@code words} words in the current frame, for a value the code keeps. */
        Loc temp(int words) {
            frameWords += words;
            return new Loc(null, -8 * frameWords);
        }

        void finishFunction(String name, List<Obj.Var> results) {
            text.append(name).append(":\n");
            text.append("    push rbp\n    mov rbp, rsp\n");
            int frame = (frameWords * 8 + 15) & ~15;
            if (frame > 0) text.append("    sub rsp, ").append(hex(frame)).append('\n');
            text.append(body);
            text.append(retLabel).append(":\n");
            text.append("    mov rsp, rbp\n    pop rbp\n    ret\n\n");
        }

        // ---- statements ------------------------------------------------------------

        void stmts(List<Stmt> list) {
            for (Stmt s : list) stmt(s);
        }

        void stmt(Stmt s) {
            if (s instanceof Stmt.ExprStmt es) {
                Expr e = unparen(es.x());
                if (e instanceof Expr.Call c && typeOf(c) instanceof Type.Tuple t && !t.types().isEmpty()) {
                    int area = callKeep(c);
                    emit("add rsp, " + hex(area));
                } else {
                    expr(es.x());
                }
            } else if (s instanceof Stmt.Assign a) {
                assign(a);
            } else if (s instanceof Stmt.IncDec id) {
                expr(id.x());
                emit(id.op().equals("++") ? "add rax, 0x1" : "sub rax, 0x1");
                storeTo(id.x(), Basic.INT);
            } else if (s instanceof Stmt.DeclStmt ds) {
                for (Decl d : ds.specs()) if (d instanceof Decl.Var vd) localVar(vd);
            } else if (s instanceof Stmt.Block b) {
                stmts(b.stmts());
            } else if (s instanceof Stmt.If is) {
                if (is.init() != null) stmt(is.init());
                String els = newLabel(), end = newLabel();
                expr(is.cond());
                emit("test rax, rax");
                emit("jz " + els);
                stmts(is.then().stmts());
                if (is.els() != null) emit("jmp " + end);
                place(els);
                if (is.els() != null) {
                    stmt(is.els());
                    place(end);
                }
            } else if (s instanceof Stmt.For f) {
                if (f.init() != null) stmt(f.init());
                String top = newLabel(), cont = newLabel(), end = newLabel();
                place(top);
                if (f.cond() != null) {
                    expr(f.cond());
                    emit("test rax, rax");
                    emit("jz " + end);
                }
                loops.push(new String[]{end, cont});
                stmts(f.body().stmts());
                loops.pop();
                place(cont);
                if (f.post() != null) stmt(f.post());
                emit("jmp " + top);
                place(end);
            } else if (s instanceof Stmt.Switch sw) {
                switchStmt(sw);
            } else if (s instanceof Stmt.Return r) {
                returnStmt(r);
            } else if (s instanceof Stmt.Break) {
                emit("jmp " + loops.peek()[0]);
            } else if (s instanceof Stmt.Continue) {
                for (String[] l : loops) {
                    if (l[1] != null) {
                        emit("jmp " + l[1]);
                        break;
                    }
                }
            } else if (s instanceof Stmt.Go g) {
                goStmt(g);
            }
        }

        void localVar(Decl.Var vd) {
            List<Obj.Var> vars = new ArrayList<>();
            for (Expr.Ident n : vd.names()) vars.add((Obj.Var) info.objectOf(n));
            if (vd.values().isEmpty()) {
                for (Obj.Var v : vars) {
                    if (v.isBlank()) continue;
                    for (int i = 0; i < v.type().words(); i++) emit("mov " + locs.get(v).word(i) + ", 0x0");
                }
                return;
            }
            if (vd.values().size() == 1 && vars.size() > 1) {
                multiAssign(new ArrayList<>(vars), vd.values().get(0));
                return;
            }
            parallelAssign(new ArrayList<>(vars), vd.values());
        }

        void assign(Stmt.Assign a) {
            switch (a.op()) {
                case "=", ":=" -> {
                    List<Object> targets = new ArrayList<>();
                    for (Expr l : a.lhs()) targets.add(target(l));
                    if (a.rhs().size() == 1 && a.lhs().size() > 1) {
                        multiAssign(targets, a.rhs().get(0));
                    } else {
                        parallelAssign(targets, a.rhs());
                    }
                }
                default -> {
                    // x op= y: the checker recorded the synthetic x op y; generate it directly
                    String op = a.op().substring(0, a.op().length() - 1);
                    Basic t = (Basic) typeOf(a.lhs().get(0));
                    binaryOp(op, a.lhs().get(0), a.rhs().get(0), t, null);
                    storeTo(a.lhs().get(0), t);
                }
            }
        }

        /** An assignment target: the variable, or null for {@code _}. */
        Object target(Expr l) {
            l = unparen(l);
            if (l instanceof Expr.Ident id) {
                Obj o = info.objectOf(id);
                return o instanceof Obj.Var v && !v.isBlank() ? v : null;
            }
            Obj o = info.objectOf(((Expr.Selector) l).sel());
            return o;
        }

        /** {@code a, b = x, y}: every value first (pushed), then the stores. */
        void parallelAssign(List<?> targets, List<Expr> values) {
            if (values.size() == 1) {
                expr(values.get(0));
                storeTarget(targets.get(0), values.get(0));
                return;
            }
            for (Expr v : values) {
                expr(v);
                push((Basic) typeOf(v));
            }
            for (int i = values.size() - 1; i >= 0; i--) {
                pop((Basic) typeOf(values.get(i)));
                storeTarget(targets.get(i), values.get(i));
            }
        }

        void storeTarget(Object target, Expr value) {
            if (target instanceof Obj.Var v) store(v, v.type());
        }

        /** {@code a, b = f()}: the results copied from the call's area. */
        void multiAssign(List<?> targets, Expr call) {
            Expr.Call c = (Expr.Call) unparen(call);
            Type.Signature sig = signature(c);
            int area = callKeep(c);
            int word = sig.paramWords();
            for (int i = 0; i < sig.results().size(); i++) {
                Basic t = sig.results().get(i);
                emit("mov rax, qword ptr [rsp + " + hex(8L * word) + "]");
                if (t.words() == 2) emit("mov rdx, qword ptr [rsp + " + hex(8L * word + 8) + "]");
                if (targets.get(i) instanceof Obj.Var v) store(v, t);
                word += t.words();
            }
            emit("add rsp, " + hex(area));
        }

        Loc locOf(Obj.Var v) {
            Loc loc = locs.get(v);
            return loc != null ? loc : new Loc(label(v.pkg + "." + v.name()), 0);
        }

        void store(Obj.Var v, Basic t) {
            if (v.isBlank()) return;
            Loc loc = locOf(v);
            emit("mov " + loc.word(0) + ", rax");
            if (t.words() == 2) emit("mov " + loc.word(1) + ", rdx");
        }

        /** Stores rax(/rdx) into the variable denoted by an expression. */
        void storeTo(Expr l, Basic t) {
            Object target = target(l);
            if (target instanceof Obj.Var v) store(v, t);
        }

        void push(Basic t) {
            if (t.words() == 2) emit("push rdx");
            emit("push rax");
        }

        void pop(Basic t) {
            emit("pop rax");
            if (t.words() == 2) emit("pop rdx");
        }

        void returnStmt(Stmt.Return r) {
            List<Obj.Var> results = currentResults();
            if (r.results().size() == 1 && results.size() > 1) {
                // return f(): copy f's results
                multiAssign(new ArrayList<>(results), r.results().get(0));
            } else if (!r.results().isEmpty()) {
                parallelAssign(new ArrayList<>(results), r.results());
            }
            emit("jmp " + retLabel);
        }

        List<Obj.Var> currentResults;

        List<Obj.Var> currentResults() {
            return currentResults;
        }

        void switchStmt(Stmt.Switch sw) {
            if (sw.init() != null) stmt(sw.init());
            String end = newLabel();
            Basic tagType = Basic.BOOL;
            Loc tag = null;
            if (sw.tag() != null) {
                tagType = (Basic) typeOf(sw.tag());
                tag = temp(tagType.words());
                expr(sw.tag());
                emit("mov " + tag.word(0) + ", rax");
                if (tagType.words() == 2) emit("mov " + tag.word(1) + ", rdx");
            }
            List<String> bodies = new ArrayList<>();
            String dflt = end;
            for (Stmt.CaseClause cc : sw.clauses()) {
                String l = newLabel();
                bodies.add(l);
                if (cc.isDefault()) dflt = l;
                for (Expr v : cc.values()) {
                    expr(v);
                    if (tag == null) {
                        emit("test rax, rax");
                        emit("jnz " + l);
                    } else if (tagType == Basic.STRING) {
                        emit("sub rsp, 0x30");
                        emit("mov rcx, " + tag.word(0));
                        emit("mov qword ptr [rsp], rcx");
                        emit("mov rcx, " + tag.word(1));
                        emit("mov qword ptr [rsp + 0x8], rcx");
                        emit("mov qword ptr [rsp + 0x10], rax");
                        emit("mov qword ptr [rsp + 0x18], rdx");
                        emit("call runtime.cmpstring");
                        emit("mov rax, qword ptr [rsp + 0x20]");
                        emit("add rsp, 0x30");
                        emit("test rax, rax");
                        emit("jz " + l);
                    } else {
                        emit("cmp " + tag.word(0) + ", rax");
                        emit("je " + l);
                    }
                }
            }
            emit("jmp " + dflt);
            loops.push(new String[]{end, null});
            for (int i = 0; i < sw.clauses().size(); i++) {
                place(bodies.get(i));
                stmts(sw.clauses().get(i).body());
                emit("jmp " + end);
            }
            loops.pop();
            place(end);
        }

        void goStmt(Stmt.Go g) {
            Expr.Call c = g.call();
            Obj.Func f = (Obj.Func) callee(c);
            Type.Signature sig = f.sig();
            int nargw = sig.paramWords();
            int area = 8 * (2 + nargw);
            area = (area + 15) & ~15;
            int innerArea = 0;
            if (c.args().size() == 1 && sig.params().size() > 1) {
                // go f(g()): g runs now, in this goroutine; its results are f's arguments
                Expr.Call inner = (Expr.Call) unparen(c.args().get(0));
                Type.Signature isig = signature(inner);
                innerArea = callKeep(inner);
                emit("sub rsp, " + hex(area));
                for (int i = 0; i < isig.resultWords(); i++) {
                    emit("mov rax, qword ptr [rsp + " + hex(area + 8L * (isig.paramWords() + i)) + "]");
                    emit("mov qword ptr [rsp + " + hex(0x10 + 8L * i) + "], rax");
                }
            } else {
                emit("sub rsp, " + hex(area));
                storeArgs(c, sig, 0x10);
            }
            emit("lea rax, [rip + " + label(f.symbol()) + "]");
            emit("mov qword ptr [rsp], rax");
            emit("mov qword ptr [rsp + 0x8], " + hex(8L * nargw));
            emit("call runtime.newproc");
            emit("add rsp, " + hex(area + innerArea));
        }

        // ---- expressions -----------------------------------------------------------

        Type typeOf(Expr e) {
            TypeAndValue tv = info.typeOf(e);
            if (tv == null) throw new IllegalStateException("no type for " + Expr.show(e) + " at " + e.pos());
            return tv.type();
        }

        Expr unparen(Expr e) {
            while (e instanceof Expr.Paren p) e = p.x();
            return e;
        }

        Obj callee(Expr.Call c) {
            Expr f = unparen(c.fun());
            if (f instanceof Expr.Ident id) return info.objectOf(id);
            return info.objectOf(((Expr.Selector) f).sel());
        }

        Type.Signature signature(Expr.Call c) {
            return ((Obj.Func) callee(c)).sig();
        }

        /** Evaluates e into rax (and rdx for a string). */
        void expr(Expr e) {
            TypeAndValue tv = info.typeOf(e);
            if (tv != null && tv.isConstant()) {
                constant(tv.value());
                return;
            }
            e = unparen(e);
            if (e instanceof Expr.Ident id) {
                Obj.Var v = (Obj.Var) info.objectOf(id);
                load(v);
            } else if (e instanceof Expr.Selector sel) {
                Obj o = info.objectOf(sel.sel());
                if (o instanceof Obj.Var v) {
                    Loc loc = new Loc(label(v.pkg + "." + v.name()), 0);
                    emit("mov rax, " + loc.word(0));
                    if (v.type().words() == 2) emit("mov rdx, " + loc.word(1));
                }
            } else if (e instanceof Expr.Call c) {
                call(c);
            } else if (e instanceof Expr.Unary u) {
                expr(u.x());
                switch (u.op()) {
                    case "-" -> emit("neg rax");
                    case "^" -> emit("not rax");
                    case "!" -> emit("xor rax, 0x1");
                    default -> {
                    }
                }
            } else if (e instanceof Expr.Binary b) {
                binaryOp(b.op(), b.x(), b.y(), (Basic) typeOf(b.x()), b);
            } else {
                throw new IllegalStateException("cannot generate " + Expr.show(e));
            }
        }

        void load(Obj.Var v) {
            Loc loc = locOf(v);
            emit("mov rax, " + loc.word(0));
            if (v.type().words() == 2) emit("mov rdx, " + loc.word(1));
        }

        void constant(Object v) {
            if (v instanceof String s) {
                if (s.isEmpty()) {
                    emit("xor eax, eax");
                } else {
                    emit("lea rax, [rip + " + stringLabel(s) + "]");
                }
                emit(s.isEmpty() ? "xor edx, edx" : "mov rdx, " + hex(s.length()));
            } else if (v instanceof Boolean b) {
                emit(b ? "mov eax, 0x1" : "xor eax, eax");
            } else {
                long x = ((BigInteger) v).longValue();
                if (x >= 0 && x <= 0x7fffffffL) emit("mov eax, " + hex(x));
                else emit("mov rax, " + hex(x));
            }
        }

        /** x op y where x has type t (after the checker's conversions, y's type too). */
        void binaryOp(String op, Expr x, Expr y, Basic t, Expr whole) {
            if (op.equals("&&") || op.equals("||")) {
                String end = newLabel();
                expr(x);
                emit("test rax, rax");
                emit((op.equals("&&") ? "jz " : "jnz ") + end);
                expr(y);
                place(end);
                return;
            }
            if (t.isString()) {
                expr(x);
                push(Basic.STRING);
                expr(y);
                emit("mov r8, rax");
                emit("mov r9, rdx");
                pop(Basic.STRING);
                emit("sub rsp, 0x30");
                emit("mov qword ptr [rsp], rax");
                emit("mov qword ptr [rsp + 0x8], rdx");
                emit("mov qword ptr [rsp + 0x10], r8");
                emit("mov qword ptr [rsp + 0x18], r9");
                if (op.equals("+")) {
                    emit("call runtime.concatstring2");
                    emit("mov rax, qword ptr [rsp + 0x20]");
                    emit("mov rdx, qword ptr [rsp + 0x28]");
                    emit("add rsp, 0x30");
                    return;
                }
                emit("call runtime.cmpstring");
                emit("mov rax, qword ptr [rsp + 0x20]");
                emit("add rsp, 0x30");
                emit("cmp rax, 0x0");
                setcc(op);
                return;
            }
            expr(x);
            emit("push rax");
            expr(y);
            emit("mov rcx, rax");
            emit("pop rax");
            switch (op) {
                case "+" -> emit("add rax, rcx");
                case "-" -> emit("sub rax, rcx");
                case "*" -> emit("imul rax, rcx");
                case "&" -> emit("and rax, rcx");
                case "|" -> emit("or rax, rcx");
                case "^" -> emit("xor rax, rcx");
                case "&^" -> {
                    emit("not rcx");
                    emit("and rax, rcx");
                }
                case "/", "%" -> divide(op, y);
                case "<<", ">>" -> shift(op, y);
                default -> {
                    emit("cmp rax, rcx");
                    setcc(op);
                }
            }
        }

        void setcc(String op) {
            String cc = switch (op) {
                case "==" -> "e";
                case "!=" -> "ne";
                case "<" -> "l";
                case "<=" -> "le";
                case ">" -> "g";
                default -> "ge";
            };
            emit("set" + cc + " al");
            emit("movzx eax, al");
        }

        /**
         * rax / rcx or rax % rcx with Go's semantics: a zero divisor panics
         * (runtime.panicdivide); x / -1 is -x and x % -1 is 0, without idiv, which traps on
         * MinInt64 / -1 where Go gives MinInt64 and 0.
         */
        void divide(String op, Expr y) {
            TypeAndValue tv = info.typeOf(y);
            boolean constDivisor = tv != null && tv.isConstant();
            if (!constDivisor) {
                String ok = newLabel();
                emit("test rcx, rcx");
                emit("jnz " + ok);
                emit("call runtime.panicdivide");
                place(ok);
            }
            String div = newLabel(), done = newLabel();
            emit("lea rdx, [rcx + 0x1]");
            emit("test rdx, rdx");
            emit("jnz " + div);
            emit(op.equals("/") ? "neg rax" : "xor eax, eax");
            emit("jmp " + done);
            place(div);
            emit("cqo");
            emit("idiv rcx");
            if (op.equals("%")) emit("mov rax, rdx");
            place(done);
        }

        /**
         * rax << rcx or rax >> rcx with Go's semantics: a negative count panics
         * (runtime.panicshift); a count of 64 or more gives 0 (or the sign for >>), where
         * x86 would take the count modulo 64.
         */
        void shift(String op, Expr y) {
            TypeAndValue tv = info.typeOf(y);
            boolean constCount = tv != null && tv.isConstant();
            if (!constCount) {
                String ok = newLabel();
                emit("test rcx, rcx");
                emit("jns " + ok);
                emit("call runtime.panicshift");
                place(ok);
            }
            String small = newLabel(), done = newLabel();
            emit("cmp rcx, 0x40");
            emit("jb " + small);
            emit(op.equals("<<") ? "xor eax, eax" : "sar rax, 0x3f");
            emit("jmp " + done);
            place(small);
            emit((op.equals("<<") ? "shl" : "sar") + " rax, cl");
            place(done);
        }

        // ---- calls -----------------------------------------------------------------

        void call(Expr.Call c) {
            Obj o = callee(c);
            if (o instanceof Obj.Builtin b) {
                switch (b.name()) {
                    case "len" -> {
                        expr(c.args().get(0));
                        emit("mov rax, rdx");
                    }
                    case "print", "println" -> print(c, b.name().equals("println"));
                    default -> throw new IllegalStateException(b.name());
                }
                return;
            }
            if (o instanceof Obj.TypeName) {   // a conversion between identical types
                expr(c.args().get(0));
                return;
            }
            Type.Signature sig = ((Obj.Func) o).sig();
            int area = callKeep(c);
            if (sig.results().size() == 1) {
                int w = sig.paramWords();
                emit("mov rax, qword ptr [rsp + " + hex(8L * w) + "]");
                if (sig.results().get(0).words() == 2) emit("mov rdx, qword ptr [rsp + " + hex(8L * w + 8) + "]");
            }
            emit("add rsp, " + hex(area));
        }

        /** Calls c and leaves its argument and result area on the stack; returns the area's size. */
        int callKeep(Expr.Call c) {
            Obj.Func f = (Obj.Func) callee(c);
            Type.Signature sig = f.sig();
            int words = sig.paramWords() + sig.resultWords();
            int area = (8 * words + 15) & ~15;
            if (c.args().size() == 1 && sig.params().size() > 1) {
                // f(g()): g's results are f's arguments; both areas stay until the caller pops them
                Expr.Call inner = (Expr.Call) unparen(c.args().get(0));
                Type.Signature isig = signature(inner);
                int innerArea = callKeep(inner);
                if (area > 0) emit("sub rsp, " + hex(area));
                for (int i = 0; i < isig.resultWords(); i++) {
                    emit("mov rax, qword ptr [rsp + " + hex(area + 8L * (isig.paramWords() + i)) + "]");
                    emit("mov qword ptr [rsp + " + hex(8L * i) + "], rax");
                }
                emit("call " + label(f.symbol()));
                return area + innerArea;
            }
            if (area > 0) emit("sub rsp, " + hex(area));
            storeArgs(c, sig, 0);
            emit("call " + label(f.symbol()));
            return area;
        }

        /** Evaluates the arguments of c, left to right, into the area at [rsp + base]. */
        void storeArgs(Expr.Call c, Type.Signature sig, int base) {
            int word = 0;
            for (int i = 0; i < c.args().size(); i++) {
                Basic t = sig.params().get(i);
                expr(c.args().get(i));
                emit("mov qword ptr [rsp + " + hex(base + 8L * word) + "], rax");
                if (t.words() == 2) emit("mov qword ptr [rsp + " + hex(base + 8L * word + 8) + "], rdx");
                word += t.words();
            }
        }

        /**
         * print / println: the arguments are evaluated first (gc orders them before the
         * statement, so a call that prints does so before any of this statement's output),
         * then printed between printlock and printunlock; println puts a space between them
         * and a newline at the end.
         */
        void print(Expr.Call c, boolean ln) {
            List<Basic> types = new ArrayList<>();
            List<Loc> temps = new ArrayList<>();
            List<Object> consts = new ArrayList<>();
            if (c.args().size() == 1 && typeOf(c.args().get(0)) instanceof Type.Tuple t && t.types().size() > 1) {
                Expr.Call inner = (Expr.Call) unparen(c.args().get(0));
                Type.Signature sig = signature(inner);
                int area = callKeep(inner);
                int word = sig.paramWords();
                for (Basic rt : sig.results()) {
                    Loc tmp = temp(rt.words());
                    for (int i = 0; i < rt.words(); i++) {
                        emit("mov rax, qword ptr [rsp + " + hex(8L * (word + i)) + "]");
                        emit("mov " + tmp.word(i) + ", rax");
                    }
                    word += rt.words();
                    types.add(rt);
                    temps.add(tmp);
                    consts.add(null);
                }
                emit("add rsp, " + hex(area));
            } else {
                for (Expr a : c.args()) {
                    TypeAndValue tv = info.typeOf(a);
                    Basic t = ((Basic) tv.type()).defaultType();
                    types.add(t);
                    if (tv.isConstant()) {
                        temps.add(null);
                        consts.add(tv.value());
                        continue;
                    }
                    Loc tmp = temp(t.words());
                    expr(a);
                    emit("mov " + tmp.word(0) + ", rax");
                    if (t.words() == 2) emit("mov " + tmp.word(1) + ", rdx");
                    temps.add(tmp);
                    consts.add(null);
                }
            }
            emit("call runtime.printlock");
            for (int i = 0; i < types.size(); i++) {
                if (ln && i > 0) emit("call runtime.printsp");
                Basic t = types.get(i);
                if (consts.get(i) != null) {
                    constant(consts.get(i));
                } else {
                    emit("mov rax, " + temps.get(i).word(0));
                    if (t.words() == 2) emit("mov rdx, " + temps.get(i).word(1));
                }
                emit("sub rsp, 0x10");
                emit("mov qword ptr [rsp], rax");
                if (t.words() == 2) emit("mov qword ptr [rsp + 0x8], rdx");
                emit("call " + switch (t) {
                    case STRING -> "runtime.printstring";
                    case BOOL -> "runtime.printbool";
                    default -> "runtime.printint";
                });
                emit("add rsp, 0x10");
            }
            if (ln) emit("call runtime.printnl");
            emit("call runtime.printunlock");
        }
    }
}
