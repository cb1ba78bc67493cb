package dev.rt0gen.it;

import dev.rt0gen.api.Rt0gen;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code eu-elflint --gnu-ld} (elfutils' ELF checker, in the mode that accepts what GNU ld
 * writes) finds nothing wrong in the binary rt0gen builds from any corpus program or any
 * bench program: exit status 0 and, with {@code -q}, no output at all.
 */
class ElfLintTest {
    @TempDir
    static Path work;

    @Test
    void everyCorpusDirectoryIsAProgram() throws IOException {
        List<String> dirs;
        try (Stream<Path> s = Files.list(Repo.corpus())) {
            dirs = s.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList();
        }
        assertThat(dirs).isNotEmpty();
        assertThat(CorpusProgram.all().stream().map(CorpusProgram::name).toList()).isEqualTo(dirs);
    }

    @TestFactory
    List<DynamicTest> elflintFindsNothingInAnyBinary() {
        List<DynamicTest> tests = new ArrayList<>();
        for (CorpusProgram p : CorpusProgram.all()) {
            tests.add(DynamicTest.dynamicTest("corpus/" + p.name(), () -> lint("corpus-" + p.name(), p.dir())));
        }
        for (BenchProgram p : BenchProgram.all()) {
            tests.add(DynamicTest.dynamicTest("bench/" + p.name(), () -> lint("bench-" + p.name(), p.dir())));
        }
        return tests;
    }

    private static void lint(String name, Path dir) throws Exception {
        Path exe = work.resolve(name);
        Rt0gen.build(dir, exe);
        Path elflint = HostTool.require("eu-elflint", "elfutils");
        Host.Result r = Host.run(List.of(elflint.toString(), "-q", "--gnu-ld", exe.toString()));
        assertThat(r.stdout() + r.stderr()).as("eu-elflint -q --gnu-ld " + dir).isEmpty();
        assertThat(r.exit()).as("eu-elflint's exit status for " + dir).isZero();
    }
}
