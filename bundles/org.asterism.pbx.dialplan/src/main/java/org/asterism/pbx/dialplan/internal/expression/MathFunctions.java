package org.asterism.pbx.dialplan.internal.expression;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

import org.asterism.pbx.dialplan.internal.PbxLog;

/**
 * Function calls inside {@code $[...]} (ast_expr2.y's {@code op_func}): the math functions (COS, SQRT, FLOOR, ROUND,
 * POW...), else a dialplan function read with the arguments joined by commas.
 */
final class MathFunctions {

    private static final Map<String, DoubleUnaryOperator> UNARY = Map.ofEntries(
            Map.entry("COS", Math::cos), Map.entry("SIN", Math::sin), Map.entry("TAN", Math::tan),
            Map.entry("ACOS", Math::acos), Map.entry("ASIN", Math::asin), Map.entry("ATAN", Math::atan),
            Map.entry("SQRT", Math::sqrt), Map.entry("FLOOR", Math::floor), Map.entry("CEIL", Math::ceil),
            Map.entry("ROUND", x -> x < 0 ? -Math.floor(-x + 0.5) : Math.floor(x + 0.5)), Map.entry("RINT", Math::rint),
            Map.entry("TRUNC", x -> x < 0 ? Math.ceil(x) : Math.floor(x)), Map.entry("EXP", Math::exp),
            Map.entry("EXP2", x -> Math.pow(2, x)), Map.entry("EXP10", x -> Math.pow(10, x)), Map.entry("LOG", Math::log),
            Map.entry("LOG2", x -> Math.log(x) / Math.log(2)), Map.entry("LOG10", Math::log10));

    private static final Map<String, DoubleBinaryOperator> BINARY = Map.of(
            "ATAN2", Math::atan2, "POW", Math::pow, "REMAINDER", Math::IEEEremainder);

    private MathFunctions() {
    }

    static ExprValue call(String name, List<ExprValue> args, ExpressionFunctions functions, PbxLog log) {
        if (!name.chars().allMatch(c -> (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) {
            log.error("Error! '" + name + "' is not possibly a function name!");
            return ExprValue.number(0);
        }
        DoubleUnaryOperator unary = UNARY.get(name);
        if (unary != null || name.equals("ABS")) {
            if (args.size() != 1) {
                log.warning("Wrong args to " + name + "() function");
                return ExprValue.number(0);
            }
            BigDecimal x = number(args.get(0));
            return unary == null ? ExprValue.number(x.abs()) : ofDouble(unary.applyAsDouble(x.doubleValue()));
        }
        DoubleBinaryOperator binary = BINARY.get(name);
        if (binary != null) {
            if (args.size() != 2) {
                log.warning("Wrong args to " + name + "() function");
                return ExprValue.number(0);
            }
            return ofDouble(binary.applyAsDouble(number(args.get(0)).doubleValue(), number(args.get(1)).doubleValue()));
        }
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < args.size(); i++) {
            joined.append(i > 0 ? "," : "").append(args.get(i).asText());
        }
        if (!functions.hasFunction(name)) {
            log.error("Error! '" + name + "' doesn't appear to be an available function!");
            return ExprValue.number(0);
        }
        String text = functions.read(name, joined.toString()).orElse("");
        if (text.chars().allMatch(c -> "-0123456789. \t".indexOf(c) >= 0)) {
            return ExprValue.number(ExprValue.strtod(text));
        }
        return ExprValue.fromText(text);
    }

    /** A double result; NaN and infinities print as C's printf prints them. */
    private static ExprValue ofDouble(double r) {
        if (Double.isNaN(r)) {
            return ExprValue.string("nan");
        }
        if (Double.isInfinite(r)) {
            return ExprValue.string(r > 0 ? "inf" : "-inf");
        }
        return ExprValue.number(BigDecimal.valueOf(r));
    }

    /** An argument as a number; a string counts as 0 (strtod of a word). */
    private static BigDecimal number(ExprValue v) {
        BigDecimal n = v.toNumber();
        return n == null ? ExprValue.strtod(v.asText()) : n;
    }
}
