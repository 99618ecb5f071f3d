package org.asterism.config;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** Shared fixtures: parse text in memory, and read sections and values in one line. */
final class Parsing {

    private Parsing() {
    }

    static ConfigDocument parse(String text) throws IOException, ConfigSyntaxException {
        return new ConfigParser().parse("pjsip.conf", text, Path.of("."));
    }

    /** Parses text that must fail; returns the exception. */
    static ConfigSyntaxException parseError(String text) throws IOException {
        try {
            parse(text);
        } catch (ConfigSyntaxException e) {
            return e;
        }
        fail("expected a ConfigSyntaxException");
        return null;
    }

    static void assertError(ConfigSyntaxException e, String file, int line, String message) {
        assertEquals(message + " at line " + line + " of " + file, e.getMessage());
        assertEquals(file, e.file());
        assertEquals(line, e.line());
    }

    static List<String> names(ConfigDocument doc) {
        return doc.sections().stream().map(ConfigSection::name).collect(Collectors.toList());
    }

    /** "name=value" for every entry, in order. */
    static List<String> pairs(ConfigSection section) {
        return section.entries().stream().map(e -> e.name() + "=" + e.value()).collect(Collectors.toList());
    }

    static String value(ConfigSection section, String name) {
        return section.last(name).map(ConfigEntry::value).orElseThrow(() -> new AssertionError("no " + name));
    }
}
