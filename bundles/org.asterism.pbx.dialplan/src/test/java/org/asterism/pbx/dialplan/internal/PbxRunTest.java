package org.asterism.pbx.dialplan.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.asterism.pbx.api.DialplanLocation;
import org.asterism.pbx.api.HangupCause;
import org.asterism.pbx.api.dialplan.DialplanApplication.Result;
import org.junit.After;
import org.junit.Test;

public class PbxRunTest {

    private final Pbx pbx = new Pbx();

    @After
    public void close() {
        pbx.close();
    }

    /** Waits (5 s at most) for a condition another thread makes true. */
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
    public void runsEachPriorityAndLogsAsteriskExecutingLines() {
        pbx.load(new TestDialplan().context("default")
                .exten("100", 1, "Answer()")
                .exten("100", 2, "NoOp(Call from ${CALLERID(num)} to ${EXTEN})")
                .exten("100", 3, "Hangup()"));
        FakeChannel channel = FakeChannel.at("default", "100").from("201");
        pbx.run(channel);
        assertEquals(List.of(
                "Executing [100@default:1] Answer(\"PJSIP/201-00000001\", \"\") in new stack",
                "Executing [100@default:2] NoOp(\"PJSIP/201-00000001\", \"Call from 201 to 100\") in new stack",
                "Executing [100@default:3] Hangup(\"PJSIP/201-00000001\", \"\") in new stack"), pbx.log.executed());
        assertTrue(pbx.log.lines.contains(
                "VERBOSE:   == Spawn extension (default, 100, 3) exited non-zero on 'PJSIP/201-00000001'"));
        assertEquals(List.of("answer", "hangup NORMAL_CLEARING"), channel.events);
        assertEquals("", channel.application()); // nothing runs any more
    }

    @Test
    public void theChannelShowsTheRunningApplicationAndWhereItIs() {
        CompletableFuture<Result> held = new CompletableFuture<>();
        pbx.app("Hold", (c, data) -> held).load(new TestDialplan().context("default").exten("100", 4, "Hold(${EXTEN}x)"));
        FakeChannel channel = new FakeChannel("PJSIP/201-00000001", "default", "100", 4);
        CompletionStage<Void> done = pbx.engine.run(channel);
        try {
            waitFor(() -> channel.application().equals("Hold"));
            assertEquals("100x", channel.applicationData());
            assertEquals(new DialplanLocation("default", "100", 4), channel.location());
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        } finally {
            held.complete(Result.HANGUP);
        }
        Pbx.await(done);
    }

    @Test
    public void autoFallthroughHangsUpWithAsterisksMessage() {
        pbx.load(new TestDialplan().context("default").exten("100", 1, "NoOp()"));
        FakeChannel channel = FakeChannel.at("default", "100");
        pbx.run(channel);
        assertTrue(pbx.log.lines.contains(
                "VERBOSE:     -- Auto fallthrough, channel 'PJSIP/201-00000001' status is 'UNKNOWN'"));
        assertEquals(List.of("hangup NORMAL_CLEARING"), channel.events);
    }

    @Test
    public void autoFallthroughAfterABusyDialSignalsBusyUntilTheCallerHangsUp() throws Exception {
        pbx.load(new TestDialplan().context("default").exten("100", 1, "Set(DIALSTATUS=BUSY)"));
        FakeChannel channel = FakeChannel.at("default", "100");
        CompletionStage<Void> done = pbx.engine.run(channel);
        waitFor(() -> channel.events.contains("indicate BUSY"));
        assertFalse(done.toCompletableFuture().isDone()); // it waits up to 10 s, as Asterisk does
        channel.farEndHangsUp(HangupCause.NORMAL_CLEARING);
        Pbx.await(done);
        assertTrue(pbx.log.lines.contains(
                "VERBOSE:     -- Auto fallthrough, channel 'PJSIP/201-00000001' status is 'BUSY'"));
    }

    @Test
    public void gotoLabelsAndGotoIfBranches() {
        pbx.load(new TestDialplan()
                .context("default")
                .exten("100", 1, "GotoIf($[${CALLERID(num)} = 201]?internal:external)")
                .label("100", 2, "internal", "Goto(menu,s,start)")
                .label("100", 3, "external", "Hangup(21)")
                .context("menu")
                .exten("s", 1, "NoOp(never)")
                .label("s", 2, "start", "GotoIf(0?never)")
                .exten("s", 3, "Goto(+2)")
                .exten("s", 4, "NoOp(skipped)")
                .exten("s", 5, "Goto(600,1)")
                .exten("600", 1, "Hangup()"));
        FakeChannel internal = FakeChannel.at("default", "100").from("201");
        pbx.run(internal);
        assertEquals(List.of(
                "Executing [100@default:1] GotoIf(\"PJSIP/201-00000001\", \"1?internal:external\") in new stack",
                "Executing [100@default:2] Goto(\"PJSIP/201-00000001\", \"menu,s,start\") in new stack",
                "Executing [s@menu:2] GotoIf(\"PJSIP/201-00000001\", \"0?never\") in new stack",
                "Executing [s@menu:3] Goto(\"PJSIP/201-00000001\", \"+2\") in new stack",
                "Executing [s@menu:5] Goto(\"PJSIP/201-00000001\", \"600,1\") in new stack",
                "Executing [600@menu:1] Hangup(\"PJSIP/201-00000001\", \"\") in new stack"), pbx.log.executed());
        assertTrue(pbx.log.lines.contains("VERBOSE:     -- Goto (menu,s,2)"));

        pbx.log.lines.clear();
        FakeChannel external = FakeChannel.at("default", "100").from("5551234");
        pbx.run(external);
        assertEquals(List.of("hangup CALL_REJECTED"), external.events);
    }

