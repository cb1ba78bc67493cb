package dev.rt0gen.amd64;

/**
 * One unit of assembly text in rt0gen's dialect (see docs/ABI.md): a Go package compiled by
 * the code generator, or one file of the runtime. {@code name} is shown in error messages.
 */
public record AsmUnit(String name, String text) {
}
