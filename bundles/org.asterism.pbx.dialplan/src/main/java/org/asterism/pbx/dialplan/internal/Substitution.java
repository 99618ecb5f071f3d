package org.asterism.pbx.dialplan.internal;

import java.util.Optional;

import org.asterism.pbx.dialplan.internal.expression.Expression;
import org.asterism.pbx.dialplan.internal.expression.ExpressionFunctions;

/**
 * Variable substitution as Asterisk's {@code pbx_substitute_variables_helper_full}: {@code ${NAME}},
 * {@code ${NAME:offset:length}} (negative values count from the end), nested {@code ${${NAME}}}, functions
 * {@code ${FUNC(args)}} and expressions {@code $[...]}; what is inside a {@code ${}} or {@code $[]} is substituted
 * first. Recursion stops at Asterisk's depth of 15, counted per thread as Asterisk counts it, so that functions that
 * substitute again (EVAL) are counted too.
 */
public final class Substitution {

    /** pbx_variables.c's MAX_VARIABLE_SUB_RECURSE_DEPTH. */
    static final int MAX_DEPTH = 15;

    /** What names resolve to for one substitution: a channel's variables, or only the globals. */
    public interface Scope extends ExpressionFunctions {

        /** A variable (built-in, channel, global), empty when unset. */
        Optional<String> variable(String name);
    }

    private final PbxLog log;
    private final ThreadLocal<int[]> depth = ThreadLocal.withInitial(() -> new int[1]);

    public Substitution(PbxLog log) {
        this.log = log;
    }

    public String substitute(String text, Scope scope) {
        if (text.indexOf('$') < 0) {
            return text;
        }
        int[] level = depth.get();
        if (level[0] >= MAX_DEPTH) {
            log.error("Exceeded maximum variable substitution recursion depth (" + MAX_DEPTH
                    + ") - possible infinite recursion in dialplan?");
            return "";
        }
        level[0]++;
        try {
            return expand(text, scope);
        } finally {
            level[0]--;
        }
    }

    private String expand(String in, Scope scope) {
        StringBuilder out = new StringBuilder(in.length() + 16);
        int i = 0;
        while (i < in.length()) {
            int dollar = in.indexOf('$', i);
            if (dollar < 0) {
                out.append(in, i, in.length());
                break;
            }
            char next = dollar + 1 < in.length() ? in.charAt(dollar + 1) : '\0';
            if (next != '{' && next != '[') {
                out.append(in, i, dollar + 1);
                i = dollar + 1;
                continue;
            }
            out.append(in, i, dollar);
            i = next == '{' ? variable(in, dollar + 2, scope, out) : expression(in, dollar + 2, scope, out);
        }
        return out.toString();
    }

    /** {@code ${...}} starting after the brace; returns where the text goes on. */
    private int variable(String in, int start, Scope scope, StringBuilder out) {
        int brackets = 1;
        boolean needsSub = false;
        int j = start;
        while (brackets > 0 && j < in.length()) {
            char c = in.charAt(j);
            char n = j + 1 < in.length() ? in.charAt(j + 1) : '\0';
            if (c == '$' && n == '{') {
                needsSub = true;
                brackets++;
                j++;
            } else if (c == '{') {
                brackets++;
            } else if (c == '}') {
                brackets--;
            } else if (c == '$' && n == '[') {
                needsSub = true;
                j++;
            }
            j++;
        }
        int end = j;
        if (brackets > 0) {
            log.warning("Error in extension logic (missing '}')");
        } else {
            end--;
        }
        String name = in.substring(start, Math.min(end, in.length()));
        if (needsSub) {
            name = substitute(name, scope);
        }
        lookup(name, scope).ifPresent(out::append);
        return j;
    }

