package org.asterism.rtp.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.asterism.loader.Reloadable;
import org.asterism.loader.UseCount;
import org.asterism.media.api.rtp.RtpEngine;
import org.asterism.media.api.rtp.RtpSession;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * res_rtp_asterisk: the RTP engine. Sessions get port pairs from rtp.conf's range and are spread over a fixed number
 * of receive loops (rtp.conf {@code receivethreads}, 1 by default); never a thread per session. {@code module reload}
 * re-reads rtp.conf for sessions opened afterwards; open sessions count as the module's use.
 */
@Component(service = {RtpEngine.class, Reloadable.class, UseCount.class})
public final class NioRtpEngine implements RtpEngine, Reloadable, UseCount {

    private static final Logger LOG = LoggerFactory.getLogger(NioRtpEngine.class);

    private final Path configFile;
    private final RtpConfigReader reader = new RtpConfigReader();
    private final AtomicReference<RtpSettings> settings = new AtomicReference<>();
    private final PortAllocator ports = new PortAllocator();
    private final NtpClock clock = new NtpClock();
    private final List<ReceiveLoop> loops = new ArrayList<>();
    private final Set<NioRtpSession> sessions = ConcurrentHashMap.newKeySet();

    @Activate
    public NioRtpEngine() throws IOException {
        this(RtpConfigFile.resolve(System.getenv(), System.getProperties()), null);
    }

    /** Reads {@code configFile}, unless {@code fixed} settings are given (tests). */
    NioRtpEngine(Path configFile, RtpSettings fixed) throws IOException {
        this.configFile = configFile;
        RtpSettings initial = fixed != null ? fixed : load(RtpSettings.defaults()).settings();
        settings.set(initial);
        try {
            for (int i = 0; i < initial.receiveThreads(); i++) {
                ReceiveLoop loop = new ReceiveLoop("rtp-receive-" + i);
                loops.add(loop);
                loop.start();
            }
        } catch (IOException | RuntimeException e) {
            loops.forEach(ReceiveLoop::stop);
            throw e;
        }
    }

    @Override
    public RtpSession open(InetAddress bindAddress) throws IOException {
        Objects.requireNonNull(bindAddress, "bindAddress");
        RtpSettings current = settings.get();
        ReceiveLoop loop = loops.stream().min(Comparator.comparingInt(l -> l.sessions().get()))
                .orElseThrow(() -> new IOException("res_rtp_asterisk is stopped"));
        if (loop.stopped()) {
            throw new IOException("res_rtp_asterisk is stopped");
        }
        PortAllocator.BoundPorts bound = ports.bind(bindAddress, current.rtpStart(), current.rtpEnd());
        NioRtpSession session;
        try {
            session = new NioRtpSession(loop, ports, bound, current, clock, this::closed);
        } catch (IOException | RuntimeException e) {
            bound.rtp().close();
            bound.rtcp().close();
            ports.release(bound.port());
            throw e;
        }
        sessions.add(session);
        session.start();
        LOG.debug("RTP allocated port {}", bound.port());
        return session;
    }

    @Override
    public List<String> reload() {
        RtpSettings before = settings.get();
        RtpConfigReader.Reading reading = load(before);
        List<String> problems = new ArrayList<>(reading.warnings());
        if (reading.valid() && reading.settings().receiveThreads() != before.receiveThreads()) {
            problems.add("receivethreads changes when res_rtp_asterisk is next loaded (now "
                    + before.receiveThreads() + ")");
        }
        return List.copyOf(problems);
    }

    @Override
    public int useCount() {
        return sessions.size();
    }

    @Override
    public String describe() {
        return "RTP sessions";
    }

    @Deactivate
    public void stop() {
        for (NioRtpSession session : List.copyOf(sessions)) {
            session.close();
        }
        loops.forEach(ReceiveLoop::stop);
    }

    RtpSettings settings() {
        return settings.get();
    }

    int portsInUse() {
        return ports.inUse();
    }

    /** Reads rtp.conf, logs what Asterisk would, and swaps the settings in (keeping {@code keep} if unreadable). */
    private RtpConfigReader.Reading load(RtpSettings keep) {
        RtpConfigReader.Reading reading = reader.read(configFile);
        reading.warnings().forEach(LOG::warn);
        reading.notes().forEach(LOG::info);
        RtpSettings next = reading.valid() ? reading.settings() : keep;
        // receive threads are fixed while loaded
        RtpSettings current = settings.get();
        if (current != null) {
            next = new RtpSettings(next.rtpStart(), next.rtpEnd(), next.rtcpIntervalMillis(), next.strictRtp(),
                    next.probation(), next.dtmfTimeoutSamples(), current.receiveThreads());
        }
        settings.set(next);
        LOG.info("RTP Allocating from port range {} -> {}", next.rtpStart(), next.rtpEnd());
        return reading;
    }

    private void closed(NioRtpSession session) {
        sessions.remove(session);
    }
}
