package org.asterism.pbx.dialplan.internal.expression;

import java.math.BigDecimal;

import org.asterism.pbx.dialplan.internal.Conditions;
import org.asterism.pbx.dialplan.internal.PbxLog;
import org.asterism.pbx.dialplan.internal.expression.ExpressionLexer.Type;

/** The operators of ast_expr2.y ({@code op_or}, {@code op_eq}, {@code op_plus}...), with their quirks kept. */
final class Operators {

    /** What Asterisk gives for a division by zero or by a string: INT_MAX. */
    private static final ExprValue INT_MAX = ExprValue.number(Integer.MAX_VALUE);

    private Operators() {
    }

    /** {@code a | b}: a unless it is zero or empty, then b. */
    static ExprValue or(ExprValue a, ExprValue b) {
        return a.isZeroOrNull() ? b : a.numeric();
    }

    /** {@code a & b}: a when neither is zero or empty, else 0. */
    static ExprValue and(ExprValue a, ExprValue b) {
        return a.isZeroOrNull() || b.isZeroOrNull() ? ExprValue.number(0) : a.numeric();
    }

    /** Comparisons: numeric when both sides are numbers, else string comparison (C locale). */
    static ExprValue compare(Type op, ExprValue a, ExprValue b) {
        int cmp;
        if (a.isString() || b.isString()) {
            cmp = Integer.signum(a.asText().compareTo(b.asText()));
        } else {
            cmp = a.toNumber().compareTo(b.toNumber());
        }
        return ExprValue.bool(switch (op) {
            case EQ -> cmp == 0;
            case NE -> cmp != 0;
            case LT -> cmp < 0;
            case GT -> cmp > 0;
            case LE -> cmp <= 0;
            default -> cmp >= 0;
        });
    }

    /** {@code a ? b :: c}: a string is true unless empty, {@code ""} or "0"; a number unless zero. */
    static ExprValue cond(ExprValue a, ExprValue b, ExprValue c) {
        boolean truth;
        if (a.isString()) {
            String s = a.asText();
            truth = !s.isEmpty() && !s.equals("\"\"") && !s.equals("0");
        } else {
            truth = a.toNumber().signum() != 0;
        }
        return truth ? b : c;
    }

    static ExprValue plus(ExprValue a, ExprValue b, PbxLog log) {
        BigDecimal x = a.toNumber();
        BigDecimal y = b.toNumber();
        if (x == null) {
            log.warning("non-numeric argument");
            return y == null ? ExprValue.number(0) : b.numeric();
        }
        if (y == null) {
            return a.numeric();
        }
        return ExprValue.number(x.add(y, ExprValue.PRECISION));
    }

    static ExprValue minus(ExprValue a, ExprValue b, PbxLog log) {
        BigDecimal x = a.toNumber();
        BigDecimal y = b.toNumber();
        if (x == null) {
            log.warning("non-numeric argument");
            return y == null ? ExprValue.number(0) : ExprValue.number(y.negate());
        }
        if (y == null) {
            log.warning("non-numeric argument");
            return a.numeric();
        }
        return ExprValue.number(x.subtract(y, ExprValue.PRECISION));
    }

    static ExprValue negate(ExprValue a, PbxLog log) {
        BigDecimal x = a.toNumber();
        if (x == null) {
            log.warning("non-numeric argument");
            return ExprValue.number(0);
        }
        return ExprValue.number(x.negate());
    }

    /** {@code !a}: 1 for zero, empty, "0" or a string whose {@code atoi} is 0; else 0. */
    static ExprValue complement(ExprValue a) {
        boolean truth;
        if (a.isNumber()) {
            truth = a.toNumber().signum() != 0;
        } else {
            String s = a.asText();
            truth = !s.isEmpty() && !s.equals("0") && Conditions.atoi(s) != 0;
        }
        return ExprValue.bool(!truth);
    }

    static ExprValue times(ExprValue a, ExprValue b, PbxLog log) {
        BigDecimal x = a.toNumber();
        BigDecimal y = b.toNumber();
        if (x == null || y == null) {
            log.warning("non-numeric argument");
            return ExprValue.number(0);
        }
        return ExprValue.number(x.multiply(y, ExprValue.PRECISION));
    }

    static ExprValue divide(ExprValue a, ExprValue b, PbxLog log) {
        BigDecimal x = a.toNumber();
        if (x == null) {
            log.warning("non-numeric argument");
            return ExprValue.number(0);
        }
        BigDecimal y = b.toNumber();
        if (y == null) {
            log.warning("non-numeric argument");
            return INT_MAX;
        }
        if (y.signum() == 0) {
            log.warning("division by zero");
            return INT_MAX;
        }
        return ExprValue.number(x.divide(y, ExprValue.PRECISION));
    }

    /** {@code a % b} as C's fmod: the sign of the dividend. */
    static ExprValue remainder(ExprValue a, ExprValue b, PbxLog log) {
        BigDecimal x = a.toNumber();
        BigDecimal y = b.toNumber();
        if (x == null || y == null) {
            log.warning("non-numeric argument");
            return ExprValue.number(0);
        }
        if (y.signum() == 0) {
            log.warning("div by zero");
            return ExprValue.number(0);
        }
        return ExprValue.number(x.remainder(y, ExprValue.PRECISION));
    }
}
