package org.asterism.pbx.dialplan.internal.app;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

import org.asterism.pbx.api.CallerId;
import org.asterism.pbx.api.ChannelState;
import org.asterism.pbx.api.HangupCause;
import org.asterism.pbx.dialplan.internal.FakeChannel;
import org.asterism.pbx.dialplan.internal.Pbx;
import org.asterism.pbx.dialplan.internal.TestDialplan;
import org.junit.After;
import org.junit.Test;

public class BuiltinApplicationsTest {

    private final Pbx pbx = new Pbx();

    @After
    public void close() {
        pbx.close();
    }

    /** Runs the priorities given for extension 100 and returns the channel. */
    private FakeChannel run(String... apps) {
        TestDialplan plan = new TestDialplan().context("default");
        for (int i = 0; i < apps.length; i++) {
            plan.exten("100", i + 1, apps[i]);
        }
        pbx.load(plan);
        FakeChannel channel = FakeChannel.at("default", "100").from("201");
        pbx.run(channel);
        return channel;
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 5 s");
            }
            Thread.sleep(5);
        }
    }

    @Test
    public void progressIndications() {
        FakeChannel channel = run("Ringing()", "Progress()", "Proceeding()", "Answer()", "Answer()", "Hangup()");
        assertEquals(List.of("indicate RINGING", "indicate PROGRESS", "indicate PROCEEDING", "answer",
                "hangup NORMAL_CLEARING"), channel.events); // answering an answered channel does nothing
    }

    @Test
    public void hangupCauses() {
        assertEquals(Optional.of(HangupCause.USER_BUSY), Hangup.parse("17"));
        assertEquals(Optional.of(HangupCause.USER_BUSY), Hangup.parse("user_busy"));
        assertEquals(Optional.empty(), Hangup.parse("0"));
        assertEquals(Optional.empty(), Hangup.parse("sometimes"));
        FakeChannel channel = run("Hangup(sometimes)");
        assertTrue(pbx.log.lines.contains("WARNING: Invalid cause given to Hangup(): \"sometimes\""));
        assertEquals(List.of("hangup NORMAL_CLEARING"), channel.events);
    }

    @Test
    public void busyBeforeAnswerSetsTheCauseAndEndsTheCall() {
        FakeChannel channel = run("Busy(0)", "NoOp(never)");
        assertEquals(List.of("indicate BUSY", "hangup USER_BUSY"), channel.events);
        assertEquals(1, pbx.log.executed().size());
    }

    @Test
    public void congestionAfterAnswerKeepsNormalClearing() {
        FakeChannel channel = run("Answer()", "Congestion(0.01)");
        assertEquals(List.of("answer", "indicate CONGESTION", "hangup NORMAL_CLEARING"), channel.events);
    }

    @Test
    public void busyWithoutTimeoutWaitsForTheCallerToHangUp() throws Exception {
        pbx.load(new TestDialplan().context("default").exten("100", 1, "Busy()"));
        FakeChannel channel = FakeChannel.at("default", "100");
        CompletionStage<Void> done = pbx.engine.run(channel);
        waitFor(() -> channel.events.contains("indicate BUSY"));
        channel.farEndHangsUp(HangupCause.NORMAL_CLEARING);
        Pbx.await(done);
        assertEquals(List.of("indicate BUSY", "remote hangup NORMAL_CLEARING"), channel.events);
    }

    @Test
    public void waitTakesFractionsAndUnits() {
        assertEquals(OptionalLong.of(1500), Wait.parseTimelen("1.5"));
        assertEquals(OptionalLong.of(250), Wait.parseTimelen("250ms"));
        assertEquals(OptionalLong.of(120_000), Wait.parseTimelen("2m"));
        assertEquals(OptionalLong.empty(), Wait.parseTimelen("soon"));
        FakeChannel channel = run("Wait(0.02)", "Wait(soon)", "Set(AFTER=yes)");
        assertEquals("yes", channel.variable("AFTER").orElse(""));
    }

    @Test
    public void waitEndsWhenTheCallerHangsUp() throws Exception {
        pbx.load(new TestDialplan().context("default").exten("100", 1, "Answer()").exten("100", 2, "Wait(3600)")
                .exten("100", 3, "Set(REACHED=1)"));
        FakeChannel channel = FakeChannel.at("default", "100");
        channel.state(ChannelState.UP);
        CompletionStage<Void> done = pbx.engine.run(channel);
        waitFor(() -> pbx.log.executed().size() == 2);
        channel.farEndHangsUp(HangupCause.NORMAL_CLEARING);
        Pbx.await(done);
        assertEquals(Optional.empty(), channel.variable("REACHED"));
    }

    @Test
    public void setVariablesAndFunctions() {
        FakeChannel channel = run("Set(A=1,2,3)", "Set(_INHERITED=x)", "Set(INHERITED=y)", "Set(EMPTY=)",
                "Set(CALLERID(num)=5551234)", "Set(CALLERID(name)=Bob)", "Set(GLOBAL(G)=global value)",
                "Set(B=${SET(C=7)}${GLOBAL(G)})", "Set(NOEQUALS)", "Set(BAD NAME=z)", "Set(NOSUCH(x)=1)",
                "Set(LEN(x)=1)");
        assertEquals("1,2,3", channel.variable("A").orElse(""));
        assertEquals(Optional.empty(), channel.variable("_INHERITED")); // replaced by the unmarked one
        assertEquals("y", channel.variable("INHERITED").orElse(""));
        assertEquals("", channel.variable("EMPTY").orElse("unset"));
        assertEquals(CallerId.of("Bob", "5551234"), channel.callerId());
        assertEquals("7global value", channel.variable("B").orElse(""));
        assertEquals("7", channel.variable("C").orElse(""));
        assertEquals(Optional.of("global value"), pbx.engine.globals().get("G"));
        assertTrue(pbx.log.lines.contains("WARNING: Set requires an '=' to be a valid assignment."));
        assertTrue(pbx.log.lines.contains("WARNING: Please avoid unnecessary spaces on variables as it may lead to "
                + "unexpected results ('BAD NAME' set to 'z')."));
        assertTrue(pbx.log.lines.contains("ERROR: Function NOSUCH not registered"));
        assertTrue(pbx.log.lines.contains("ERROR: Function LEN cannot be written to"));
    }

    @Test
    public void callerIdAllReadsAndWritesNameAndNumber() {
        FakeChannel channel = run("Set(CALLERID(all)=\"Carol \\\"C\\\"\" <555-0100>)", "Set(X=${CALLERID(all)})",
                "Set(CALLERID(all)=6001)", "Set(Y=${CALLERID(all)})", "Set(Z=${CALLERID(bogus)})");
        assertEquals("\"Carol \\\"C\\\"\" <5550100>", channel.variable("X").orElse(""));
        assertEquals("6001", channel.variable("Y").orElse(""));
        assertTrue(pbx.log.lines.contains("ERROR: Unknown callerid data type 'bogus'."));
    }

    @Test
    public void verboseAndLog() {
        run("Verbose(hello)", "Verbose(3,three)", "Verbose(9,capped)", "Verbose(x,odd)", "Log(WARNING,careful, now)",
                "Log(NOTICE,fyi)", "Log(LOUD,what)");
        assertTrue(pbx.log.lines.contains("VERBOSE: hello"));
        assertTrue(pbx.log.lines.contains("VERBOSE:     -- three"));
        assertTrue(pbx.log.lines.contains("VERBOSE:        > capped"));
        assertTrue(pbx.log.lines.contains("WARNING: 'x' is not a verboser number"));
        assertTrue(pbx.log.lines.contains("WARNING: Ext. 100:5 @ default: careful, now"));
        assertTrue(pbx.log.lines.contains("NOTICE: Ext. 100:6 @ default: fyi"));
        assertTrue(pbx.log.lines.contains("ERROR: Unknown log level: 'LOUD'"));
    }

    @Test
    public void gotoIfConditionsAsAsterisk() {
        FakeChannel channel = run("GotoIf(abc?5)", "Set(R=wrong)", "Hangup()", "Hangup()", "GotoIf( 0 ?9:7)",
                "Hangup()", "GotoIf(?8:10)", "Hangup()", "Hangup()", "Set(R=right)");
        assertEquals("right", channel.variable("R").orElse(""));
    }
}
