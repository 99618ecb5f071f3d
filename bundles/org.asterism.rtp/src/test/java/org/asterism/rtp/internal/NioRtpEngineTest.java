package org.asterism.rtp.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.asterism.media.api.rtp.RtpSession;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class NioRtpEngineTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void reloadGivesNewSessionsTheNewRange() throws Exception {
        Path file = folder.getRoot().toPath().resolve("rtp.conf");
        Files.writeString(file, "[general]\nrtpstart=41000\nrtpend=41998\n");
        NioRtpEngine engine = new NioRtpEngine(file, null);
        try (RtpSession before = engine.open(FarEnd.LOOPBACK)) {
            int port = before.localAddress().getPort();
            assertTrue("port " + port, port >= 41000 && port <= 41998);

            Files.writeString(file, "[general]\nrtpstart=42000\nrtpend=42998\nreceivethreads=3\n");
            assertEquals(List.of("receivethreads changes when res_rtp_asterisk is next loaded (now 1)"), engine.reload());
            try (RtpSession after = engine.open(FarEnd.LOOPBACK)) {
                int newPort = after.localAddress().getPort();
                assertTrue("port " + newPort, newPort >= 42000 && newPort <= 42998);
                assertEquals(port, before.localAddress().getPort());
            }
            Files.writeString(file, "[general\n");
            assertEquals(1, engine.reload().size());
            assertEquals(42000, engine.settings().rtpStart());
        } finally {
            engine.stop();
        }
    }

    @Test
    public void sessionsAreSpreadOverTheReceiveThreads() throws Exception {
        NioRtpEngine engine = new NioRtpEngine(null, new RtpSettings(40000, 49998, 5000, StrictRtpMode.YES, 4, 1200, 2));
        try {
            RtpSession a = engine.open(FarEnd.LOOPBACK);
            RtpSession b = engine.open(FarEnd.LOOPBACK);
            long threads = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> t.getName().startsWith("rtp-receive-")).count();
            assertTrue(threads >= 2);
            a.close();
            b.close();
            assertEquals(0, engine.useCount());
        } finally {
            engine.stop();
        }
    }

    @Test
    public void stopClosesEverySession() throws Exception {
        NioRtpEngine engine = new NioRtpEngine(null, RtpSettings.defaults().withPorts(40000, 49998));
        engine.open(FarEnd.LOOPBACK);
        engine.open(FarEnd.LOOPBACK);
        engine.stop();
        assertEquals(0, engine.useCount());
        assertEquals(0, engine.portsInUse());
    }

    @Test
    public void findsRtpConfWhereTheSipCoreFindsPjsipConf() {
        Properties system = new Properties();
        system.setProperty("karaf.etc", "/opt/asterism/etc");
        assertEquals(Path.of("/opt/asterism/etc/asterism/rtp.conf"), RtpConfigFile.resolve(Map.of(), system));
        assertEquals(Path.of("/cfg/rtp.conf"), RtpConfigFile.resolve(Map.of("ASTERISM_CONFIG_DIR", "/cfg"), system));
    }

    @Test(expected = IOException.class)
    public void aStoppedEngineOpensNothing() throws Exception {
        NioRtpEngine engine = new NioRtpEngine(null, RtpSettings.defaults().withPorts(40000, 49998));
        engine.stop();
        engine.open(FarEnd.LOOPBACK);
    }
}
