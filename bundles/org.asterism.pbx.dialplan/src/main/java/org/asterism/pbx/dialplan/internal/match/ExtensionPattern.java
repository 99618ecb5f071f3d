package org.asterism.pbx.dialplan.internal.match;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * An extension name compiled for matching, as pbx.c's {@code _extension_match_core}: a literal ({@code 100}, {@code s})
 * or a pattern ({@code _X.}, {@code _NXX}, {@code _[1-5a]!}) whose positions are compiled once into character sets.
 * Immutable and thread-safe.
 *
 * <p>{@link #match} answers 0 (no match), 1 (match) or 2 (early match on {@code !}), as Asterisk does.
 */
public final class ExtensionPattern {

    private static final BitSet N = range('2', '9');
    private static final BitSet X = range('0', '9');
    private static final BitSet Z = range('1', '9');

    /** One position: a set of characters, or the {@code .} / {@code !} wildcards that end a pattern. */
    private record Position(BitSet chars, char wildcard) {
    }

    private final String key;
    private final boolean pattern;
    private final Position[] positions;
    /** A {@code [} without {@code ]}: Asterisk warns and the pattern never matches. */
    private final boolean broken;
    private final int literalLength;

    private ExtensionPattern(String key, boolean pattern, Position[] positions, boolean broken) {
        this.key = key;
        this.pattern = pattern;
        this.positions = positions;
        this.broken = broken;
        this.literalLength = pattern ? 0 : key.length();
    }

    /** Compiles a {@link ExtensionNames#key key}. */
    public static ExtensionPattern compile(String key) {
        if (!ExtensionNames.isPattern(key)) {
            return new ExtensionPattern(key, false, new Position[0], false);
        }
        List<Position> positions = new ArrayList<>();
        boolean broken = false;
        for (int i = 1; i < key.length(); i++) {
            char c = key.charAt(i);
            switch (c) {
                case '-' -> {
                }
                case 'n', 'N' -> positions.add(new Position(N, '\0'));
                case 'x', 'X' -> positions.add(new Position(X, '\0'));
                case 'z', 'Z' -> positions.add(new Position(Z, '\0'));
                case '.', '!' -> positions.add(new Position(null, c));
                case '[' -> {
                    int end = key.indexOf(']', i + 1);
                    if (end < 0) {
                        broken = true;
                        i = key.length();
                        break;
                    }
                    BitSet set = set(key, i + 1, end);
                    if (!set.isEmpty()) { // Asterisk skips an empty set
                        positions.add(new Position(set, '\0'));
                    }
                    i = end;
                }
                default -> {
                    BitSet one = new BitSet();
                    one.set(c);
                    positions.add(new Position(one, '\0'));
                }
            }
        }
        return new ExtensionPattern(key, true, positions.toArray(new Position[0]), broken);
    }

    public String key() {
        return key;
    }

    public boolean isPattern() {
        return pattern;
    }

    /** Whether Asterisk would warn "Wrong usage of [] in the extension" about it. */
    public boolean isBroken() {
        return broken;
    }

    /** 0 no match, 1 match, 2 early match ({@code !}). Dashes in {@code data} are ignored. */
    public int match(String data, MatchMode mode) {
        if (!pattern) {
            return matchLiteral(data, mode);
        }
        if (broken) {
            return 0;
        }
        if (mode == MatchMode.MATCH && ExtensionNames.isPattern(data)
                && ExtensionOrder.comparePatterns(key.substring(1), data.substring(1)) == 0) {
            return 1; // a pattern given as the data: the same pattern matches (pbx.c: "_x. will not match _x.")
        }
        int d = 0;
        int p = 0;
        while (true) {
            while (d < data.length() && data.charAt(d) == '-') {
                d++;
            }
            if (d >= data.length() || p >= positions.length) {
                break;
            }
            Position position = positions[p];
            if (position.wildcard() == '.') {
                return 1;
            }
            if (position.wildcard() == '!') {
                return 2;
            }
            if (!position.chars().get(data.charAt(d))) {
                return 0;
            }
            d++;
            p++;
        }
        if (d < data.length()) {
            return 0; // data longer than the pattern
        }
        if (p == positions.length) {
            return mode == MatchMode.MATCHMORE ? 0 : 1;
        }
        if (positions[p].wildcard() == '!') {
            return 2;
        }
        return mode == MatchMode.MATCH ? 0 : 1; // more pattern left: a partial match
    }

    private int matchLiteral(String data, MatchMode mode) {
        String dialled = ExtensionNames.dialled(data);
        int lp = literalLength;
        int ld = dialled.length();
        if (lp < ld) {
            return 0;
        }
        if (mode == MatchMode.MATCH) {
            return key.equals(dialled) ? 1 : 0; // a key has no dashes left
        }
        if (ld == 0 || key.startsWith(dialled)) {
            return mode == MatchMode.MATCHMORE ? (lp > ld ? 1 : 0) : 1;
        }
        return 0;
    }

    /** {@code ast_extension_match}: whether {@code data} is a complete match for {@code name}. */
    public static boolean matches(String name, String data) {
        return compile(ExtensionNames.key(name)).match(data, MatchMode.MATCH) != 0;
    }

    private static BitSet set(String key, int from, int end) {
        BitSet set = new BitSet();
        for (int i = from; i < end; i++) {
            char first = key.charAt(i);
            if (i + 2 < end && key.charAt(i + 1) == '-') {
                char last = key.charAt(i + 2);
                if (first <= last) {
                    set.set(first, last + 1);
                }
                i += 2;
            } else {
                set.set(first);
            }
        }
        return set;
    }

    private static BitSet range(char from, char to) {
        BitSet set = new BitSet();
        set.set(from, to + 1);
        return set;
    }

    @Override
    public String toString() {
        return key;
    }
}
