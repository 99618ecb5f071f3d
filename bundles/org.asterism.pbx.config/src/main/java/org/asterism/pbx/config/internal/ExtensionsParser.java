package org.asterism.pbx.config.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.asterism.config.ConfigDocument;
import org.asterism.config.ConfigEntry;
import org.asterism.config.ConfigSection;
import org.asterism.pbx.api.dialplan.DialplanContext;

/**
 * Turns a parsed extensions.conf into contexts, as pbx_config.c's {@code pbx_load_config}: {@code [general]} options,
 * {@code [globals]} (every such section, in order), and every other section a context; sections of the same name
 * make one context.
 */
final class ExtensionsParser {

    /** The [general] options Asterisk reads; the others are reported. */
    private static final List<String> GENERAL = List.of("static", "writeprotect", "autofallthrough", "clearglobalvars",
            "extenpatternmatchnew", "userscontext", "overrideswitch");

    ParsedDialplan parse(ConfigDocument document) {
        List<Problem> problems = new ArrayList<>();
        document.warnings().forEach(w -> problems.add(Problem.warning(w)));
        boolean clearGlobals = false;
        Map<String, String> globals = new LinkedHashMap<>();
        Map<String, ContextBuilder> contexts = new LinkedHashMap<>();
        for (ConfigSection section : document.sections()) {
            String name = section.name();
            if (name.equalsIgnoreCase("general")) {
                for (ConfigEntry entry : section.entries()) {
                    clearGlobals = general(entry, problems, clearGlobals);
                }
            } else if (name.equalsIgnoreCase("globals")) {
                for (ConfigEntry entry : section.entries()) {
                    globals.put(entry.name(), entry.value());
                }
            } else {
                ContextBuilder context = contexts.computeIfAbsent(name, n -> new ContextBuilder(n, problems));
                context.newSection();
                for (ConfigEntry entry : section.entries()) {
                    context.add(entry);
                }
            }
        }
        List<DialplanContext> built = new ArrayList<>();
        contexts.values().forEach(c -> built.add(c.build()));
        return new ParsedDialplan(built, globals, clearGlobals, problems);
    }

    /** One [general] option; returns clearglobalvars as it stands after it. */
    private static boolean general(ConfigEntry entry, List<Problem> problems, boolean clearGlobals) {
        String option = entry.name().toLowerCase(Locale.ROOT);
        String where = " at line " + entry.line() + " of " + entry.file();
        if (!GENERAL.contains(option)) {
            problems.add(Problem.warning("Unknown option '" + entry.name() + "' in [general]" + where + ", ignored"));
            return clearGlobals;
        }
        switch (option) {
            case "clearglobalvars":
                return isTrue(entry.value());
            case "autofallthrough":
                if (!isTrue(entry.value())) {
                    problems.add(Problem.warning("autofallthrough=" + entry.value() + " is not supported" + where
                            + ": a call that runs out of priorities is hung up, as with autofallthrough=yes"));
                }
                return clearGlobals;
            case "overrideswitch":
                if (!entry.value().isBlank()) {
                    problems.add(Problem.warning("overrideswitch is not supported (alternative switches are not)" + where));
                }
                return clearGlobals;
            default:
                return clearGlobals; // static, writeprotect, extenpatternmatchnew, userscontext: nothing to do
        }
    }

    /** Asterisk's {@code ast_true}. */
    static boolean isTrue(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        return v.equals("yes") || v.equals("true") || v.equals("y") || v.equals("t") || v.equals("1") || v.equals("on");
    }
}
