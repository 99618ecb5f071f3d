package org.asterism.loader.internal;

import java.util.Locale;

/**
 * How operators name modules: Asterisk's resource names, with or without the {@code .so} suffix, in any case.
 *
 * <p>Follows {@code resource_name_baselen}/{@code resource_name_match} in Asterisk's {@code main/loader.c}: a
 * trailing {@code .so} is ignored (case-insensitively, and only when something is left before it) and names
 * compare case-insensitively.
 */
public final class ModuleNames {

    private static final String SUFFIX = ".so";

    private ModuleNames() {
    }

    /** The bare module name an operator meant: trimmed, without a trailing {@code .so}. */
    public static String normalise(String typed) {
        String name = typed == null ? "" : typed.trim();
        if (name.length() > SUFFIX.length() && name.regionMatches(true, name.length() - SUFFIX.length(), SUFFIX, 0,
                SUFFIX.length())) {
            return name.substring(0, name.length() - SUFFIX.length());
        }
        return name;
    }

    /** The name as Asterisk shows it: {@code res_pjsip.so}. */
    public static String display(String name) {
        return normalise(name) + SUFFIX;
    }

    /** Whether two names, each typed with or without {@code .so}, denote the same module. */
    public static boolean same(String a, String b) {
        return normalise(a).equalsIgnoreCase(normalise(b));
    }

    /** A key for maps and sorting that ignores case and the suffix. */
    public static String key(String name) {
        return normalise(name).toLowerCase(Locale.ROOT);
    }
}
