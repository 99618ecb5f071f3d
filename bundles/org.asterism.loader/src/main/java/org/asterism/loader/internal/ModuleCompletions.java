package org.asterism.loader.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The words to offer after {@code module <sub-command>}, chosen as Asterisk's {@code ast_module_helper} chooses
 * them: {@code load} offers modules not loaded, {@code unload} loaded ones with no users ({@code -f} or
 * {@code -h}: any loaded one), {@code reload} running ones that support reloading, {@code show} offers
 * {@code like} and then loaded modules.
 */
public final class ModuleCompletions {

    static final List<String> FORCE_FLAGS = List.of("-f", "-h");
    static final String LIKE = "like";

    private ModuleCompletions() {
    }

    /**
     * Candidates for the word under the cursor.
     *
     * @param words   the command line's words; {@code words[0]} is the command, {@code words[1]} the sub-command.
     *                With a single word (Karaf re-checking an earlier argument on its own) every word this
     *                completer could have offered is returned, so the check passes.
     * @param cursor  the index in {@code words} of the word being completed
     * @param prefix  what is typed of that word so far
     * @param modules the modules now
     */
    public static List<String> candidates(String[] words, int cursor, String prefix, List<ModuleSnapshot> modules) {
        List<String> offered = words.length < 2 || cursor < 2
                ? anyWord(modules)
                : forSubcommand(words[1].toLowerCase(Locale.ROOT), Arrays.asList(words).subList(2, cursor), modules);
        String typed = prefix == null ? "" : prefix.toLowerCase(Locale.ROOT);
        return offered.stream().filter(w -> w.toLowerCase(Locale.ROOT).startsWith(typed)).toList();
    }

    private static List<String> anyWord(List<ModuleSnapshot> modules) {
        Set<String> words = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        words.addAll(FORCE_FLAGS);
        words.add(LIKE);
        modules.forEach(m -> words.add(m.displayName()));
        return new ArrayList<>(words);
    }

    private static List<String> forSubcommand(String sub, List<String> before, List<ModuleSnapshot> modules) {
        switch (sub) {
            case "show":
                if (before.isEmpty()) {
                    return List.of(LIKE);
                }
                return before.size() == 1 && before.get(0).equalsIgnoreCase(LIKE)
                        ? names(modules, m -> m.status().isListed(), before)
                        : List.of();
            case "load":
                return before.isEmpty() ? names(modules, m -> !m.isLoaded(), before) : List.of();
            case "unload":
                boolean forced = !before.isEmpty() && FORCE_FLAGS.contains(before.get(0));
                List<String> words = new ArrayList<>();
                if (before.isEmpty()) {
                    words.addAll(FORCE_FLAGS);
                }
                words.addAll(names(modules, m -> m.isLoaded() && (forced || m.useCount() == 0), before));
                return words;
            case "reload":
                return names(modules, m -> m.status() == ModuleStatus.RUNNING && m.supportsReload(), before);
            default:
                return List.of();
        }
    }

    /** Display names of the modules matching {@code condition}, leaving out those already on the line. */
    private static List<String> names(List<ModuleSnapshot> modules, Predicate<ModuleSnapshot> condition,
            List<String> alreadyTyped) {
        Set<String> typed = alreadyTyped.stream().map(ModuleNames::key).collect(Collectors.toSet());
        return modules.stream()
                .filter(condition)
                .filter(m -> !typed.contains(ModuleNames.key(m.name())))
                .sorted(ModuleGraph.BY_DISPLAY_NAME)
                .map(ModuleSnapshot::displayName)
                .distinct()
                .toList();
    }
}
