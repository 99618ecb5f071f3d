package org.asterism.pbx.dialplan.internal.match;

/**
 * How Asterisk stores an extension name (pbx.c's {@code ext_strncpy}): blanks outside a {@code [...]} set are dropped
 * from the name; for matching, the {@code -} "eye candy" outside a set is dropped too ({@code _NXX-XXXX} is
 * {@code _NXXXXXX}).
 */
public final class ExtensionNames {

    private ExtensionNames() {
    }

    /** The name as {@code dialplan show} prints it: blanks outside sets removed. */
    public static String display(String written) {
        return copy(written, false);
    }

    /** The name used for matching and ordering: blanks and dashes outside sets removed. */
    public static String key(String written) {
        return copy(written, true);
    }

    /** A dialled number as compared with literal extensions: its dashes do not count. */
    public static String dialled(String exten) {
        return exten.indexOf('-') < 0 ? exten : exten.replace("-", "");
    }

    public static boolean isPattern(String name) {
        return !name.isEmpty() && name.charAt(0) == '_';
    }

    private static String copy(String src, boolean noFluff) {
        boolean pattern = isPattern(src);
        boolean inSquares = false;
        StringBuilder out = new StringBuilder(src.length());
        for (int i = 0; i < src.length(); i++) {
            char c = src.charAt(i);
            if (c == '[') {
                if (pattern) {
                    inSquares = true;
                }
            } else if (c == ']') {
                inSquares = false;
            } else if (c == ' ' && !inSquares) {
                continue;
            } else if (c == '-' && !inSquares && noFluff) {
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }
}
