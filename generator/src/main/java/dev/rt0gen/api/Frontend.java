package dev.rt0gen.api;

import dev.rt0gen.codegen.AsmUnit;
import dev.rt0gen.source.CompileException;
import dev.rt0gen.source.Pos;

import java.nio.file.Path;
import java.util.List;

/** The stages from Go source to assembly text, wired in order. */
final class Frontend {
    private Frontend() {
    }

    static List<AsmUnit> assemble(Path dirOrFile) throws CompileException {
        throw new CompileException(new Pos(dirOrFile.toString(), 1, 1), "the front end is not built yet");
    }
}