    @Test
    public void aGotoToAMissingLabelEndsTheCall() {
        pbx.load(new TestDialplan().context("default").exten("100", 1, "Goto(nowhere)").exten("100", 2, "NoOp()"));
        FakeChannel channel = FakeChannel.at("default", "100");
        pbx.run(channel);
        assertTrue(pbx.log.lines.contains("WARNING: Priority 'nowhere' must be a number > 0, or valid label"));
        assertEquals(1, pbx.log.executed().size());
        assertEquals(List.of("hangup NORMAL_CLEARING"), channel.events);
    }

    @Test
    public void aJumpByAnotherApplicationIsFollowed() {
        pbx.app("Transfer", (c, data) -> {
            c.jump(new DialplanLocation("default", "200", 1)); // as Dial's continue options do
            return Pbx.proceed();
        }).load(new TestDialplan().context("default")
                .exten("100", 1, "Transfer()").exten("100", 2, "NoOp(not here)")
                .exten("200", 1, "Hangup()"));
        pbx.run(FakeChannel.at("default", "100"));
        assertEquals("Executing [200@default:1] Hangup(\"PJSIP/201-00000001\", \"\") in new stack", pbx.log.executed().get(1));
    }

    @Test
    public void theHangupExtensionRunsAfterTheCallerHangsUp() throws Exception {
        pbx.load(new TestDialplan().context("default")
                .exten("100", 1, "Answer()")
                .exten("100", 2, "Wait(1000)")
                .exten("100", 3, "NoOp(not reached)")
                .exten("h", 1, "NoOp(cause ${HANGUPCAUSE} on ${EXTEN})")
                .exten("h", 2, "Verbose(1,bye)"));
        FakeChannel channel = FakeChannel.at("default", "100");
        CompletionStage<Void> done = pbx.engine.run(channel);
        waitFor(() -> pbx.log.executed().size() == 2);
        channel.farEndHangsUp(HangupCause.USER_BUSY);
        Pbx.await(done);
        List<String> executed = pbx.log.executed();
        assertEquals("Executing [h@default:1] NoOp(\"PJSIP/201-00000001\", \"cause 17 on h\") in new stack", executed.get(2));
        assertEquals(4, executed.size());
        assertTrue(pbx.log.lines.contains("VERBOSE:  bye"));
        assertFalse(channel.hungUpLocally());
    }

    @Test
    public void theHangupExtensionAlsoRunsAfterHangupAndSeesTheCause() {
        pbx.load(new TestDialplan().context("default")
                .exten("100", 1, "Hangup(USER_BUSY)")
                .exten("h", 1, "Set(SEEN=${HANGUPCAUSE})"));
        FakeChannel channel = FakeChannel.at("default", "100");
        pbx.run(channel);
        assertEquals(List.of("hangup USER_BUSY"), channel.events);
        assertEquals("17", channel.variable("SEEN").orElse(""));
    }

    @Test
    public void anInvalidExtensionGoesToI() {
        pbx.load(new TestDialplan().context("default").exten("i", 1, "Hangup(${INVALID_EXTEN})"));
        FakeChannel channel = FakeChannel.at("default", "1");
        pbx.run(channel);
        assertTrue(pbx.log.lines.contains("VERBOSE:     -- Channel 'PJSIP/201-00000001' sent to invalid extension: "
                + "context,exten,priority=default,1,1"));
        assertEquals(List.of("hangup UNALLOCATED"), channel.events);
    }

    @Test
    public void anInvalidExtensionWithoutIIsReported() {
        pbx.load(new TestDialplan().context("default").exten("100", 1, "NoOp()"));
        FakeChannel channel = FakeChannel.at("default", "999");
        pbx.run(channel);
        assertTrue(pbx.log.lines.contains("WARNING: Channel 'PJSIP/201-00000001' sent to invalid extension but no "
                + "invalid handler: context,exten,priority=default,999,1"));
        assertEquals(List.of("hangup NORMAL_CLEARING"), channel.events);
    }

