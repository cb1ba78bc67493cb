package dev.rt0gen.syntax;

import dev.rt0gen.source.Pos;

import java.util.List;

/** Statements. {@link #pos()} is where the statement starts. */
public sealed interface Stmt {
    Pos pos();

    record ExprStmt(Pos pos, Expr x) implements Stmt {
    }

    /** {@code lhs op rhs}; op is {@code =}, {@code :=} or an assignment operator like {@code +=}. */
    record Assign(Pos pos, List<Expr> lhs, String op, Pos opPos, List<Expr> rhs) implements Stmt {
        public Assign {
            lhs = List.copyOf(lhs);
            rhs = List.copyOf(rhs);
        }
    }

    /** {@code x++} or {@code x--}. */
    record IncDec(Pos pos, Expr x, String op) implements Stmt {
    }

    /** A {@code var}, {@code const} or {@code type} declaration inside a function: its specs, in order. */
    record DeclStmt(Pos pos, List<Decl> specs) implements Stmt {
        public DeclStmt {
            specs = List.copyOf(specs);
        }
    }

    record Block(Pos pos, List<Stmt> stmts, Pos rbrace) implements Stmt {
        public Block {
            stmts = List.copyOf(stmts);
        }
    }

    /** {@code els} is null, a {@link Block} or an {@link If}. */
    record If(Pos pos, Stmt init, Expr cond, Block then, Stmt els) implements Stmt {
    }

    /** {@code init}, {@code cond} and {@code post} may each be null. */
    record For(Pos pos, Stmt init, Expr cond, Stmt post, Block body) implements Stmt {
    }

    /**
     * {@code for key, value := range x { body }} ({@code define}), or with {@code =}; {@code key}
     * and {@code value} are null when absent ({@code for range x}, {@code for k := range x}).
     * {@code pos} is the {@code for} keyword, {@code rangePos} the {@code range} keyword.
     */
    record ForRange(Pos pos, Expr key, Expr value, boolean define, Expr x, Block body, Pos rangePos) implements Stmt {
    }

    /** An expression switch; {@code tag} null means {@code switch { … }} (true). */
    record Switch(Pos pos, Stmt init, Expr tag, List<CaseClause> clauses, Pos rbrace) implements Stmt {
        public Switch {
            clauses = List.copyOf(clauses);
        }
    }

    /**
     * {@code switch init; bind := x.(type) { clauses }}: {@code bind} is null without one; the
     * clauses' values are types ({@code nil} allowed). {@code lparen} is the {@code (} of
     * {@code .(type)}.
     */
    record TypeSwitch(Pos pos, Stmt init, Expr.Ident bind, Expr x, Pos lparen, List<CaseClause> clauses, Pos rbrace) implements Stmt {
        public TypeSwitch {
            clauses = List.copyOf(clauses);
        }
    }

    /** {@code values} empty means {@code default}. */
    record CaseClause(Pos pos, List<Expr> values, boolean isDefault, List<Stmt> body) {
        public CaseClause {
            values = List.copyOf(values);
            body = List.copyOf(body);
        }
    }

    /** {@code select { clauses }}. */
    record Select(Pos pos, List<CommClause> clauses, Pos rbrace) implements Stmt {
        public Select {
            clauses = List.copyOf(clauses);
        }
    }

    /**
     * A case of a select: {@code comm} is null for {@code default}; else a {@link Send}, an
     * {@link ExprStmt} of a receive, or an {@link Assign} whose right-hand side is a receive
     * (the checker says what else is wrong).
     */
    record CommClause(Pos pos, Stmt comm, List<Stmt> body) {
        public CommClause {
            body = List.copyOf(body);
        }
    }

    /** {@code ch <- value}; {@code arrow} is where the {@code <-} is. */
    record Send(Pos pos, Expr ch, Expr value, Pos arrow) implements Stmt {
    }

    record Return(Pos pos, List<Expr> results) implements Stmt {
        public Return {
            results = List.copyOf(results);
        }
    }

    /** {@code label} is null without one. */
    record Break(Pos pos, Expr.Ident label) implements Stmt {
        public Break(Pos pos) {
            this(pos, null);
        }
    }

    /** {@code label} is null without one. */
    record Continue(Pos pos, Expr.Ident label) implements Stmt {
        public Continue(Pos pos) {
            this(pos, null);
        }
    }

    record Goto(Pos pos, Expr.Ident label) implements Stmt {
    }

    /** The last statement of a case clause (the checker says where else it is out of place). */
    record Fallthrough(Pos pos) implements Stmt {
    }

    /**
     * {@code label: stmt}; {@code colon} is where gc's LabeledStmt is (its "missing statement
     * after label"), errors about the label are at the label. {@code stmt} is {@link Empty}
     * for a label right before a closing brace.
     */
    record Labeled(Pos pos, Expr.Ident label, Pos colon, Stmt stmt) implements Stmt {
    }

    record Go(Pos pos, Expr.Call call) implements Stmt {
    }

    record Defer(Pos pos, Expr.Call call) implements Stmt {
    }

    record Empty(Pos pos) implements Stmt {
    }
}
