package org.asterism.pbx.dialplan.internal.expression;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits an expression into tokens as ast_expr2.fl does: operators ({@code | & = == =~ ~~ > < >= <= != + - * / % ? !
 * : :: ( ) ,}), quoted strings kept with their quotes, numbers ({@code 12}, {@code 1.5}) and words of
 * {@code [a-zA-Z0-9.';\\_^#@]}, non-ASCII characters and {@code $} not followed by {@code {}. Blanks separate tokens;
 * any other character is dropped (flex echoes it), which is why regular expressions need quotes.
 */
final class ExpressionLexer {

    enum Type { TOKEN, OR, AND, EQ, EQTILDE, TILDETILDE, GT, LT, GE, LE, NE, PLUS, COMMA, MINUS, MULT, DIV, MOD, COND,
        COMPL, COLON, COLONCOLON, LP, RP, END }

    record Token(Type type, String text, ExprValue value, int column) {
    }

    private static final Pattern NUMBER = Pattern.compile("[0-9]+(\\.[0-9]+)?");
    /** What ends the trailing part of a {@code ${...}} token. */
    private static final String TRAIL_STOP = "-\t\r \n$():?%/+=*<>!|&";

    private ExpressionLexer() {
    }

    static List<Token> tokens(String s) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            char next = i + 1 < s.length() ? s.charAt(i + 1) : '\0';
            int start = i;
            Type op = null;
            int length = 1;
            switch (c) {
                case ' ', '\t', '\r', '\n' -> {
                    i++;
                    continue;
                }
                case '|' -> { op = Type.OR; length = next == '|' ? 2 : 1; }
                case '&' -> { op = Type.AND; length = next == '&' ? 2 : 1; }
                case '=' -> {
                    op = next == '~' ? Type.EQTILDE : Type.EQ;
                    length = next == '~' || next == '=' ? 2 : 1;
                }
                case '~' -> {
                    if (next == '~') {
                        op = Type.TILDETILDE;
                        length = 2;
                    }
                }
                case '>' -> { op = next == '=' ? Type.GE : Type.GT; length = next == '=' ? 2 : 1; }
                case '<' -> { op = next == '=' ? Type.LE : Type.LT; length = next == '=' ? 2 : 1; }
                case '!' -> { op = next == '=' ? Type.NE : Type.COMPL; length = next == '=' ? 2 : 1; }
                case '+' -> op = Type.PLUS;
                case ',' -> op = Type.COMMA;
                case '-' -> op = Type.MINUS;
                case '*' -> op = Type.MULT;
                case '/' -> op = Type.DIV;
                case '%' -> op = Type.MOD;
                case '?' -> op = Type.COND;
                case ':' -> { op = next == ':' ? Type.COLONCOLON : Type.COLON; length = next == ':' ? 2 : 1; }
                case '(' -> op = Type.LP;
                case ')' -> op = Type.RP;
                case '"' -> {
                    int close = s.indexOf('"', i + 1);
                    if (close >= 0) {
                        String quoted = s.substring(i, close + 1);
                        tokens.add(new Token(Type.TOKEN, quoted, ExprValue.string(quoted), start));
                        i = close + 1;
                        continue;
                    }
                }
                default -> {
                }
            }
            if (op != null) {
                tokens.add(new Token(op, s.substring(i, i + length), null, start));
                i += length;
                continue;
            }
            int end = word(s, i);
            if (end == i) {
                i++; // no rule for this character: flex echoes it and goes on
                continue;
            }
            String word = s.substring(i, end);
            ExprValue value = NUMBER.matcher(word).matches() ? ExprValue.numericString(word) : ExprValue.string(word);
            tokens.add(new Token(Type.TOKEN, word, value, start));
            i = end;
        }
        tokens.add(new Token(Type.END, "", null, s.length()));
        return tokens;
    }

    /** The end of the word starting at {@code i}, including any {@code ${...}} and what trails it. */
    private static int word(String s, int i) {
        int j = i;
        while (j < s.length()) {
            char c = s.charAt(j);
            if (c == '$' && j + 1 < s.length() && s.charAt(j + 1) == '{') {
                return variable(s, j);
            }
            if (isWordChar(c) || (c == '$' && j + 1 < s.length())) {
                j += c == '$' ? 2 : 1;
            } else {
                break;
            }
        }
        return j;
    }

    /** A {@code ${...}} left in the text (a value containing it): up to the matching brace, then its trail. */
    private static int variable(String s, int dollar) {
        int depth = 0;
        int j = dollar + 2;
        while (j < s.length()) {
            char c = s.charAt(j++);
            if (c == '{') {
                depth++;
            } else if (c == '}' && depth-- == 0) {
                break;
            }
        }
        while (j < s.length() && TRAIL_STOP.indexOf(s.charAt(j)) < 0) {
            j++;
        }
        return j;
    }

    private static boolean isWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || ".';\\_^#@".indexOf(c) >= 0 || c >= 0x80;
    }
}
