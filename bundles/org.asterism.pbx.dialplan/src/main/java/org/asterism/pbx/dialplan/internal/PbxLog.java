package org.asterism.pbx.dialplan.internal;

/**
 * Where the PBX reports what Asterisk prints on its console: verbose lines (with Asterisk's prefixes, so
 * {@code ast_verb(3, ...)} reads {@code "    -- Executing ..."}), notices, warnings and errors.
 */
public interface PbxLog {

    /** {@code ast_verb(level, message)}: logged at INFO with the level's prefix. */
    void verbose(int level, String message);

    void notice(String message);

    void warning(String message);

    void error(String message);

    void debug(String message);

    /** Asterisk's VERBOSE_PREFIX_n for a level (0 has none, 4 and above are the "&gt;" forms). */
    static String prefix(int level) {
        return switch (level) {
            case 0 -> "";
            case 1 -> " ";
            case 2 -> "  == ";
            case 3 -> "    -- ";
            default -> " ".repeat(Math.min(level, 10) + 3) + "> ";
        };
    }
}