    @Test
    public void anEmptyExtensionStartsAtS() {
        pbx.load(new TestDialplan().context("default").exten("s", 1, "Hangup()"));
        pbx.run(new FakeChannel("PJSIP/201-00000001", "default", "", 1));
        assertTrue(pbx.log.lines.contains("VERBOSE:   == Starting PJSIP/201-00000001 at default,,1 failed so falling back to exten 's'"));
        assertEquals("Executing [s@default:1] Hangup(\"PJSIP/201-00000001\", \"\") in new stack", pbx.log.executed().get(0));
    }

    @Test
    public void anUnknownApplicationEndsTheCall() {
        pbx.load(new TestDialplan().context("default").exten("100", 1, "NoOp()").exten("100", 2, "Bogus(1)")
                .exten("100", 3, "NoOp()"));
        FakeChannel channel = FakeChannel.at("default", "100");
        pbx.run(channel);
        assertTrue(pbx.log.lines.contains("WARNING: No application 'Bogus' for extension (default, 100, 2)"));
        assertEquals(1, pbx.log.executed().size());
        assertEquals(List.of("hangup NORMAL_CLEARING"), channel.events);
    }

    @Test
    public void applicationNamesAreCaseInsensitive() {
        pbx.load(new TestDialplan().context("default").exten("100", 1, "hangup(17)"));
        FakeChannel channel = FakeChannel.at("default", "100");
        pbx.run(channel);
        assertEquals("Executing [100@default:1] Hangup(\"PJSIP/201-00000001\", \"17\") in new stack", pbx.log.executed().get(0));
    }

    @Test
    public void anApplicationThatThrowsOrFailsIsLoggedAndHangsUp() {
        pbx.app("Boom", (c, data) -> {
            throw new IllegalStateException("boom");
        }).app("Fail", (c, data) -> CompletableFuture.failedFuture(new IllegalArgumentException("no media")));
        pbx.load(new TestDialplan().context("default").exten("100", 1, "Boom()").exten("200", 1, "Fail()"));
        FakeChannel first = FakeChannel.at("default", "100");
        pbx.run(first);
        assertTrue(pbx.log.lines.contains(
                "ERROR: Application Boom failed on channel 'PJSIP/201-00000001': java.lang.IllegalStateException: boom"));
        assertEquals(List.of("hangup NORMAL_CLEARING"), first.events);
        FakeChannel second = FakeChannel.at("default", "200");
        pbx.run(second);
        assertTrue(pbx.log.lines.contains(
                "ERROR: Application Fail failed on channel 'PJSIP/201-00000001': java.lang.IllegalArgumentException: no media"));
        assertEquals(List.of("hangup NORMAL_CLEARING"), second.events);
    }

    @Test
    public void tenThousandSynchronousApplicationsDoNotGrowTheStack() {
        pbx.load(new TestDialplan().context("default")
                .exten("100", 1, "Set(I=0)")
                .label("100", 2, "loop", "Set(I=$[${I} + 1])")
                .exten("100", 3, "GotoIf($[${I} < 10000]?loop)")
                .exten("100", 4, "Hangup()"));
        FakeChannel channel = FakeChannel.at("default", "100");
        pbx.run(channel);
        assertEquals("10000", channel.variable("I").orElse(""));
        assertEquals(20_002, pbx.log.executed().size());
    }

    @Test
    public void applicationsThatCompleteLaterResumeTheLoop() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        CompletableFuture<Result> later = new CompletableFuture<>();
        pbx.app("Later", (c, data) -> {
            calls.incrementAndGet();
            return later;
        }).load(new TestDialplan().context("default").exten("100", 1, "Later()").exten("100", 2, "Hangup(16)"));
        FakeChannel channel = FakeChannel.at("default", "100");
        CompletionStage<Void> done = pbx.engine.run(channel);
        waitFor(() -> calls.get() == 1);
        assertFalse(done.toCompletableFuture().isDone());
        new Thread(() -> later.complete(Result.CONTINUE)).start();
        Pbx.await(done);
        assertEquals(2, pbx.log.executed().size());
    }

    @Test
    public void answerWaitsForTheFarEnd() throws Exception {
        pbx.load(new TestDialplan().context("default").exten("100", 1, "Answer()").exten("100", 2, "Hangup()"));
        FakeChannel channel = FakeChannel.at("default", "100");
        channel.pendingAnswer = new CompletableFuture<>();
        CompletionStage<Void> done = pbx.engine.run(channel);
        waitFor(() -> channel.events.contains("answer"));
        assertEquals(1, pbx.log.executed().size());
        channel.pendingAnswer.complete(null);
        Pbx.await(done);
        assertEquals(2, pbx.log.executed().size());
    }

    @Test
    public void stoppingTheEngineHangsUpItsCalls() throws Exception {
        pbx.load(new TestDialplan().context("default").exten("100", 1, "Wait(1000)"));
        FakeChannel channel = FakeChannel.at("default", "100");
        CompletionStage<Void> done = pbx.engine.run(channel);
        waitFor(() -> pbx.log.executed().size() == 1);
        pbx.close();
        Pbx.await(done);
        assertEquals(List.of("hangup NORMAL_CLEARING"), channel.events);
    }
}
