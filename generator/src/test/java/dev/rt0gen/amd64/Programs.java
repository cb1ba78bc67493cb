package dev.rt0gen.amd64;

import dev.rt0gen.api.Rt0gen;
import dev.rt0gen.amd64.AsmUnit;
import dev.rt0gen.compare.NativeRunner;
import dev.rt0gen.compare.Runner;
import dev.rt0gen.elf.ElfWriter;
import dev.rt0gen.ir.Data;
import dev.rt0gen.ir.Module;
import dev.rt0gen.ir.Parser;
import dev.rt0gen.ir.Verifier;
import dev.rt0gen.link.GnuAsCrossCheck;
import dev.rt0gen.link.LinkedImage;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs IR programs: parsed, verified, emitted by {@link Amd64}, linked with the runtime and run. */
final class Programs {
    private Programs() {
    }

    /** The program's module: the IR text plus what every program unit provides the runtime. */
    static Module module(String ir) {
        Module m = Parser.module(ir.startsWith("# package") ? ir : "# package main\n" + ir);
        if (m.data.stream().noneMatch(d -> d.name().equals("go..inittasks"))) {
            m.data.add(new Data(Data.Section.RODATA, "go..inittasks", List.of()));
            m.constants.put("go..ninittasks", 0L);
        }
        if (m.data.stream().noneMatch(d -> d.name().equals("go..godebugDefault"))) {
            m.data.add(new Data(Data.Section.RODATA, "go..godebugDefault", List.of(new Data.Bytes(""))));
            m.constants.put("go..godebugDefaultLen", 0L);
        }
        if (m.data.stream().noneMatch(d -> d.name().equals("go..gcroots"))) {
            m.data.add(new Data(Data.Section.RODATA, "go..gcroots", List.of(new Data.Word(0))));
            m.constants.put("go..ngcroots", 0L);
        }
        Verifier.verify(m);
        return m;
    }

    /** The module's unit and {@code extra} units (hand-written assembly) linked with the runtime. */
    static LinkedImage link(Module m, AsmUnit... extra) throws Exception {
        StringBuilder dump = new StringBuilder();
        String text = Amd64.emit(m, (f, d) -> dump.append(d));
        String to = System.getProperty("amd64.dump"); // -Damd64.dump=FILE: the allocation and the text, to read
        if (to != null) Files.writeString(Path.of(to), dump + "\n" + text);
        List<AsmUnit> units = new java.util.ArrayList<>(List.of(new AsmUnit(m.path, text)));
        units.addAll(List.of(extra));
        return Rt0gen.linkProgram(units);
    }

    /** Runs the program (checking Keystone's bytes against GNU as first); returns what it printed (stderr). */
    static String run(String ir, Path dir, AsmUnit... extra) throws Exception {
        return run(ir, dir, Map.of(), extra);
    }

    /** As {@link #run(String, Path, AsmUnit...)}, with env as the program's whole environment. */
    static String run(String ir, Path dir, Map<String, String> env, AsmUnit... extra) throws Exception {
        LinkedImage image = link(module(ir), extra);
        GnuAsCrossCheck.assertSameBytes(image, dir);
        Path exe = dir.resolve("prog");
        Rt0gen.write(ElfWriter.write(image), exe);
        if (System.getProperty("amd64.dump") != null) Files.copy(exe, Path.of(System.getProperty("amd64.dump") + ".exe"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Runner.RunResult r = new NativeRunner(List.of(), 20).run(exe, List.of(), env, Runner.Limits.NONE);
        String err = new String(r.stderr(), StandardCharsets.UTF_8);
        assertThat(r.exitCode()).as("exit code; stderr: %s", err).isZero();
        return err;
    }
}
