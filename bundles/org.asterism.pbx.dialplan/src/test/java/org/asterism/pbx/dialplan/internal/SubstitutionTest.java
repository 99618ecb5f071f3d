package org.asterism.pbx.dialplan.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.asterism.pbx.api.CallerId;
import org.asterism.pbx.api.DialplanLocation;
import org.junit.After;
import org.junit.Test;

public class SubstitutionTest {

    private final Pbx pbx = new Pbx(Clock.fixed(Instant.ofEpochSecond(1_700_000_123), ZoneOffset.UTC));
    private final FakeChannel channel = new FakeChannel("PJSIP/201-00000007", "default", "5551234", 3);

    @After
    public void close() {
        pbx.close();
    }

    private String sub(String text) {
        return pbx.sub(channel, text);
    }

    @Test
    public void builtInVariablesComeFromTheChannel() {
        assertEquals("5551234@default:3 on PJSIP/201-00000007 (1700000000.1)",
                sub("${EXTEN}@${CONTEXT}:${PRIORITY} on ${CHANNEL} (${UNIQUEID})"));
        assertEquals("0 en 1700000123", sub("${HANGUPCAUSE} ${LANGUAGE} ${EPOCH}"));
    }

    @Test
    public void offsetAndLengthAsAsterisk() {
        channel.variable("X", "123456789");
        assertEquals("23456789", sub("${X:1}"));
        assertEquals("6789", sub("${X:-4}"));
        assertEquals("123", sub("${X:0:3}"));
        assertEquals("345", sub("${X:2:3}"));
        assertEquals("678", sub("${X:-4:3}"));
        assertEquals("2345678", sub("${X:1:-1}"));
        assertEquals("123456", sub("${X:0:-3}"));
        assertEquals("78", sub("${X:-3:-1}"));
        assertEquals("", sub("${X:20}"));
        assertEquals("123456789", sub("${X:-20}"));
        assertEquals("", sub("${X:3:-8}"));
        assertEquals("555", sub("${EXTEN:0:3}"));
    }

    @Test
    public void nestedNamesAreSubstitutedFirst() {
        channel.variable("WHICH", "B");
        channel.variable("B", "bee");
        channel.variable("B2", "bee two");
        assertEquals("bee", sub("${${WHICH}}"));
        assertEquals("bee two", sub("${${WHICH}2}"));
        assertEquals("[bee]", sub("[${${WHICH}}]"));
    }

    @Test
    public void unsetVariablesAreEmptyAndDollarsStay() {
        assertEquals("a  b", sub("a ${NOPE} b"));
        assertEquals("cost: $5 $", sub("cost: $5 $"));
    }

    @Test
    public void channelVariablesBeforeGlobalsAndInheritedNamesReadWithoutTheirMark() {
        pbx.engine.globals().set("G", "global");
        pbx.engine.globals().set("BOTH", "global");
        channel.variable("BOTH", "channel");
        channel.variable("__INHERIT", "yes");
        assertEquals("global channel yes", sub("${G} ${BOTH} ${INHERIT}"));
    }

    @Test
    public void functions() {
        channel.callerId(CallerId.of("Alice", "201"));
        assertEquals("3", sub("${LEN(abc)}"));
        assertEquals("201 Alice \"Alice\" <201>", sub("${CALLERID(num)} ${CALLERID(name)} ${CALLERID(all)}"));
        assertEquals("20", sub("${CALLERID(num):0:2}"));
        assertEquals("yes", sub("${IF($[${CALLERID(num)} = 201]?yes:no)}"));
        assertEquals("no", sub("${IF($[${CALLERID(num)} > 300]?yes:no)}"));
        assertEquals("1 0 0 1", sub("${ISNULL()} ${ISNULL(x)} ${EXISTS()} ${EXISTS(x)}"));
        assertEquals("7", sub("${LEN(${EXTEN})}"));
    }

    @Test
    public void evalSubstitutesTwice() {
        channel.variable("TEMPLATE", "${EXTEN}");
        assertEquals("${EXTEN}", sub("${TEMPLATE}"));
        assertEquals("5551234", sub("${EVAL(${TEMPLATE})}"));
    }

    @Test
    public void unknownFunctionsAreReported() {
        assertEquals("[]", sub("[${NOSUCH(x)}]"));
        assertTrue(pbx.log.lines.contains("ERROR: Function NOSUCH not registered"));
    }

    @Test
    public void expressions() {
        channel.variable("COUNT", "41");
        assertEquals("42", sub("$[${COUNT} + 1]"));
        assertEquals("call 42 now", sub("call $[${COUNT}+1] now"));
        assertEquals("9", sub("$[(1 + 2) * 3]"));
        assertEquals("1", sub("$[$[1 + 1] = 2]"));
        assertEquals("yes", sub("$[${EXTEN} = 5551234 ? yes :: no]"));
    }

    @Test
    public void aMissingBraceIsReported() {
        channel.variable("X", "x");
        assertEquals("x", sub("${X"));
        assertTrue(pbx.log.lines.contains("WARNING: Error in extension logic (missing '}')"));
    }

    @Test
    public void runawayRecursionStops() {
        channel.variable("LOOP", "${EVAL(${LOOP})}");
        sub("${EVAL(${LOOP})}");
        assertTrue(pbx.log.lines.stream().anyMatch(l -> l.startsWith("ERROR: Exceeded maximum variable substitution")));
    }

    @Test
    public void withoutAChannelOnlyGlobals() {
        pbx.engine.globals().set("TRUNK", "PJSIP/trunk");
        assertEquals("PJSIP/trunk/100 ", pbx.engine.substitute(null, "${TRUNK}/100 ${EXTEN}"));
    }

    @Test
    public void theRunningPriorityIsWhatExtenAndPriorityGive() {
        channel.jump(new DialplanLocation("other", "600", 9));
        assertEquals("600@other:9", sub("${EXTEN}@${CONTEXT}:${PRIORITY}"));
    }
}
