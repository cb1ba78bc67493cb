package dev.rt0gen.api;

import dev.rt0gen.check.Checker;
import dev.rt0gen.codegen.AsmUnit;
import dev.rt0gen.codegen.CodeGen;
import dev.rt0gen.initorder.InitOrder;
import dev.rt0gen.source.CompileException;
import dev.rt0gen.source.SourceLoader;
import dev.rt0gen.syntax.Parser;

import java.nio.file.Path;
import java.util.List;

/** The stages from Go source to assembly text, wired in the order data flows. */
final class Frontend {
    private Frontend() {
    }

    static List<AsmUnit> assemble(Path dirOrFile) throws CompileException {
        return CodeGen.generate(InitOrder.plan(Checker.check(Parser.parse(SourceLoader.load(dirOrFile)))));
    }
}
