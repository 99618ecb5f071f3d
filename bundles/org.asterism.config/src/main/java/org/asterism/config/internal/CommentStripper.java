package org.asterism.config.internal;

import org.asterism.config.ConfigSyntaxException;

/**
 * Removes comments from the lines of one file, as {@code config_text_file_load()} in Asterisk's
 * {@code main/config.c} does:
 * <ul>
 * <li>{@code ;} starts a comment to the end of the line; {@code \;} is a literal {@code ;} (the backslash
 * is dropped);</li>
 * <li>{@code ;--} (but not {@code ;---}) opens a block comment, {@code --;} closes it; block comments nest
 * up to 128 deep and may span lines; text before and after a block comment on one line is joined.</li>
 * </ul>
 * One instance per file: the block comment state carries from line to line.
 */
final class CommentStripper {

    static final int MAX_NESTED_COMMENTS = 128;

    private final String file;
    private final int[] openedAt = new int[MAX_NESTED_COMMENTS];
    private int depth;

    CommentStripper(String file) {
        this.file = file;
    }

    /**
     * Returns the part of a line outside comments, not yet trimmed; empty when the whole line is comment.
     */
    String strip(String line, int lineNo) throws ConfigSyntaxException {
        if (depth == 0 && line.indexOf(';') < 0) {
            return line;
        }
        StringBuilder kept = new StringBuilder(line.length());
        int keepFrom = depth == 0 ? 0 : -1;
        int pos = 0;
        while (true) {
            int semi = line.indexOf(';', pos);
            if (semi < 0) {
                break;
            }
            if (semi > pos && line.charAt(semi - 1) == '\\') {
                // "\;" is a literal semicolon: drop the backslash, keep the ';'
                if (keepFrom >= 0) {
                    kept.append(line, keepFrom, semi - 1);
                    keepFrom = semi;
                }
                pos = semi + 1;
            } else if (charAt(line, semi + 1) == '-' && charAt(line, semi + 2) == '-' && charAt(line, semi + 3) != '-') {
                if (depth == MAX_NESTED_COMMENTS) {
                    throw new ConfigSyntaxException(file, lineNo,
                            "Maximum nest limit of " + MAX_NESTED_COMMENTS + " reached");
                }
                if (keepFrom >= 0) {
                    kept.append(line, keepFrom, semi);
                    keepFrom = -1;
                }
                openedAt[depth++] = lineNo;
                pos = semi + 3;
            } else if (semi >= pos + 2 && line.charAt(semi - 1) == '-' && line.charAt(semi - 2) == '-') {
                if (depth == 0) {
                    // Asterisk counts this as closing a comment that is not open, and from then on
                    // silently ignores the rest of the file: refuse rather than load something else.
                    throw new ConfigSyntaxException(file, lineNo,
                            "'--;' closes a block comment that was never opened (Asterisk would ignore the rest of the file)");
                }
                depth--;
                pos = semi + 1;
                if (depth == 0) {
                    keepFrom = pos;
                }
            } else if (depth == 0) {
                kept.append(line, keepFrom, semi);
                keepFrom = -1;
                break;
            } else {
                pos = semi + 1;
            }
        }
        if (keepFrom >= 0) {
            kept.append(line, keepFrom, line.length());
        }
        return kept.toString();
    }

    /** The line where the innermost still-open block comment began, or 0 if none is open. */
    int unterminatedSince() {
        return depth == 0 ? 0 : openedAt[depth - 1];
    }

    private static char charAt(String s, int index) {
        return index < s.length() ? s.charAt(index) : '\0';
    }
}
