package dev.rt0gen.compare;

import com.google.gson.GsonBuilder;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The results of a comparison run as a text table, JSON, or one self-contained HTML page. */
public final class Report {
    private final List<Comparison.Result> results;
    private final String runner;

    public Report(List<Comparison.Result> results, String runner) {
        this.results = List.copyOf(results);
        this.runner = runner;
    }

    public long failures() {
        return results.stream().filter(r -> !r.matches()).count();
    }

    /** The table, then a diff or an error line for every program that did not match. */
    public void printTable(PrintWriter out) {
        int width = Math.max(28, results.stream().mapToInt(r -> label(r).length()).max().orElse(0));
        String fmt = "%-" + width + "s %-8s %13s %21s %21s%n";
        out.printf(fmt, "PROGRAM", "RESULT", "EXIT go/rt0", "SIZE go/rt0 (bytes)", "TIME go/rt0 (ms)");
        for (Comparison.Result r : results) {
            String name = label(r);
            if (r.status() == Comparison.Status.ERROR) {
                out.printf(fmt, name, "ERROR", "-", "-", "-");
                continue;
            }
            out.printf(fmt, name, r.status() == Comparison.Status.MATCH ? "match" : "MISMATCH",
                    r.go().exitCode() + "/" + r.rt0gen().exitCode(),
                    r.go().size() + "/" + r.rt0gen().size(),
                    String.format(Locale.ROOT, "%.2f/%.2f", r.go().medianMillis(), r.rt0gen().medianMillis()));
        }
        long match = results.stream().filter(Comparison.Result::matches).count();
        long errors = results.stream().filter(r -> r.status() == Comparison.Status.ERROR).count();
        out.printf("%d comparisons (%s runs): %d match, %d mismatch, %d error%n", results.size(), runner, match,
                results.size() - match - errors, errors);
        for (Comparison.Result r : results) {
            if (r.status() == Comparison.Status.ERROR) {
                out.printf("%nerror: %s: %s%n", label(r), r.error());
            } else if (r.status() == Comparison.Status.MISMATCH) {
                out.printf("%nmismatch: %s%n%s", label(r), r.diff());
            }
        }
        out.flush();
    }

