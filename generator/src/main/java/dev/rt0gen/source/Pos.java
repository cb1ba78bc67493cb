package dev.rt0gen.source;

/**
 * A position in a Go source file, as the Go toolchain reports it: 1-based line and column,
 * the column counted in bytes. {@code file} is the path as it should be shown to the user.
 */
public record Pos(String file, int line, int col) implements Comparable<Pos> {
    @Override
    public String toString() {
        return file + ":" + line + ":" + col;
    }

    @Override
    public int compareTo(Pos o) {
        int c = file.compareTo(o.file);
        if (c != 0) return c;
        c = Integer.compare(line, o.line);
        return c != 0 ? c : Integer.compare(col, o.col);
    }
}
