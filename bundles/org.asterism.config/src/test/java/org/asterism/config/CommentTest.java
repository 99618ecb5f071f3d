package org.asterism.config;

import static org.asterism.config.Parsing.assertError;
import static org.asterism.config.Parsing.names;
import static org.asterism.config.Parsing.pairs;
import static org.asterism.config.Parsing.parse;
import static org.asterism.config.Parsing.parseError;
import static org.junit.Assert.assertEquals;

import java.util.List;

import org.junit.Test;

public class CommentTest {

    @Test
    public void semicolonStartsACommentToEndOfLine() throws Exception {
        ConfigDocument doc = parse("; header comment\n[s] ; section comment\nx = 1 ; trailing\n;y = 2\n");
        assertEquals(List.of("x=1"), pairs(doc.sections().get(0)));
    }

    @Test
    public void escapedSemicolonIsLiteral() throws Exception {
        ConfigDocument doc = parse("[s]\nx = a\\;b ; comment\ny = \\;\\;\nz = \\\\;c\n");
        // "\\;" is a backslash-escaped ';' too: only the backslash right before ';' goes away
        assertEquals(List.of("x=a;b", "y=;;", "z=\\;c"), pairs(doc.sections().get(0)));
    }

    @Test
    public void blockCommentSpansLines() throws Exception {
        ConfigDocument doc = parse("[s]\na=1\n;-- gone=1\n[gone]\n gone=2 --;\nb=2\n");
        assertEquals(List.of("s"), names(doc));
        assertEquals(List.of("a=1", "b=2"), pairs(doc.sections().get(0)));
        assertEquals(6, doc.sections().get(0).entries().get(1).line());
    }

    @Test
    public void textAroundABlockCommentOnOneLineIsJoined() throws Exception {
        ConfigDocument doc = parse("[s]\nx = ab;-- hidden --;cd\ny = 1;-- start\nstill hidden --;\n");
        assertEquals(List.of("x=abcd", "y=1"), pairs(doc.sections().get(0)));
    }

    @Test
    public void textAfterTheEndOfAMultiLineBlockCommentIsParsed() throws Exception {
        ConfigDocument doc = parse("[s]\n;-- a\nb --; x = 1\n");
        assertEquals(List.of("x=1"), pairs(doc.sections().get(0)));
        assertEquals(3, doc.sections().get(0).entries().get(0).line());
    }

    @Test
    public void blockCommentsNest() throws Exception {
        ConfigDocument doc = parse("[s]\n;-- outer ;-- inner --; still outer\nhidden=1\n--;\nshown=1\n");
        assertEquals(List.of("shown=1"), pairs(doc.sections().get(0)));
    }

    @Test
    public void threeDashesAreAnOrdinaryComment() throws Exception {
        ConfigDocument doc = parse("[s]\n;-------------------\nx=1\n;--- also a line comment\ny=2\n");
        assertEquals(List.of("x=1", "y=2"), pairs(doc.sections().get(0)));
    }

    @Test
    public void semicolonsInsideABlockCommentAreIgnored() throws Exception {
        ConfigDocument doc = parse("[s]\n;-- a ; b ; c\n; d --; x=1\n");
        assertEquals(List.of("x=1"), pairs(doc.sections().get(0)));
    }

    @Test
    public void unterminatedBlockCommentIsAWarning() throws Exception {
        ConfigDocument doc = parse("[s]\nx=1\n;-- never closed\ny=2\n");
        assertEquals(List.of("x=1"), pairs(doc.sections().get(0)));
        assertEquals(List.of("Unterminated block comment ';--' at line 3 of pjsip.conf"), doc.warnings());
    }

    @Test
    public void strayEndOfBlockCommentIsAnError() throws Exception {
        // Asterisk would take "a--;b" as the value and silently ignore every later line
        assertError(parseError("[s]\nx = a--;b\ny = 2\n"), "pjsip.conf", 2,
                "'--;' closes a block comment that was never opened (Asterisk would ignore the rest of the file)");
    }

    @Test
    public void directivesInsideBlockCommentsAreIgnored() throws Exception {
        ConfigDocument doc = parse("[s]\n;--\n#include missing.conf\n#exec /bin/true\n--;\nx=1\n");
        assertEquals(List.of("x=1"), pairs(doc.sections().get(0)));
    }
}
