package org.asterism.pbx.dialplan.internal.match;

/** pbx.c's {@code ext_match_t}: what counts as a match. */
public enum MatchMode {
    /** The extension is complete: {@code ast_exists_extension}. */
    MATCH,
    /** The extension could become longer and still match: {@code ast_matchmore_extension}. */
    MATCHMORE,
    /** Either: {@code ast_canmatch_extension}. */
    CANMATCH
}
