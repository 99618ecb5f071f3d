package org.asterism.app.dial.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.asterism.media.api.ControlFrame;
import org.asterism.media.api.ControlFrame.Control;
import org.asterism.pbx.api.ChannelState;
import org.asterism.pbx.api.HangupCause;
import org.asterism.pbx.api.dialplan.DialplanApplication.Result;
import org.junit.After;
import org.junit.Test;

/**
 * Either side may hang up at any moment, on its own thread: whatever the interleaving, Dial ends exactly once, never
 * throws on a driver's thread, and leaves no outgoing channel up once it is done.
 */
public class DialRaceTest {

    private static final int ROUNDS = 300;

    private final ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1);
    private final List<Throwable> failures = new CopyOnWriteArrayList<>();

    @After
    public void tearDown() {
        timer.shutdownNow();
    }

    /** Runs the actions on their own threads, all released at once. */
    private void race(Runnable... actions) throws InterruptedException {
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new CopyOnWriteArrayList<>();
        for (Runnable action : actions) {
            Thread thread = new Thread(() -> {
                try {
                    start.await();
                    action.run();
                } catch (Throwable t) {
                    failures.add(t);
                }
            });
            thread.start();
            threads.add(thread);
        }
        start.countDown();
        for (Thread thread : threads) {
            thread.join(10_000);
        }
    }

    @Test
    public void theCallerHangingUpAsTheCalleeAnswers() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            FakeChannels channels = new FakeChannels();
            DialApplication dial = new DialApplication(channels, new FakeBridges(), timer, false);
            TestChannel caller = new TestChannel("PJSIP/201-00000001", ChannelState.RING);
            CompletableFuture<Result> done = dial.execute(caller, "PJSIP/202&PJSIP/203,30").toCompletableFuture();
            TestChannel b = channels.get("202");
            TestChannel c = channels.get("203");

            race(() -> b.queue(ControlFrame.of(Control.ANSWER)),
                    () -> caller.remoteHangup(HangupCause.NORMAL_CLEARING),
                    () -> c.queue(ControlFrame.of(Control.RINGING)));

            assertEquals("round " + round, Result.HANGUP, done.get(10, TimeUnit.SECONDS));
            assertTrue("round " + round, b.isHungUp() && c.isHungUp());
            String status = caller.variable("DIALSTATUS").orElse("");
            assertTrue(status, status.equals("CANCEL") || status.equals("ANSWER"));
        }
        assertEquals(List.of(), failures);
    }

    @Test
    public void twoCalleesAnsweringAtOnceMakeOneWinner() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            FakeChannels channels = new FakeChannels();
            FakeBridges bridges = new FakeBridges();
            DialApplication dial = new DialApplication(channels, bridges, timer, false);
            TestChannel caller = new TestChannel("PJSIP/201-00000001", ChannelState.UP);
            CompletableFuture<Result> done = dial.execute(caller, "PJSIP/202&PJSIP/203").toCompletableFuture();
            TestChannel b = channels.get("202");
            TestChannel c = channels.get("203");

            race(() -> b.queue(ControlFrame.of(Control.ANSWER)), () -> c.queue(ControlFrame.of(Control.ANSWER)));

            assertEquals("round " + round, 1, bridges.bridged.size());
            TestChannel winner = bridges.bridged.get(0).get(1) == b ? b : c;
            TestChannel loser = winner == b ? c : b;
            assertEquals(HangupCause.ANSWERED_ELSEWHERE, loser.hangupCause());
            assertEquals(Optional.of(winner.name()), caller.variable("DIALEDPEERNAME"));

            winner.remoteHangup(HangupCause.NORMAL_CLEARING);
            assertEquals(Result.HANGUP, done.get(10, TimeUnit.SECONDS));
        }
        assertEquals(List.of(), failures);
    }

    @Test
    public void calleesGivingUpWhileAnotherAnswersAndTheTimeoutFires() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            FakeChannels channels = new FakeChannels();
            FakeBridges bridges = new FakeBridges();
            DialApplication dial = new DialApplication(channels, bridges, timer, false);
            TestChannel caller = new TestChannel("PJSIP/201-00000001", ChannelState.RING);
            CompletableFuture<Result> done = dial.execute(caller, "PJSIP/202&PJSIP/203,0.001").toCompletableFuture();
            TestChannel b = channels.get("202");
            TestChannel c = channels.get("203");

            race(() -> b.remoteHangup(HangupCause.USER_BUSY), () -> c.queue(ControlFrame.of(Control.ANSWER)),
                    () -> c.remoteHangup(HangupCause.NORMAL_CLEARING));

            Result result = done.get(10, TimeUnit.SECONDS);
            String status = caller.variable("DIALSTATUS").orElse("");
            if (status.equals("ANSWER")) {
                assertEquals(Result.HANGUP, result);
            } else {
                assertEquals("round " + round + " " + status, Result.CONTINUE, result);
                assertTrue(status, List.of("BUSY", "NOANSWER").contains(status));
            }
            assertTrue(b.isHungUp() && c.isHungUp());
        }
        assertEquals(List.of(), failures);
    }
}