    static String label(Comparison.Result r) {
        if (r.env().isEmpty()) return r.program();
        return r.program() + " [" + r.env().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(" ")) + "]";
    }

    public void writeJson(Path file) throws IOException {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("runner", runner);
        doc.put("programs", results.size());
        doc.put("failures", failures());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Comparison.Result r : results) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("program", r.program());
            row.put("env", r.env());
            row.put("status", r.status().name().toLowerCase(Locale.ROOT));
            if (r.error() != null) row.put("error", r.error());
            if (r.go() != null) row.put("go", r.go());
            if (r.rt0gen() != null) row.put("rt0gen", r.rt0gen());
            if (r.diff() != null && !r.diff().isEmpty()) row.put("diff", r.diff());
            rows.add(row);
        }
        doc.put("results", rows);
        Files.writeString(file, new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(doc) + "\n");
    }

    /** One page, no external resources: the table, the diffs, and bar charts of sizes and times. */
    public void writeHtml(Path file) throws IOException {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>rt0gen compare</title>\n")
                .append("<style>body{font-family:system-ui,sans-serif;margin:2em;color:#222}")
                .append("table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px;text-align:right}")
                .append("td:first-child,th:first-child{text-align:left}.match{color:#0a0}.mismatch,.error{color:#c00;font-weight:bold}")
                .append("pre{background:#f6f6f6;padding:8px;overflow-x:auto}.go{fill:#00add8}.rt{fill:#e07020}")
                .append("</style></head><body>\n<h1>rt0gen compare</h1>\n");
        long match = results.stream().filter(Comparison.Result::matches).count();
        h.append("<p id=\"summary\">").append(results.size()).append(" comparisons, ").append(esc(runner))
                .append(" runs: ").append(match).append(" match, ").append(results.size() - match)
                .append(" do not.</p>\n<table id=\"results\"><tr><th>program</th><th>result</th><th>exit go</th>")
                .append("<th>exit rt0gen</th><th>size go (bytes)</th><th>size rt0gen (bytes)</th>")
                .append("<th>time go (ms)</th><th>time rt0gen (ms)</th></tr>\n");
        for (Comparison.Result r : results) {
            String cls = r.status().name().toLowerCase(Locale.ROOT);
            h.append("<tr><td>").append(esc(label(r))).append("</td><td class=\"").append(cls).append("\">")
                    .append(cls).append("</td>");
            if (r.go() == null) {
                h.append("<td colspan=\"6\">").append(esc(r.error())).append("</td></tr>\n");
                continue;
            }
            h.append(td(r.go().exitCode())).append(td(r.rt0gen().exitCode())).append(td(r.go().size()))
                    .append(td(r.rt0gen().size())).append(td(ms(r.go().medianMillis())))
                    .append(td(ms(r.rt0gen().medianMillis()))).append("</tr>\n");
        }
        h.append("</table>\n");
        h.append("<h2>Binary size (bytes)</h2>\n").append(chart("size", r -> (double) r.go().size(),
                r -> (double) r.rt0gen().size()));
        h.append("<h2>Median run time (ms)</h2>\n").append(chart("time", r -> r.go().medianMillis(),
                r -> r.rt0gen().medianMillis()));
        for (Comparison.Result r : results) {
            if (r.status() == Comparison.Status.MISMATCH) {
                h.append("<h3>").append(esc(label(r))).append("</h3>\n<pre class=\"diff\">").append(esc(r.diff()))
                        .append("</pre>\n");
            }
        }
        h.append("</body></html>\n");
        Files.writeString(file, h.toString(), StandardCharsets.UTF_8);
    }

    private String chart(String id, java.util.function.ToDoubleFunction<Comparison.Result> go,
                         java.util.function.ToDoubleFunction<Comparison.Result> rt) {
        List<Comparison.Result> rows = results.stream().filter(r -> r.go() != null).toList();
        double max = 1e-9;
        for (Comparison.Result r : rows) max = Math.max(max, Math.max(go.applyAsDouble(r), rt.applyAsDouble(r)));
        int labelW = 260, barW = 420, rowH = 30, height = 30 + rows.size() * rowH;
        StringBuilder s = new StringBuilder();
        s.append("<svg id=\"chart-").append(id).append("\" xmlns=\"http://www.w3.org/2000/svg\" width=\"")
                .append(labelW + barW + 120).append("\" height=\"").append(height).append("\">\n")
                .append("<rect class=\"go\" x=\"").append(labelW).append("\" y=\"4\" width=\"12\" height=\"10\"/>")
                .append("<text x=\"").append(labelW + 16).append("\" y=\"13\" font-size=\"11\">go</text>")
                .append("<rect class=\"rt\" x=\"").append(labelW + 50).append("\" y=\"4\" width=\"12\" height=\"10\"/>")
                .append("<text x=\"").append(labelW + 66).append("\" y=\"13\" font-size=\"11\">rt0gen</text>\n");
        int y = 24;
        for (Comparison.Result r : rows) {
            double g = go.applyAsDouble(r), t = rt.applyAsDouble(r);
            s.append("<text x=\"0\" y=\"").append(y + 14).append("\" font-size=\"12\">").append(esc(label(r)))
                    .append("</text>");
            bar(s, "go", labelW, y, g / max * barW, g);
            bar(s, "rt", labelW, y + 12, t / max * barW, t);
            y += rowH;
        }
        return s.append("</svg>\n").toString();
    }

    private static void bar(StringBuilder s, String cls, int x, int y, double w, double v) {
        s.append("<rect class=\"").append(cls).append("\" x=\"").append(x).append("\" y=\"").append(y)
                .append("\" width=\"").append(String.format(Locale.ROOT, "%.1f", Math.max(1, w)))
                .append("\" height=\"11\"/><text x=\"").append(String.format(Locale.ROOT, "%.1f", x + Math.max(1, w) + 4))
                .append("\" y=\"").append(y + 10).append("\" font-size=\"10\">")
                .append(v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.2f", v))
                .append("</text>\n");
    }

    private static String td(Object o) {
        return "<td>" + o + "</td>";
    }

    private static String ms(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    private static String esc(String s) {
        if (s == null) return "";
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
