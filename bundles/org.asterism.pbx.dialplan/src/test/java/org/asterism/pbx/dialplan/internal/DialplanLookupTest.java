package org.asterism.pbx.dialplan.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

import org.asterism.pbx.dialplan.internal.plan.CompiledPriority;
import org.junit.After;
import org.junit.Test;

public class DialplanLookupTest {

    private Pbx pbx = new Pbx();

    @After
    public void close() {
        pbx.close();
    }

    private String runs(String context, String exten, int priority, String caller) {
        CompiledPriority found = pbx.engine.dialplan().find(context, exten, priority, caller);
        return found == null ? null : found.application() + "(" + found.data() + ")";
    }

    private String runs(String context, String exten) {
        return runs(context, exten, 1, null);
    }

    @Test
    public void theMostSpecificMatchWins() {
        pbx.load(new TestDialplan().context("default")
                .exten("_X.", 1, "NoOp(any)")
                .exten("_NXX", 1, "NoOp(nxx)")
                .exten("_2XX", 1, "NoOp(2xx)")
                .exten("201", 1, "NoOp(literal)")
                .exten("_[1-5]", 1, "NoOp(one to five)"));
        assertEquals("NoOp(literal)", runs("default", "201"));
        assertEquals("NoOp(2xx)", runs("default", "202"));
        assertEquals("NoOp(nxx)", runs("default", "555"));
        assertEquals("NoOp(any)", runs("default", "5551234"));
        assertEquals("NoOp(any)", runs("default", "12"));
        assertEquals("NoOp(one to five)", runs("default", "3"));
        assertNull(runs("default", "7")); // "_X." needs a digit and then one or more characters
        assertNull(runs("default", "*"));
    }

    @Test
    public void aMatchWithoutThePriorityFallsToTheNextMatchingExtension() {
        pbx.load(new TestDialplan().context("default")
                .exten("_NXX", 1, "NoOp(nxx)")
                .exten("_X.", 1, "NoOp(any 1)")
                .exten("_X.", 2, "NoOp(any 2)"));
        assertEquals("NoOp(nxx)", runs("default", "555", 1, null));
        assertEquals("NoOp(any 2)", runs("default", "555", 2, null));
    }

    @Test
    public void bangMatchesEarly() {
        pbx.load(new TestDialplan().context("default").exten("_9!", 1, "NoOp(bang)").exten("_91", 1, "NoOp(91)")
                .context("early").exten("_9!", 1, "NoOp(bang)"));
        assertEquals("NoOp(bang)", runs("default", "9"));
        assertEquals("NoOp(91)", runs("default", "91"));
        assertEquals("NoOp(bang)", runs("default", "912345"));
        assertTrue(pbx.engine.canMatchMore("default", "9", null)); // _91 sorts before _9! and wants one more digit
        assertFalse(pbx.engine.canMatchMore("early", "9", null)); // "!" alone says: stop collecting digits
    }

    @Test
    public void callerIdLimitedExtensionsServeOnlyTheirCallers() {
        pbx.load(new TestDialplan().context("default")
                .exten("100", 1, "NoOp(everyone)")
                .exten("100/_2XX", 1, "NoOp(internal)")
                .exten("100/5551234", 1, "NoOp(boss)"));
        assertEquals("NoOp(internal)", runs("default", "100", 1, "201"));
        assertEquals("NoOp(boss)", runs("default", "100", 1, "5551234"));
        assertEquals("NoOp(everyone)", runs("default", "100", 1, "3000"));
        assertEquals("NoOp(everyone)", runs("default", "100", 1, null)); // no caller ID: only the unlimited one
    }

    @Test
    public void includesAreSearchedDepthFirstInOrderAfterTheContextItself() {
        pbx.load(new TestDialplan()
                .context("default").exten("100", 1, "NoOp(own)").include("a").include("b")
                .context("a").exten("200", 1, "NoOp(a)").include("a1")
                .context("a1").exten("300", 1, "NoOp(a1)").exten("_X.", 1, "NoOp(a1 any)")
                .context("b").exten("300", 1, "NoOp(b)").exten("_1XX", 1, "NoOp(b pattern)"));
        assertEquals("NoOp(own)", runs("default", "100"));
        assertEquals("NoOp(a)", runs("default", "200"));
        assertEquals("NoOp(a1)", runs("default", "300")); // a's include a1 comes before b
        assertEquals("NoOp(a1 any)", runs("default", "101")); // a1's pattern before b's
        assertTrue(pbx.engine.exists("default", "300", 1, ""));
        assertFalse(pbx.engine.exists("b", "200", 1, ""));
    }

    @Test
    public void includeLoopsEnd() {
        pbx.load(new TestDialplan()
                .context("a").exten("1", 1, "NoOp(a)").include("b")
                .context("b").exten("2", 1, "NoOp(b)").include("a").include("c")
                .context("c").exten("3", 1, "NoOp(c)").include("c"));
        assertEquals("NoOp(c)", runs("a", "3"));
        assertEquals("NoOp(a)", runs("b", "1"));
        assertNull(runs("c", "1")); // c only includes itself
        assertNull(runs("a", "4"));
    }

