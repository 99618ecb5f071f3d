package org.asterism.pbx.dialplan.internal.expression;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A value of Asterisk's expression language (ast_expr2.y's {@code struct val}): a number, a string that looks like a
 * number (and becomes one when an operator needs it), or a plain string. Numbers are kept exactly (Asterisk uses long
 * double) and printed as {@code %.18Lg} prints them. Immutable.
 */
public final class ExprValue {

    enum Kind { NUMBER, NUMERIC_STRING, STRING }

    /** Precision of intermediate results: more than long double's, so 18 printed digits come out right. */
    static final MathContext PRECISION = MathContext.DECIMAL128;

    private static final Pattern STRTOD = Pattern.compile("^\\s*[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private final Kind kind;
    private final BigDecimal number;
    private final String text;

    private ExprValue(Kind kind, BigDecimal number, String text) {
        this.kind = kind;
        this.number = number;
        this.text = text;
    }

    static ExprValue number(BigDecimal n) {
        return new ExprValue(Kind.NUMBER, n, null);
    }

    static ExprValue number(long n) {
        return number(BigDecimal.valueOf(n));
    }

    static ExprValue bool(boolean b) {
        return number(b ? 1 : 0);
    }

    /** A token the lexer read as a number ("12", "1.5"). */
    static ExprValue numericString(String s) {
        return new ExprValue(Kind.NUMERIC_STRING, null, s);
    }

    static ExprValue string(String s) {
        return new ExprValue(Kind.STRING, null, s);
    }

    /** ast_expr2's {@code make_str}: numeric when it starts with a digit or '.' and has only digits and dots. */
    static ExprValue fromText(String s) {
        boolean numeric = !s.isEmpty() && (Character.isDigit(s.charAt(0)) || s.charAt(0) == '.');
        for (int i = 0; numeric && i < s.length(); i++) {
            char c = s.charAt(i);
            numeric = (c >= '0' && c <= '9') || c == '.';
        }
        return numeric ? numericString(s) : string(s);
    }

    /** {@code isstring}: only true for a value that is not a valid number. */
    boolean isString() {
        return kind == Kind.STRING;
    }

    boolean isNumber() {
        return kind == Kind.NUMBER;
    }

    /** {@code to_number}: the number, or null for a plain string. */
    BigDecimal toNumber() {
        return switch (kind) {
            case NUMBER -> number;
            case STRING -> null;
            case NUMERIC_STRING -> strtod(text);
        };
    }

    /** {@code to_string}: numbers as {@code %.18Lg}. */
    String asText() {
        return kind == Kind.NUMBER ? format(number) : text;
    }

    /** {@code is_zero_or_null}. */
    boolean isZeroOrNull() {
        if (kind == Kind.NUMBER) {
            return number.signum() == 0;
        }
        if (text.isEmpty()) {
            return true;
        }
        BigDecimal n = toNumber();
        return n != null && n.signum() == 0;
    }

    /** The value after an operator forced it to a number, as Asterisk's in-place conversion leaves it. */
    ExprValue numeric() {
        BigDecimal n = toNumber();
        return n == null || kind == Kind.NUMBER ? this : number(n);
    }

    /** C's {@code strtod}: the longest numeric prefix, 0 when there is none. */
    static BigDecimal strtod(String s) {
        Matcher m = STRTOD.matcher(s);
        if (!m.find()) {
            return BigDecimal.ZERO;
        }
        String n = m.group().trim();
        if (n.startsWith("+")) {
            n = n.substring(1);
        }
        if (n.endsWith(".")) {
            n = n.substring(0, n.length() - 1);
        }
        return new BigDecimal(n.startsWith(".") ? "0" + n : n.replace("-.", "-0."));
    }

    /** {@code printf("%.18Lg")}. */
    static String format(BigDecimal value) {
        if (value.signum() == 0) {
            return "0";
        }
        BigDecimal rounded = value.round(new MathContext(18, RoundingMode.HALF_EVEN));
        int exponent = rounded.precision() - rounded.scale() - 1;
        if (exponent < -4 || exponent >= 18) {
            BigDecimal mantissa = rounded.movePointLeft(exponent).stripTrailingZeros();
            String sign = exponent < 0 ? "-" : "+";
            int abs = Math.abs(exponent);
            return mantissa.toPlainString() + "e" + sign + (abs < 10 ? "0" : "") + abs;
        }
        return rounded.stripTrailingZeros().toPlainString();
    }

    @Override
    public String toString() {
        return asText();
    }
}
