package org.asterism.app.dial.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.asterism.media.api.ControlFrame;
import org.asterism.media.api.ControlFrame.Control;
import org.asterism.media.api.DtmfFrame;
import org.asterism.pbx.api.CallerId;
import org.asterism.pbx.api.ChannelState;
import org.asterism.pbx.api.HangupCause;
import org.asterism.pbx.api.dialplan.DialplanApplication.Result;
import org.junit.Test;

public class DialApplicationTest {

    private final FakeChannels channels = new FakeChannels();
    private final FakeBridges bridges = new FakeBridges();
    private final ManualScheduler timer = new ManualScheduler();
    private final DialApplication dial = new DialApplication(channels, bridges, timer, false);
    private final TestChannel caller = new TestChannel("PJSIP/201-00000001", ChannelState.RING);

    private CompletableFuture<Result> dial(String data) {
        return dial.execute(caller, data).toCompletableFuture();
    }

    private static void control(TestChannel channel, Control control) {
        channel.queue(ControlFrame.of(control));
    }

    private Optional<String> var(String name) {
        return caller.variable(name);
    }

    @Test
    public void theFirstToAnswerWinsAndTheOthersAreHungUpAsAnsweredElsewhere() throws Exception {
        caller.callerId = CallerId.of("Alice", "201");
        caller.variable("_ACCOUNT", "sales");
        CompletableFuture<Result> done = dial("PJSIP/202&PJSIP/203,30");
        TestChannel b = channels.get("202");
        TestChannel c = channels.get("203");
        assertEquals(1, b.calls.get());
        assertEquals(1, c.calls.get());
        assertEquals(CallerId.of("Alice", "201"), b.callerId);
        assertEquals("AppDial", b.application);
        assertEquals(Optional.of("202"), b.variable("DIALEDPEERNUMBER"));
        assertEquals(Optional.of("sales"), b.variable("ACCOUNT"));

        control(b, Control.RINGING);
        control(c, Control.RINGING);
        assertEquals(List.of(Control.RINGING), caller.indications); // ringing told once
        assertTrue(var("RINGTIME").isPresent());

        control(c, Control.ANSWER);

        assertEquals(HangupCause.ANSWERED_ELSEWHERE, b.hangupCause());
        assertFalse(c.isHungUp());
        assertEquals(1, caller.answers.get());
        assertEquals(List.of(List.of(caller, c)), bridges.bridged);
        assertEquals(Optional.of("ANSWER"), var("DIALSTATUS"));
        assertEquals(Optional.of(c.name()), var("DIALEDPEERNAME"));
        assertEquals(Optional.of("203"), var("DIALEDPEERNUMBER"));
        assertEquals("100", caller.connectedLine.number());
        assertFalse(done.isDone());
        assertEquals(0, timer.pending()); // the answer timeout was cancelled

        c.remoteHangup(HangupCause.NORMAL_CLEARING);

        assertEquals(Result.HANGUP, done.get(5, TimeUnit.SECONDS));
        assertTrue(var("ANSWEREDTIME").isPresent());
        assertTrue(var("DIALEDTIME_MS").isPresent());
        assertFalse(caller.isHungUp()); // the dialplan hangs it up, not Dial
    }

    @Test
    public void withGTheDialplanGoesOnWhenTheCalleeHangsUpButNotWhenTheCallerDoes() throws Exception {
        CompletableFuture<Result> done = dial("PJSIP/202,,g");
        TestChannel b = channels.get("202");
        control(b, Control.ANSWER);
        b.remoteHangup(HangupCause.NORMAL_CLEARING);
        assertEquals(Result.CONTINUE, done.get(5, TimeUnit.SECONDS));

        TestChannel other = new TestChannel("PJSIP/204-00000009", ChannelState.UP);
        CompletableFuture<Result> second = dial.execute(other, "PJSIP/205,,g").toCompletableFuture();
        TestChannel e = channels.get("205");
        control(e, Control.ANSWER);
        assertEquals(0, other.answers.get()); // already up: not answered again
        other.remoteHangup(HangupCause.NORMAL_CLEARING);
        assertEquals(Result.HANGUP, second.get(5, TimeUnit.SECONDS));
        assertEquals(HangupCause.NORMAL_CLEARING, e.hangupCause()); // left up by the bridge, hung up by Dial
    }

