package dev.rt0gen.source;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LexerTest {
    static List<Token> lex(String src) throws CompileException {
        return Lexer.tokenize(new SourceFile("x.go", src.getBytes(StandardCharsets.UTF_8)));
    }

    static String kinds(String src) throws CompileException {
        return lex(src).stream().map(t -> t.kind() == Token.Kind.SEMI ? ";" : t.text()).collect(Collectors.joining(" "));
    }

    @Test
    void insertsSemicolonsAfterLineEndingTokens() throws Exception {
        assertThat(kinds("x := 1\ny++\nreturn\n}\nfoo(\na,\n)\n")).isEqualTo("x := 1 ; y ++ ; return ; } ; foo ( a , ) ; EOF");
    }

    @Test
    void noSemicolonAfterOperatorsOrOpeningBraces() throws Exception {
        assertThat(kinds("a +\nb {\n")).isEqualTo("a + b { EOF");
    }

    @Test
    void semicolonAtEndOfFileAndBeforeComments() throws Exception {
        List<Token> t = lex("x // comment\ny /* multi\nline */ z");
        assertThat(t).extracting(Token::text).containsExactly("x", "newline", "y", "newline", "z", "EOF", "EOF");
        assertThat(t.get(1).pos()).isEqualTo(new Pos("x.go", 1, 13));
    }

    @Test
    void positionsAreLineAndByteColumn() throws Exception {
        List<Token> t = lex("\tprintln(\"é\", x)");
        assertThat(t.get(0).pos()).isEqualTo(new Pos("x.go", 1, 2));
        assertThat(t.get(4).text()).isEqualTo("x");
        assertThat(t.get(4).pos()).isEqualTo(new Pos("x.go", 1, 16));   // é is two bytes
    }

    @Test
    void stringEscapesGiveBytes() throws Exception {
        Token s = lex("\"a\\tb\\n\\x41\\101\\u00e9\\\\\\\"\"").get(0);
        assertThat(s.value()).isEqualTo("a\tb\nAA\u00c3\u00a9\\\"");
        Token raw = lex("`a\\n\r\nb`").get(0);
        assertThat(raw.value()).isEqualTo("a\\n\nb");
    }

    @Test
    void integerLiterals() throws Exception {
        assertThat(lex("0x1F 0o17 017 0b101 1_000").stream().limit(5).map(Token::value).map(Object::toString))
                .containsExactly("31", "15", "15", "5", "1000");
    }

    @Test
    void longestOperatorWins() throws Exception {
        assertThat(kinds("a &^= b <<= c && d")).isEqualTo("a &^= b <<= c && d ; EOF");
    }

    @Test
    void unterminatedStringIsPositioned() {
        // gc: at the newline, "newline in string"; at the end of the file, at the literal
        assertThatThrownBy(() -> lex("x := \"abc\n"))
                .isInstanceOf(CompileException.class).hasMessage("x.go:1:10: newline in string");
        assertThatThrownBy(() -> lex("x := \"abc"))
                .isInstanceOf(CompileException.class).hasMessage("x.go:1:6: string literal not terminated");
    }

    static String lexError(byte[] src) {
        try {
            Lexer.tokenize(new SourceFile("x.go", src));
        } catch (CompileException e) {
            return e.getMessage();
        }
        throw new AssertionError("no error");
    }

    static byte[] bytes(String latin1) {
        return latin1.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** gc's source reader: anywhere in the file, comments and literals included (found by fuzzing). */
    @Test
    void nulBadUtf8AndAStrayBomAreErrorsWherever() throws Exception {
        assertThat(lexError(bytes("x := \"a\u0000b\""))).isEqualTo("x.go:1:8: invalid NUL character");
        assertThat(lexError(bytes("// c\n/* \u00ff */"))).isEqualTo("x.go:2:4: invalid UTF-8 encoding");
        assertThat(lexError(bytes("x\n `\u00ef\u00bb\u00bf`"))).isEqualTo("x.go:2:3: invalid BOM in the middle of the file");
        assertThat(kinds("\uFEFFpackage p")).isEqualTo("package p ; EOF");
    }

    @Test
    void invalidCharactersAreShownAsGoShowsRunes() {
        assertThat(lexError(bytes("x \u0002"))).isEqualTo("x.go:1:3: invalid character U+0002");
        assertThat(lexError(bytes("x @"))).isEqualTo("x.go:1:3: invalid character U+0040 '@'");
        assertThat(lexError("x \u00a7".getBytes(StandardCharsets.UTF_8))).isEqualTo("x.go:1:3: invalid character U+00A7 '\u00a7'");
        assertThat(lexError(bytes("s := \"\\UFFFFFFFF\""))).isEqualTo("x.go:1:7: escape is invalid Unicode code point U+FFFFFFFF");
    }
}