    /** {@code $[...]} starting after the bracket. */
    private int expression(String in, int start, Scope scope, StringBuilder out) {
        int brackets = 1;
        boolean needsSub = false;
        int j = start;
        while (brackets > 0 && j < in.length()) {
            char c = in.charAt(j);
            char n = j + 1 < in.length() ? in.charAt(j + 1) : '\0';
            if (c == '$' && n == '[') {
                needsSub = true;
                brackets++;
                j++;
            } else if (c == '[') {
                brackets++;
            } else if (c == ']') {
                brackets--;
            } else if (c == '$' && n == '{') {
                needsSub = true;
                j++;
            }
            j++;
        }
        int end = j;
        if (brackets > 0) {
            log.warning("Error in extension logic (missing ']')");
        } else {
            end--;
        }
        String expression = in.substring(start, Math.min(end, in.length()));
        if (needsSub) {
            expression = substitute(expression, scope);
        }
        out.append(Expression.evaluate(expression, log, scope));
        return j;
    }

    /** A variable or function reference, with its {@code :offset:length} applied. */
    private Optional<String> lookup(String reference, Scope scope) {
        int parens = 0;
        boolean function = false;
        String name = reference;
        int offset = 0;
        int length = Integer.MAX_VALUE;
        for (int k = 0; k < reference.length(); k++) {
            char c = reference.charAt(k);
            if (c == '(') {
                function = true;
                parens++;
            } else if (c == ')') {
                parens--;
            } else if (c == ':' && parens == 0) {
                name = reference.substring(0, k);
                int[] numbers = scanTwo(reference.substring(k + 1));
                offset = numbers[0];
                length = numbers[1];
                break;
            }
        }
        Optional<String> value = function ? readFunction(name, scope) : scope.variable(name);
        int from = offset;
        int count = length;
        return value.map(v -> substring(v, from, count));
    }

    private Optional<String> readFunction(String call, Scope scope) {
        int open = call.indexOf('(');
        String name = call.substring(0, open);
        String args = call.substring(open + 1);
        int close = args.lastIndexOf(')');
        if (close >= 0) {
            args = args.substring(0, close);
        } else {
            log.warning("Can't find trailing parenthesis for function '" + name + "(" + args + "'?");
        }
        if (!scope.hasFunction(name)) {
            log.error("Function " + name + " not registered");
            return Optional.empty();
        }
        return scope.read(name, args);
    }

    /** pbx_variables.c's {@code substring}. */
    static String substring(String value, int offset, int length) {
        int lr = value.length();
        if (offset == 0 && length >= lr) {
            return value;
        }
        int from = offset;
        if (from < 0) {
            from = Math.max(0, lr + from);
        }
        if (from >= lr) {
            return "";
        }
        String rest = value.substring(from);
        if (length >= 0 && length < lr - from) {
            return rest.substring(0, length);
        }
        if (length < 0) {
            return lr > from - length ? rest.substring(0, lr + length - from) : "";
        }
        return rest;
    }

    /** {@code sscanf(s, "%d:%d", &a, &b)}: what is not there keeps its default (0 and "all"). */
    private static int[] scanTwo(String s) {
        int[] result = { 0, Integer.MAX_VALUE };
        int[] at = { 0 };
        Integer first = scanInt(s, at);
        if (first == null) {
            return result;
        }
        result[0] = first;
        if (at[0] < s.length() && s.charAt(at[0]) == ':') {
            at[0]++;
            Integer second = scanInt(s, at);
            if (second != null) {
                result[1] = second;
            }
        }
        return result;
    }

    private static Integer scanInt(String s, int[] at) {
        int i = at[0];
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        int signAt = i;
        if (i < s.length() && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
            i++;
        }
        int digits = i;
        long n = 0;
        while (i < s.length() && Character.isDigit(s.charAt(i)) && i - digits < 30) {
            n = Math.min(n * 10 + (s.charAt(i) - '0'), Integer.MAX_VALUE);
            i++;
        }
        if (i == digits) {
            return null;
        }
        at[0] = i;
        return (int) (s.charAt(signAt) == '-' ? -n : n);
    }
}
