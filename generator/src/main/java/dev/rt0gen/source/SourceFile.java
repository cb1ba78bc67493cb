package dev.rt0gen.source;

/**
 * One Go source file: the name shown in positions ({@code display}, the path as the user gave
 * it joined with the file's path inside it) and its bytes. Go columns count bytes, so the
 * lexer works on bytes.
 */
public record SourceFile(String display, byte[] bytes) {
}
