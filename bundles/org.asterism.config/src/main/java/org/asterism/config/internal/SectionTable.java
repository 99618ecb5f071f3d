package org.asterism.config.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.asterism.config.ConfigSection;
import org.asterism.config.ConfigSyntaxException;

/**
 * Every section read so far, in file order, and the {@code [name](options)} header logic of config.c's
 * {@code process_text_line()}:
 * <ul>
 * <li>the name is everything between {@code [} and the first {@code ]}, as written; text after the
 * {@code ]} is ignored unless it starts with {@code (};</li>
 * <li>options are separated by commas, taken as written: {@code !} marks a template, {@code +} (optionally
 * followed by a filter) adds to an existing section, anything else names a section to inherit from;</li>
 * <li>names are compared case-insensitively; inheritance copies the entries the base has at that moment
 * (so a base must be defined before its use), from the first section of that name, template or not;</li>
 * <li>{@code (+)} adds to the <em>first</em> non-template section of that name that matches the filter.</li>
 * </ul>
 */
final class SectionTable {

    private final List<SectionBuilder> sections = new ArrayList<>();
    private final Map<String, List<SectionBuilder>> byName = new HashMap<>();

    /** Handles a header line; returns the section that the following entries go to. */
    SectionBuilder header(String text, String file, int line) throws ConfigSyntaxException {
        int close = text.indexOf(']');
        if (close < 0) {
            throw new ConfigSyntaxException(file, line, "parse error: no closing ']'");
        }
        String name = text.substring(1, close);
        SectionBuilder created = new SectionBuilder(name, file, line);
        if (close + 1 >= text.length() || text.charAt(close + 1) != '(') {
            add(created);
            return created;
        }
        int paren = text.indexOf(')', close + 2);
        if (paren < 0) {
            throw new ConfigSyntaxException(file, line, "parse error: no closing ')'");
        }
        SectionBuilder target = created;
        boolean added = false;
        for (String option : text.substring(close + 2, paren).split(",", -1)) {
            if (option.equals("!")) {
                target.template = true;
            } else if (option.startsWith("+")) {
                SectionBuilder existing = findForAddition(name, AdditionFilter.parse(option.substring(1)));
                if (existing == null) {
                    throw new ConfigSyntaxException(file, line,
                            "Category addition requested, but category '" + name + "' does not exist");
                }
                if (!added) {
                    // whatever the new header already picked up moves over to the existing section
                    existing.template |= created.template;
                    existing.templates.addAll(created.templates);
                    existing.entries.addAll(created.entries);
                    added = true;
                }
                target = existing;
            } else {
                SectionBuilder base = findBase(option);
                if (base == null) {
                    throw new ConfigSyntaxException(file, line,
                            "Inheritance requested, but category '" + option + "' does not exist");
                }
                target.templates.add(option);
                target.entries.addAll(List.copyOf(base.entries));
            }
        }
        if (!added) {
            add(created);
        }
        return target;
    }

    /** The concrete sections, in file order. */
    List<ConfigSection> concrete() {
        List<ConfigSection> result = new ArrayList<>(sections.size());
        for (SectionBuilder section : sections) {
            if (!section.template) {
                result.add(section.build());
            }
        }
        return result;
    }

    private void add(SectionBuilder section) {
        sections.add(section);
        byName.computeIfAbsent(key(section.name), k -> new ArrayList<>(1)).add(section);
    }

    /** The first section of that name, template or not; an empty name matches nothing (config.c: anything). */
    private SectionBuilder findBase(String name) {
        List<SectionBuilder> named = byName.get(key(name));
        return named == null || name.isEmpty() ? null : named.get(0);
    }

    private SectionBuilder findForAddition(String name, AdditionFilter filter) {
        for (SectionBuilder section : byName.getOrDefault(key(name), List.of())) {
            if (filter.matches(section)) {
                return section;
            }
        }
        return null;
    }

    /** Section names compare like C's strcasecmp(): ASCII letters only. */
    private static String key(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                return asciiLower(name);
            }
        }
        return name;
    }

    private static String asciiLower(String name) {
        StringBuilder lower = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            lower.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        }
        return lower.toString();
    }
}
