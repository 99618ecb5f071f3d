package org.asterism.pbx.internal.bridge;

import static org.junit.Assert.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.asterism.media.api.Format;
import org.asterism.media.api.Frame;
import org.asterism.media.api.VoiceFrame;
import org.asterism.pbx.api.Channel;
import org.asterism.pbx.api.ChannelState;
import org.asterism.pbx.internal.ChannelRegistry;
import org.asterism.pbx.internal.FakeDriver;
import org.asterism.pbx.internal.FakeTechnology;
import org.asterism.pbx.internal.Technologies;
import org.asterism.pbx.internal.media.CodecTranslator;
import org.asterism.pbx.internal.media.FakeCodec;
import org.junit.Test;

/** 500 bridges relaying at once from several threads, half of them translating: every frame arrives, in order. */
public class ManyBridgesTest {

    private static final int BRIDGES = 500;
    private static final int FRAMES = 50;

    @Test
    public void everyFrameOfEveryBridgeArrivesInOrder() throws Exception {
        ChannelRegistry registry = new ChannelRegistry(new Technologies());
        CodecTranslator translator = new CodecTranslator();
        translator.addCodec(new FakeCodec(Format.ULAW, Format.SLIN, 1, 0));
        translator.addCodec(new FakeCodec(Format.ALAW, Format.SLIN, 1, 0));
        TwoPartyBridges bridges = new TwoPartyBridges(translator);
        List<Channel> callers = new ArrayList<>();
        List<FakeDriver> calleeDrivers = new ArrayList<>();
        for (int i = 0; i < BRIDGES; i++) {
            FakeDriver calleeDriver = new FakeDriver(i % 2 == 0 ? Format.ULAW : Format.ALAW);
            Channel caller = registry.create(FakeTechnology.spec("PJSIP", "a" + i, ChannelState.UP), new FakeDriver(Format.ULAW));
            Channel callee = registry.create(FakeTechnology.spec("PJSIP", "b" + i, ChannelState.UP), calleeDriver);
            bridges.bridge(caller, callee);
            callers.add(caller);
            calleeDrivers.add(calleeDriver);
        }
        ExecutorService senders = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> sent = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int first = t;
                sent.add(senders.submit(() -> {
                    for (int frame = 0; frame < FRAMES; frame++) {
                        for (int i = first; i < BRIDGES; i += 4) {
                            byte[] payload = new byte[160];
                            payload[0] = (byte) frame;
                            callers.get(i).queue(VoiceFrame.of(Format.ULAW, payload));
                        }
                    }
                }));
            }
            for (Future<?> future : sent) {
                future.get();
            }
        } finally {
            senders.shutdownNow();
        }
        for (int i = 0; i < BRIDGES; i++) {
            List<Frame> written = calleeDrivers.get(i).written;
            assertEquals(FRAMES, written.size());
            for (int frame = 0; frame < FRAMES; frame++) {
                VoiceFrame voice = (VoiceFrame) written.get(frame);
                assertEquals(i % 2 == 0 ? Format.ULAW : Format.ALAW, voice.format());
                assertEquals(frame, voice.payload()[0]);
            }
        }
    }
}
