package org.asterism.pbx.dialplan.internal.expression;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.Map;
import java.util.Optional;

import org.asterism.pbx.dialplan.internal.RecordingLog;
import org.junit.Test;

public class ExpressionTest {

    private final RecordingLog log = new RecordingLog();
    private final ExpressionFunctions functions = new ExpressionFunctions() {
        private final Map<String, String> values = Map.of("LEN", "3", "WORD", "hello", "EMPTY", "");

        @Override
        public boolean hasFunction(String name) {
            return values.containsKey(name);
        }

        @Override
        public Optional<String> read(String name, String arguments) {
            return Optional.of(values.get(name).isEmpty() ? "" : values.get(name) + (name.equals("WORD") ? arguments : ""));
        }
    };

    private String eval(String expression) {
        return Expression.evaluate(expression, log, functions);
    }

    @Test
    public void arithmetic() {
        assertEquals("3", eval("1 + 2"));
        assertEquals("7", eval("1+2*3"));
        assertEquals("9", eval("(1+2)*3"));
        assertEquals("-3", eval("-5 + 2"));
        assertEquals("3.33333333333333333", eval("10 / 3"));
        assertEquals("0.666666666666666667", eval("2/3"));
        assertEquals("5", eval("10 / 2"));
        assertEquals("1", eval("10 % 3"));
        assertEquals("-1", eval("-10 % 3")); // fmod keeps the sign of the dividend
        assertEquals("2.5", eval("1.5 + 1"));
        assertEquals("1e+20", eval("100000000000 * 1000000000"));
    }

    @Test
    public void divisionByZeroGivesIntMax() {
        assertEquals("2147483647", eval("1 / 0"));
        assertTrue(log.lines.contains("WARNING: division by zero"));
    }

    @Test
    public void comparisonsAreNumericOnlyWhenBothSidesAreNumbers() {
        assertEquals("0", eval("10 < 9"));
        assertEquals("1", eval("abc < abd"));
        assertEquals("1", eval("\"10\" < \"9\"")); // quoted: strings
        assertEquals("1", eval("010 = 10"));
        assertEquals("0", eval("\"abc\" = abc")); // the quotes are part of the string
        assertEquals("1", eval("\"abc\" = \"abc\""));
        assertEquals("1", eval("5 != 6"));
        assertEquals("1", eval("2 >= 2"));
        assertEquals("1", eval("1 <= 2"));
    }

    @Test
    public void logicalOperatorsReturnTheirOperands() {
        assertEquals("5", eval("0 | 5"));
        assertEquals("abc", eval("abc | 5"));
        assertEquals("0", eval("1 & 0"));
        assertEquals("7", eval("7 & 3"));
        assertEquals("", eval("\"\" | \"\"").replace("\"", ""));
        assertEquals("1", eval("!0"));
        assertEquals("0", eval("!5"));
        assertEquals("1", eval("!abc")); // atoi("abc") is 0
        assertEquals("1", eval("1 = 1 & 2 = 2"));
    }

    @Test
    public void colonMatchesAnchoredAndGivesTheGroupOrTheLength() {
        assertEquals("01", eval("\"201\" : \"2(..)\""));
        assertEquals("3", eval("\"201\" : \"2..\""));
        assertEquals("0", eval("\"201\" : \"01\"")); // anchored at the start
        assertEquals("", eval("\"201\" : \"3(..)\""));
        assertEquals("2", eval("\"201\" =~ \"01\"")); // =~ is not anchored
        assertEquals("1555", eval("\"+15551234\" =~ \"([0-9]{4})\""));
    }

    @Test
    public void regexesNeedQuotesBecauseBracketsAreDropped() {
        // Asterisk's lexer has no rule for '[' and ']': unquoted, [0-9] becomes 0 - 9
        assertEquals("1", eval("\"5\" : \"[0-9]\""));
    }

    @Test
    public void conditionalUsesDoubleColon() {
        assertEquals("yes", eval("1 = 1 ? yes :: no"));
        assertEquals("no", eval("1 = 2 ? yes :: no"));
        assertEquals("no", eval("\"\" ? yes :: no"));
        assertEquals("b", eval("0 ? a :: 1 ? b :: c"));
        assertEquals("yes", eval("abc ? yes :: no"));
    }

    @Test
    public void concatenation() {
        assertEquals("abcdef", eval("abc ~~ def"));
        assertEquals("12", eval("1 ~~ 2"));
    }

    @Test
    public void functionsMathAndDialplan() {
        assertEquals("2", eval("SQRT(4)"));
        assertEquals("8", eval("POW(2,3)"));
        assertEquals("3", eval("FLOOR(3.7)"));
        assertEquals("4", eval("ROUND(3.5)"));
        assertEquals("5", eval("ABS(-5)"));
        assertEquals("4", eval("LEN(abc) + 1"));
        assertEquals("helloworld", eval("WORD(world)"));
        assertEquals("0", eval("NOPE(1)"));
        assertTrue(log.lines.contains("ERROR: Error! 'NOPE' doesn't appear to be an available function!"));
        assertEquals("0", eval("lower(1)"));
        assertTrue(log.lines.contains("ERROR: Error! 'lower' is not possibly a function name!"));
    }

    @Test
    public void stringsInArithmeticFollowAsterisksRules() {
        assertEquals("5", eval("abc + 5"));
        assertEquals("-5", eval("abc - 5"));
        assertEquals("0", eval("abc * 5"));
        assertTrue(log.lines.contains("WARNING: non-numeric argument"));
    }

    @Test
    public void emptyIsEmptyAndASyntaxErrorIsZero() {
        assertEquals("", eval(""));
        assertEquals("", eval("   "));
        assertEquals("0", eval("1 +"));
        assertTrue(log.lines.get(0).startsWith("WARNING: ast_yyerror():  syntax error: syntax error, unexpected $end; Input:\n1 +\n"));
        assertEquals("0", eval("(1"));
    }

    @Test
    public void wordsMayHoldSpecialCharacters() {
        assertEquals("1", eval("PJSIP@abc = PJSIP@abc"));
        assertEquals("#1@x", eval("#1@x | 0"));
        assertEquals("0", eval("#1* | 0")); // * is an operator: "#1 * | 0" is a syntax error
    }
}