    @Test
    public void busyEverywhereIsBusy() throws Exception {
        CompletableFuture<Result> done = dial("PJSIP/202&PJSIP/203");
        TestChannel b = channels.get("202");
        TestChannel c = channels.get("203");

        control(b, Control.BUSY);
        assertFalse(done.isDone());
        c.remoteHangup(HangupCause.NORMAL_CIRCUIT_CONGESTION);

        assertEquals(Result.CONTINUE, done.get(5, TimeUnit.SECONDS));
        assertEquals(Optional.of("BUSY"), var("DIALSTATUS"));
        assertEquals(HangupCause.USER_BUSY, b.hangupCause());
        assertTrue(bridges.bridged.isEmpty());
    }

    @Test
    public void congestionAndUnavailableAreToldApart() throws Exception {
        CompletableFuture<Result> congested = dial("PJSIP/202&PJSIP/nobody");
        control(channels.get("202"), Control.CONGESTION);
        assertEquals(Result.CONTINUE, congested.get(5, TimeUnit.SECONDS));
        assertEquals(Optional.of("CONGESTION"), var("DIALSTATUS"));

        assertEquals(Result.CONTINUE, dial("PJSIP/nobody&IAX2/202").get(5, TimeUnit.SECONDS));
        assertEquals(Optional.of("CHANUNAVAIL"), var("DIALSTATUS"));

        assertEquals(Result.CONTINUE, dial("PJSIP/busy").get(5, TimeUnit.SECONDS));
        assertEquals(Optional.of("BUSY"), var("DIALSTATUS"));
    }

    @Test
    public void aCalleeDecliningNormallyLeavesNoAnswer() throws Exception {
        CompletableFuture<Result> done = dial("PJSIP/202");
        channels.get("202").remoteHangup(HangupCause.NORMAL_CLEARING);

        assertEquals(Result.CONTINUE, done.get(5, TimeUnit.SECONDS));
        assertEquals(Optional.of("NOANSWER"), var("DIALSTATUS"));
    }

    @Test
    public void nobodyAnsweringInTimeIsNoAnswer() throws Exception {
        CompletableFuture<Result> done = dial("PJSIP/202&PJSIP/203,20");
        control(channels.get("202"), Control.RINGING);
        assertEquals(List.of(TimeUnit.SECONDS.toNanos(20)), timer.delays);

        timer.runNext(0);

        assertEquals(Result.CONTINUE, done.get(5, TimeUnit.SECONDS));
        assertEquals(Optional.of("NOANSWER"), var("DIALSTATUS"));
        assertTrue(channels.get("202").isHungUp());
        assertTrue(channels.get("203").isHungUp());
        control(channels.get("203"), Control.ANSWER); // too late: nothing happens
        assertTrue(bridges.bridged.isEmpty());
    }

    @Test
    public void theCallerHangingUpWhileItRingsCancelsEveryone() throws Exception {
        CompletableFuture<Result> done = dial("PJSIP/202&PJSIP/203,30");
        control(channels.get("202"), Control.RINGING);

        caller.remoteHangup(HangupCause.NORMAL_CLEARING);

        assertEquals(Result.HANGUP, done.get(5, TimeUnit.SECONDS));
        assertEquals(Optional.of("CANCEL"), var("DIALSTATUS"));
        assertTrue(channels.get("202").isHungUp());
        assertTrue(channels.get("203").isHungUp());
        assertEquals(0, timer.pending());
    }

    @Test
    public void ringIndicationWithRAndDigitsPassedWhileRinging() throws Exception {
        CompletableFuture<Result> done = dial("PJSIP/202,,rtTk");
        assertEquals(List.of(Control.RINGING), caller.indications);
        TestChannel b = channels.get("202");

        control(b, Control.RINGING);
        control(b, Control.PROGRESS); // with r the caller keeps hearing ringing
        caller.queue(DtmfFrame.end('1', 100));

        assertEquals(List.of(Control.RINGING), caller.indications);
        assertEquals(List.of(DtmfFrame.end('1', 100)), b.written);
        caller.hangup(HangupCause.NORMAL_CLEARING);
        assertEquals(Result.HANGUP, done.get(5, TimeUnit.SECONDS));
    }

    @Test
    public void aCallerAlreadyGoneIsCancelledAndABadDestinationIsInvalid() throws Exception {
        assertEquals(Result.HANGUP, dial("PJSIP202").get());
        assertEquals(Optional.of("INVALIDARGS"), var("DIALSTATUS"));

        caller.hangup(HangupCause.NORMAL_CLEARING);
        assertEquals(Result.HANGUP, dial("PJSIP/202").get());
        assertEquals(Optional.of("CANCEL"), var("DIALSTATUS"));
        assertTrue(channels.made.isEmpty());
    }
}
