package dev.rt0gen.it;

import dev.rt0gen.it.GoTestPrograms.Kind;
import dev.rt0gen.it.GoTestPrograms.Program;
import dev.rt0gen.it.GoTestPrograms.Selection;
import dev.rt0gen.it.GoTestPrograms.Unselected;
import dev.rt0gen.it.GoTestPrograms.Verdict;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** GOTESTS.md: the score, per-directory scores, the top rejection reasons and the table. */
final class GoTestsReport {
    private GoTestsReport() {
    }

    static String markdown(Selection selection, List<Verdict> verdicts, String goVersion, Instant when, Set<String> listed) {
        List<Verdict> counted = verdicts.stream().filter(v -> v.kind() != Kind.EXCLUDED).toList();
        long same = count(counted, Kind.SAME);
        StringBuilder md = new StringBuilder();
        md.append("# Go's own test programs under rt0gen\n\n");
        md.append("Written by `make gotests` (scripts/gotests runs it-tests' `GoTestsTest` with `-Dgotests.report`); ")
                .append("do not edit by hand.\n");
        md.append(goVersion).append(" (`").append(selection.testDir()).append("`), ")
                .append(DateTimeFormatter.ISO_LOCAL_DATE.format(when.atZone(ZoneOffset.UTC))).append(".\n\n");
        md.append("**").append(same).append(" of ").append(counted.size()).append("** programs run the same as Go\n\n");

        md.append("| Directory | Programs | Same | Differs | Rejected | Crashed |\n|---|---:|---:|---:|---:|---:|\n");
        for (String d : GoTestPrograms.DIRS) {
            List<Verdict> in = counted.stream().filter(v -> v.program().dir().equals(d)).toList();
            row(md, "test/" + d, in);
        }
        List<Verdict> topAndKen = counted.stream().filter(v -> v.program().dir().isEmpty() || v.program().dir().equals("ken")).toList();
        row(md, "test/ and test/ken", topAndKen);
        row(md, "**all**", counted);
        md.append('\n');

        md.append("""
                ## What is run, and how

                Selected: every `.go` file of `test/`, `test/ken/`, `test/chan/` and `test/interface/` whose first \
                line is exactly `// run`: a complete program whose behaviour is the specification. Go's test driver \
                (`cmd/internal/testdir`) takes the action from the first line that is not a build constraint and \
                skips a file whose `//go:build` line (before `package`) is false for the target; such a file is \
                listed below as *excluded* and not counted. Not selected: the other actions (`errorcheck`, \
                `compile`, `runoutput`, `rundir`, …) and these `// run` files with flags or arguments, since the \
                flags are gc's own (`-gcflags`), or the program is two files, or it needs arguments:

                """);
        Map<String, Long> perDir = new LinkedHashMap<>();
        for (String d : GoTestPrograms.DIRS) {
            perDir.put(d, selection.programs().stream().filter(p -> p.dir().equals(d)).count());
        }
        md.insert(md.indexOf("Not selected:"), "Here: " + selection.programs().size() + " files (" + perDir.get("")
                + " in `test/`, " + perDir.get("ken") + " in `ken/`, " + perDir.get("chan") + " in `chan/`, "
                + perDir.get("interface") + " in `interface/`), of which " + (selection.programs().size() - counted.size())
                + " excluded: " + counted.size() + " counted. ");
        for (Unselected u : selection.withArguments()) md.append("- `").append(u.name()).append("`: `").append(u.firstLine()).append("`\n");
        md.append("""

                Each program is compiled by rt0gen in-process (`Rt0gen.build`). *rejected*: positioned errors \
                (the first is shown); *crashed*: any other exception, an error without a position, or the \
                command line (`bin/rt0gen build`'s entry point, also run in-process) exiting other than 0 or 1, or \
                printing a line not shaped `file:line:col: message`. Only a \
                program rt0gen accepts is built by Go (`CGO_ENABLED=0 go build -trimpath`, a copy of the file in a \
                scratch directory); both binaries run there with an empty environment, stdin from `/dev/null` and \
                a %d s limit, Go's twice: *same* means exit status, stdout and stderr are equal byte for byte and \
                Go's two runs agree (when they do not, the table says so). Go's driver also compares the combined \
                output with a `.out` file where there is one; the oracle here is the Go binary itself, and the \
                `.out` column says whether Go's output equals that file.

                The ratchet (`GoTestsTest`, in `make test`): every program in \
                `it-tests/src/test/resources/gotests-passing.txt` runs the same as Go, no program crashes the \
                compiler, a program that runs the same as Go is in that list (added in the commit that makes it \
                pass), and the selection has the pinned number of programs for this Go release.

                """.formatted(GoTestPrograms.RUN_SECONDS));

        md.append("## Rejection reasons, most common first\n\n| Reason (the first error) | Programs | For example |\n|---|---:|---|\n");
        Map<String, List<Verdict>> reasons = new LinkedHashMap<>();
        for (Verdict v : counted) {
            if (v.kind() == Kind.REJECTED) reasons.computeIfAbsent(reason(v.detail()), k -> new ArrayList<>()).add(v);
        }
        reasons.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, List<Verdict>> e) -> -e.getValue().size()).thenComparing(Map.Entry::getKey))
                .forEach(e -> md.append("| ").append(cell(e.getKey())).append(" | ").append(e.getValue().size()).append(" | ")
                        .append(String.join(", ", e.getValue().stream().limit(3).map(v -> "`" + v.program().name() + "`").toList()))
                        .append(" |\n"));
        md.append('\n');

        md.append("## Every program\n\n| Program | Result | Detail | `.out` |\n|---|---|---|---|\n");
        for (Verdict v : verdicts) {
            Program p = v.program();
            String result = v.kind().label + (v.goNondeterministic() ? " (Go itself is not deterministic)" : "")
                    + (v.kind() == Kind.SAME && listed.contains(p.name()) ? " ✓ listed" : "");
            String detail = switch (v.kind()) {
                case REJECTED -> "`" + v.detail() + "`";
                case SAME -> "";
                default -> cell(v.detail());
            };
            String golden = p.golden() == null ? "" : v.golden() == null ? "yes" : "yes; " + v.golden();
            md.append("| `").append(p.name()).append("` | ").append(result).append(" | ").append(detail.replace("|", "\\|"))
                    .append(" | ").append(golden).append(" |\n");
        }
        return md.toString();
    }

    /** A rejection's reason: the message of the first error, without its position. */
    static String reason(String detail) {
        return detail.replaceFirst("^\\S+?:\\d+:\\d+: ", "");
    }

    private static void row(StringBuilder md, String name, List<Verdict> in) {
        Map<Kind, Long> n = new EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) n.put(k, count(in, k));
        md.append("| ").append(name).append(" | ").append(in.size()).append(" | ").append(n.get(Kind.SAME)).append(" | ")
                .append(n.get(Kind.DIFFERS)).append(" | ").append(n.get(Kind.REJECTED)).append(" | ").append(n.get(Kind.CRASHED))
                .append(" |\n");
    }

    private static long count(List<Verdict> vs, Kind k) {
        return vs.stream().filter(v -> v.kind() == k).count();
    }

    private static String cell(String s) {
        return s == null ? "" : s.replace("|", "\\|").replace("\n", " ");
    }
}