    @Test
    public void includesOfMissingContextsAreReportedAndSkipped() {
        pbx.load(new TestDialplan().context("default").include("nowhere").include("there").context("there")
                .exten("1", 1, "NoOp(there)"));
        assertEquals("NoOp(there)", runs("default", "1"));
        assertTrue(pbx.log.lines.contains("WARNING: Context 'default' tries to include nonexistent context 'nowhere'"));
    }

    @Test
    public void timedIncludesApplyOnlyInTheirTime() {
        pbx.close();
        // a Saturday at noon, UTC
        pbx = new Pbx(Clock.fixed(Instant.parse("2024-03-16T12:00:00Z"), ZoneOffset.UTC));
        pbx.load(new TestDialplan()
                .context("default").include("office,09:00-17:00,mon-fri,*,*,UTC").include("closed")
                .context("office").exten("0", 1, "NoOp(operator)")
                .context("closed").exten("0", 1, "NoOp(voicemail)"));
        assertEquals("NoOp(voicemail)", runs("default", "0"));
    }

    @Test
    public void labelsAreFoundThroughIncludes() {
        pbx.load(new TestDialplan().context("default").include("sub").context("sub")
                .label("100", 5, "start", "NoOp(x)"));
        assertEquals(5, pbx.engine.dialplan().findLabel("default", "100", "start", null).priority());
        assertNull(pbx.engine.dialplan().findLabel("default", "100", "nope", null));
    }

    @Test
    public void hintsFollowPatternsAndIncludes() {
        pbx.load(new TestDialplan().context("default").hint("201", "PJSIP/201").include("more")
                .context("more").hint("_3XX", "PJSIP/${EXTEN}"));
        assertEquals(Optional.of("PJSIP/201"), pbx.engine.hint("default", "201"));
        assertEquals(Optional.of("PJSIP/${EXTEN}"), pbx.engine.hint("default", "301"));
        assertEquals(Optional.empty(), pbx.engine.hint("default", "202"));
    }

    @Test
    public void canMatchMoreForOverlapDialling() {
        pbx.load(new TestDialplan().context("default").exten("_9NXXXXXX", 1, "NoOp()").exten("1000", 1, "NoOp()"));
        assertTrue(pbx.engine.canMatchMore("default", "95", null));
        assertTrue(pbx.engine.canMatchMore("default", "10", null));
        assertFalse(pbx.engine.canMatchMore("default", "1000", null));
        assertFalse(pbx.engine.canMatchMore("default", "8", null));
        assertTrue(pbx.engine.hasContext("default"));
        assertFalse(pbx.engine.hasContext("Default")); // context names are case-sensitive
    }

    @Test
    public void contextsOfTwoSourcesMergeEarlierSourceFirst() {
        pbx.load(new TestDialplan("pbx_config").context("default").exten("100", 1, "NoOp(first)"));
        pbx.load(new TestDialplan("pbx_groovy").context("default").exten("100", 1, "NoOp(second)")
                .exten("100", 2, "NoOp(second 2)"));
        assertEquals("NoOp(first)", runs("default", "100", 1, null));
        assertEquals("NoOp(second 2)", runs("default", "100", 2, null));
        assertTrue(pbx.log.lines.contains("WARNING: Unable to register extension '100' priority 1 in 'default', already in use"));
        assertEquals("pbx_config", pbx.engine.dialplan().context("default").orElseThrow().registrar());
    }

    @Test
    public void reloadingASourceSwapsTheWholeDialplan() {
        TestDialplan source = new TestDialplan().context("default").exten("100", 1, "NoOp(old)");
        pbx.engine.addSource(source, Map.of("service.id", 9L, "dialplan.generation", 1L));
        var before = pbx.engine.dialplan();
        source.context("default").exten("101", 1, "NoOp(new)");
        pbx.engine.updatedSource(source, Map.of("service.id", 9L, "dialplan.generation", 2L));
        assertEquals("NoOp(new)", runs("default", "101"));
        assertNull(before.find("default", "101", 1, null)); // a snapshot already taken never changes
        pbx.engine.removeSource(source, Map.of("service.id", 9L, "dialplan.generation", 2L));
        assertFalse(pbx.engine.hasContext("default"));
    }

    @Test
    public void globalsAreSetAndUsedInExtensionNames() {
        pbx.load(new TestDialplan().global("PREFIX", "9").global("TRUNK", "PJSIP/trunk-${PREFIX}")
                .context("default").exten("_${PREFIX}.", 1, "Dial(${TRUNK})"));
        assertEquals(Optional.of("PJSIP/trunk-9"), pbx.engine.globals().get("TRUNK"));
        assertEquals("Dial(${TRUNK})", runs("default", "955"));
        assertTrue(pbx.log.lines.contains("VERBOSE:   == Setting global variable 'TRUNK' to 'PJSIP/trunk-9'"));
    }
}
