package org.asterism.pbx.dialplan.internal.expression;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.asterism.pbx.dialplan.internal.PbxLog;
import org.asterism.pbx.dialplan.internal.expression.ExpressionLexer.Token;
import org.asterism.pbx.dialplan.internal.expression.ExpressionLexer.Type;

/**
 * Evaluates {@code $[...]} as Asterisk's ast_expr2 does, after variables were substituted. Lowest to highest
 * precedence: {@code a ? b :: c}, {@code |}, {@code &}, comparisons ({@code = != < > <= >=}, numeric when both sides
 * are numbers, else as strings), {@code + -}, {@code * / %}, unary {@code !} and {@code -}, then the regular
 * expression operators {@code :} (anchored at the start) and {@code =~}, and {@code ~~} (concatenation); parentheses
 * and function calls ({@code SQRT(2)}, or any dialplan function). Like the yacc parser, every operand is evaluated.
 * A syntax error logs Asterisk's warning and gives "0".
 */
public final class Expression {

    private final List<Token> tokens;
    private final String input;
    private final PbxLog log;
    private final ExpressionFunctions functions;
    private int at;

    private Expression(String input, PbxLog log, ExpressionFunctions functions) {
        this.input = input;
        this.tokens = ExpressionLexer.tokens(input);
        this.log = log;
        this.functions = functions;
    }

    /** The result as Asterisk prints it into the dialplan. */
    public static String evaluate(String expression, PbxLog log, ExpressionFunctions functions) {
        Expression parser = new Expression(expression, log, functions);
        try {
            if (parser.peek() == Type.END) {
                return "";
            }
            ExprValue value = parser.conditional();
            if (parser.peek() != Type.END) {
                throw parser.syntaxError();
            }
            return value.asText();
        } catch (SyntaxError e) {
            log.warning("ast_yyerror():  syntax error: " + e.getMessage() + "; Input:\n" + expression + "\n"
                    + " ".repeat(Math.max(0, e.column)) + "^");
            log.warning("If you have questions, please refer to https://docs.asterisk.org/Configuration/Dialplan/Variables/Channel-Variables/");
            return "0";
        }
    }

    private static final class SyntaxError extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int column;

        SyntaxError(String message, int column) {
            super(message, null, false, false);
            this.column = column;
        }
    }

    private Type peek() {
        return tokens.get(at).type();
    }

    private Token take() {
        return tokens.get(at++);
    }

    private SyntaxError syntaxError() {
        Token t = tokens.get(at);
        String found = t.type() == Type.END ? "$end" : "'" + t.text() + "'";
        return new SyntaxError("syntax error, unexpected " + found, t.column());
    }

    /** {@code a ? b :: c}, left associative, lowest precedence. */
    private ExprValue conditional() {
        ExprValue left = or();
        while (peek() == Type.COND) {
            take();
            ExprValue then = conditional();
            if (peek() != Type.COLONCOLON) {
                throw syntaxError();
            }
            take();
            ExprValue otherwise = or();
            left = Operators.cond(left, then, otherwise);
        }
        return left;
    }

    private ExprValue or() {
        ExprValue left = and();
        while (peek() == Type.OR) {
            take();
            left = Operators.or(left, and());
        }
        return left;
    }

    private ExprValue and() {
        ExprValue left = comparison();
        while (peek() == Type.AND) {
            take();
            left = Operators.and(left, comparison());
        }
        return left;
    }

    private ExprValue comparison() {
        ExprValue left = additive();
        while (true) {
            Type op = peek();
            if (op != Type.EQ && op != Type.NE && op != Type.LT && op != Type.GT && op != Type.LE && op != Type.GE) {
                return left;
            }
            take();
            left = Operators.compare(op, left, additive());
        }
    }

    private ExprValue additive() {
        ExprValue left = multiplicative();
        while (peek() == Type.PLUS || peek() == Type.MINUS) {
            Type op = take().type();
            ExprValue right = multiplicative();
            left = op == Type.PLUS ? Operators.plus(left, right, log) : Operators.minus(left, right, log);
        }
        return left;
    }

    private ExprValue multiplicative() {
        ExprValue left = unary();
        while (peek() == Type.MULT || peek() == Type.DIV || peek() == Type.MOD) {
            Type op = take().type();
            ExprValue right = unary();
            left = switch (op) {
                case MULT -> Operators.times(left, right, log);
                case DIV -> Operators.divide(left, right, log);
                default -> Operators.remainder(left, right, log);
            };
        }
        return left;
    }

    /** Unary {@code -} and {@code !} bind less tightly than {@code :} and {@code =~}: {@code !a : b} is {@code !(a : b)}. */
    private ExprValue unary() {
        if (peek() == Type.MINUS) {
            take();
            return Operators.negate(unary(), log);
        }
        if (peek() == Type.COMPL) {
            take();
            return Operators.complement(unary());
        }
        return regex();
    }

    private ExprValue regex() {
        ExprValue left = primary();
        while (peek() == Type.COLON || peek() == Type.EQTILDE || peek() == Type.TILDETILDE) {
            Type op = take().type();
            ExprValue right = peek() == Type.MINUS || peek() == Type.COMPL ? unary() : primary();
            left = switch (op) {
                case COLON -> match(left, right, true);
                case EQTILDE -> match(left, right, false);
                default -> ExprValue.fromText(stripQuotes(left.asText()) + stripQuotes(right.asText()));
            };
        }
        return left;
    }

    private ExprValue primary() {
        Token t = tokens.get(at);
        if (t.type() == Type.LP) {
            take();
            ExprValue inner = conditional();
            if (peek() != Type.RP) {
                throw syntaxError();
            }
            take();
            return inner;
        }
        if (t.type() != Type.TOKEN) {
            throw syntaxError();
        }
        take();
        if (peek() != Type.LP) {
            return t.value();
        }
        take();
        List<ExprValue> args = new ArrayList<>();
        if (peek() != Type.RP) {
            args.add(conditional());
            while (peek() == Type.COMMA) {
                take();
                args.add(peek() == Type.RP || peek() == Type.COMMA ? ExprValue.string("") : conditional());
            }
        }
        if (peek() != Type.RP) {
            throw syntaxError();
        }
        take();
        return MathFunctions.call(t.text(), args, functions, log);
    }

    /** {@code op_colon} (anchored) and {@code op_eqtilde}: the first group if there is one, else the match length. */
    private ExprValue match(ExprValue subject, ExprValue regex, boolean anchored) {
        String text = stripQuotes(subject.asText());
        String pattern = stripQuotes(regex.asText());
        Pattern compiled;
        try {
            compiled = Pattern.compile(pattern);
        } catch (PatternSyntaxException e) {
            log.warning("regcomp() error : " + e.getDescription());
            return ExprValue.fromText("");
        }
        Matcher m = compiled.matcher(text);
        boolean found = anchored ? m.lookingAt() : m.find();
        if (found) {
            if (m.groupCount() >= 1 && m.group(1) != null) {
                return ExprValue.fromText(m.group(1));
            }
            return ExprValue.number(m.end() - m.start());
        }
        return m.groupCount() == 0 ? ExprValue.number(0) : ExprValue.fromText("");
    }

    /** {@code strip_quotes}: a value in double quotes loses every double quote. */
    static String stripQuotes(String s) {
        if (s.length() >= 1 && s.charAt(0) == '"' && s.charAt(s.length() - 1) == '"') {
            return s.replace("\"", "");
        }
        return s;
    }
}
