package org.asterism.config;

import static org.asterism.config.Parsing.assertError;
import static org.asterism.config.Parsing.parseError;
import static org.junit.Assert.assertEquals;

import org.junit.Test;

/** Every error carries the file and line, with Asterisk's wording where Asterisk has one. */
public class SyntaxErrorTest {

    @Test
    public void messageFormat() {
        ConfigSyntaxException e = new ConfigSyntaxException("conf.d/trunks.conf", 12, "Something is wrong");
        assertEquals("Something is wrong at line 12 of conf.d/trunks.conf", e.getMessage());
        assertEquals("conf.d/trunks.conf", e.file());
        assertEquals(12, e.line());
    }

    @Test
    public void entryBeforeAnySection() throws Exception {
        assertError(parseError("; comment\n\nx = 1\n[s]\n"), "pjsip.conf", 3, "parse error: No category context");
    }

    @Test
    public void headerWithoutClosingBracket() throws Exception {
        assertError(parseError("[s]\nx=1\n[broken\ny=2\n"), "pjsip.conf", 3, "parse error: no closing ']'");
    }

    @Test
    public void headerWithoutClosingParenthesis() throws Exception {
        assertError(parseError("[t](!)\n[s](t\n"), "pjsip.conf", 2, "parse error: no closing ')'");
    }

    @Test
    public void lineWithoutEquals() throws Exception {
        assertError(parseError("[s]\nx=1\ntype endpoint\n"), "pjsip.conf", 3, "No '=' (equal sign)");
    }

    @Test
    public void entryWithoutName() throws Exception {
        assertError(parseError("[s]\n = value\n"), "pjsip.conf", 2, "No variable name");
        assertError(parseError("[s]\n\n+= value\n"), "pjsip.conf", 3, "No variable name");
    }

    @Test
    public void invalidEscape() throws Exception {
        assertError(parseError("[s]\n\\ x = 1\n"), "pjsip.conf", 2, "Invalid escape");
        assertError(parseError("[s]\n\\\n"), "pjsip.conf", 2, "Invalid escape");
    }

    @Test
    public void missingTemplate() throws Exception {
        assertError(parseError("[s](nope)\n"), "pjsip.conf", 1,
                "Inheritance requested, but category 'nope' does not exist");
    }

    @Test
    public void emptyTemplateName() throws Exception {
        // config.c would match any section here (an empty name matches all); refuse it instead
        assertError(parseError("[a]\n[s]()\n"), "pjsip.conf", 2,
                "Inheritance requested, but category '' does not exist");
    }

    @Test
    public void lineNumbersCountCommentsAndBlankLines() throws Exception {
        assertError(parseError(";--\n\n--;\n; x\n\n[s]\nbad\n"), "pjsip.conf", 7, "No '=' (equal sign)");
    }

    @Test
    public void errorUsesTheNameGivenForText() throws Exception {
        ConfigSyntaxException e = parseErrorNamed("extensions.conf", "[s]\nnonsense\n");
        assertError(e, "extensions.conf", 2, "No '=' (equal sign)");
    }

    private static ConfigSyntaxException parseErrorNamed(String fileName, String text) throws Exception {
        try {
            new ConfigParser().parse(fileName, text, java.nio.file.Path.of("."));
        } catch (ConfigSyntaxException e) {
            return e;
        }
        throw new AssertionError("expected a ConfigSyntaxException");
    }
}
