package org.asterism.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.slf4j.LoggerFactory;

/**
 * pjsip.conf at run time: {@code pjsip show transports}, reloads that add and remove a transport, Asterisk's
 * error lines for an unknown option, and the packet logger's frames in {@code data/log/sip.log} (whole
 * messages; the main karaf.log truncates and CRLF-encodes messages, so frames are not looked for there).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ConfigIT extends AsterismTestSupport {

    private static final int EXTRA_PORT = 15070;
    private static final int BOGUS_PORT = 15080;
    private static final Duration RELOAD_TIMEOUT = Duration.ofSeconds(15);
    /** The packet logger's logger; etc/org.ops4j.pax.logging.cfg sends it to data/log/sip.log only. */
    private static final String SIP_TRACE_LOGGER = "org.asterism.sip.logger";
    /** The start of a record in sip.log ("[%d{ISO8601}] %m%n"). */
    private static final Pattern LOG_RECORD = Pattern.compile("(?m)^\\[\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}:\\d{2}");

    private boolean configChanged;

    @Before
    public void serverAnswers() {
        awaitSipAnswering();
    }

    /** Puts the test pjsip.conf back (and reloads it) and switches the packet logger off. */
    @After
    public void restore() throws IOException {
        if (configChanged) {
            Files.writeString(pjsipConf(), baseline(), StandardCharsets.UTF_8);
            shell().execute("pjsip reload");
            Await.waitFor("back to the 2 test transports", RELOAD_TIMEOUT,
                () -> shell().execute("pjsip show transports").contains("Objects found: 2"));
        }
        shell().execute("pjsip set logger off");
    }

    @Test
    public void showTransportsListsBothTestTransports() {
        String output = shell().execute("pjsip show transports");
        assertTrue("transport-udp row:\n" + output, transportRow("transport-udp", "udp", SIP_PORT).matcher(output).find());
        assertTrue("transport-tcp row:\n" + output, transportRow("transport-tcp", "tcp", SIP_PORT).matcher(output).find());
        assertTrue("'Objects found: 2':\n" + output, output.contains("Objects found: 2"));
    }

    @Test
    public void reloadAddsThenRemovesATransport() throws Exception {
        assertNull(udpOptions(EXTRA_PORT, Duration.ofMillis(500)), "nothing answers on " + EXTRA_PORT + " before the reload");
        writeConfig(baseline() + "\n[transport-udp-extra]\ntype=transport\nprotocol=udp\nbind=127.0.0.1:" + EXTRA_PORT + "\n");
        String reload = shell().execute("pjsip reload");
        Await.waitForAssert(RELOAD_TIMEOUT, () -> {
            SipResponse response = udpOptions(EXTRA_PORT, Duration.ofSeconds(1));
            assertNotNull("after 'pjsip reload' (printed: " + reload.trim() + ") OPTIONS to 127.0.0.1:" + EXTRA_PORT
                + "/UDP is answered", response);
            assertEquals("OPTIONS to the added transport", 200, response.status());
        });
        String shown = shell().execute("pjsip show transports");
        assertTrue("transport-udp-extra row:\n" + shown, transportRow("transport-udp-extra", "udp", EXTRA_PORT).matcher(shown).find());
        assertTrue("'Objects found: 3':\n" + shown, shown.contains("Objects found: 3"));

        writeConfig(baseline());
        shell().execute("module reload res_pjsip");
        Await.waitFor("127.0.0.1:" + EXTRA_PORT + "/UDP stops answering after 'module reload res_pjsip' without it",
            RELOAD_TIMEOUT, () -> udpOptions(EXTRA_PORT, Duration.ofMillis(500)) == null);
        String after = shell().execute("pjsip show transports");
        assertFalse("transport-udp-extra gone:\n" + after, after.contains("transport-udp-extra"));
        assertTrue("'Objects found: 2':\n" + after, after.contains("Objects found: 2"));
        assertNotNull("the test transports still answer", udpOptions(SIP_PORT, Duration.ofSeconds(1)));
    }

    @Test
    public void unknownOptionIsRejectedWithAsterisksErrorLines() throws Exception {
        String config = baseline() + "\n[transport-bogus]\ntype=transport\nprotocol=udp\nbind=127.0.0.1:" + BOGUS_PORT
            + "\nfrobnicate=yes\n";
        int line = Arrays.asList(config.split("\n", -1)).indexOf("frobnicate=yes") + 1;
        KarafLog log = karafLog();
        long mark = log.mark();
        writeConfig(config);
        shell().execute("pjsip reload");
        String first = "Could not find option suitable for category 'transport-bogus' named 'frobnicate' at line "
            + line + " of pjsip.conf";
        String second = "Could not create an object of type 'transport' with id 'transport-bogus' from configuration file 'pjsip.conf'";
        log.waitForText(mark, first, RELOAD_TIMEOUT);
        log.waitForText(mark, second, RELOAD_TIMEOUT);
        String shown = shell().execute("pjsip show transports");
        assertFalse("transport-bogus not created:\n" + shown, shown.contains("transport-bogus"));
        assertNull(udpOptions(BOGUS_PORT, Duration.ofMillis(500)), "nothing answers on the rejected transport's port " + BOGUS_PORT);
        SipResponse response = udpOptions(SIP_PORT, Duration.ofSeconds(1));
        assertNotNull("the valid transports still answer", response);
        assertEquals(200, response.status());
    }

    @Test
    public void loggerWritesWholeFramesToSipLogWhenOnAndNothingWhenOff() throws Exception {
        KarafLog sipLog = sipLog();
        shell().execute("pjsip set logger on");
        try (DatagramSocket socket = new DatagramSocket(new InetSocketAddress(SERVER_HOST, 0))) {
            long mark = sipLog.mark();
            RecordingSocket recording = new RecordingSocket(socket);
            SipResponse response = recording.options();
            assertNotNull("OPTIONS answered with the logger on", response);
            String from = "UDP:127.0.0.1:" + socket.getLocalPort();
            // the byte count is that of the datagram as it was received, not of the stack's re-encoding
            String received = assertFrameLogged(sipLog, mark,
                "<--- Received SIP request (" + recording.requestBytes + " bytes) from " + from + " --->");
            assertWholeFrame(received, "OPTIONS sip:" + SERVER_HOST + ":" + SIP_PORT + " SIP/2.0", recording.callId);
            String sent = assertFrameLogged(sipLog, mark,
                "<--- Transmitting SIP response (" + recording.responseBytes + " bytes) to " + from + " --->");
            assertWholeFrame(sent, "SIP/2.0 200 OK", recording.callId);
        }
        long tcpMark = sipLog.mark();
        assertNotNull("OPTIONS over TCP answered with the logger on", OptionsPing.tcp(SIP_PORT, Duration.ofSeconds(2)));
        String tcpLog = sipLog.waitForText(tcpMark, "<--- Received SIP request (", RELOAD_TIMEOUT);
        assertTrue("TCP frames name the transport:\n" + tail(tcpLog),
            Pattern.compile("<--- Received SIP request \\(\\d+ bytes\\) from TCP:127\\.0\\.0\\.1:\\d+ --->").matcher(tcpLog).find());
        sipLog.waitForText(tcpMark, "<--- Transmitting SIP response (", RELOAD_TIMEOUT);

        shell().execute("pjsip set logger off");
        long mark = sipLog.mark();
        String offCallId;
        try (DatagramSocket socket = new DatagramSocket(new InetSocketAddress(SERVER_HOST, 0))) {
            RecordingSocket recording = new RecordingSocket(socket);
            assertNotNull("OPTIONS answered with the logger off", recording.options());
            offCallId = recording.callId;
        }
        // the end of the window: a line written into sip.log through the packet logger's own logger
        String marker = "itest-marker-" + UUID.randomUUID();
        LoggerFactory.getLogger(SIP_TRACE_LOGGER).info(marker);
        String after = sipLog.waitForText(mark, marker, RELOAD_TIMEOUT);
        assertFalse("no SIP frames in sip.log with the logger off:\n" + tail(after), after.contains("<--- Received SIP request"));
        assertFalse("no SIP frames in sip.log with the logger off:\n" + tail(after), after.contains("<--- Transmitting SIP response"));
        assertFalse("the OPTIONS sent with the logger off is not in sip.log:\n" + tail(sipLog.since(mark)),
            sipLog.since(mark).contains(offCallId));
    }

    /** {@code ${karaf.data}/log/sip.log}, where the packet logger's frames go (whole, multi-line). */
    private static KarafLog sipLog() {
        return new KarafLog(Paths.get(requiredProperty("karaf.data"), "log", "sip.log"));
    }

    /**
     * Waits for {@code header} in sip.log and returns its frame: from the header to the next log record. On
     * failure says what SIP trace lines sip.log and karaf.log hold.
     */
    private static String assertFrameLogged(KarafLog sipLog, long mark, String header) {
        try {
            sipLog.waitForText(mark, header, RELOAD_TIMEOUT);
        } catch (AssertionError e) {
            StringBuilder seen = new StringBuilder();
            for (String line : sipLog.since(mark).split("\n")) {
                if (line.contains("<--- ")) {
                    seen.append("\n  sip.log:   ").append(line);
                }
            }
            for (String line : karafLog().since(0).split("\n")) {
                if (line.contains("<--- ")) {
                    seen.append("\n  karaf.log: ").append(line.length() > 200 ? line.substring(0, 200) + "..." : line);
                }
            }
            throw new AssertionError(sipLog + " does not contain: " + header
                + (seen.length() == 0 ? " (no SIP trace frames found)" : "; trace frames seen:" + seen));
        }
        String text = sipLog.since(mark);
        int start = text.indexOf(header);
        Matcher next = LOG_RECORD.matcher(text);
        int end = next.find(start + header.length()) ? next.start() : text.length();
        return text.substring(start, end);
    }

    /** The frame holds the whole message, on lines of its own: the start line right after the header, the Call-ID. */
    private static void assertWholeFrame(String frame, String startLine, String callId) {
        String header = frame.substring(0, frame.indexOf('\n') + 1);
        assertTrue("the message starts on the line after the frame header with '" + startLine + "':\n" + frame,
            frame.startsWith(header + startLine + "\r\n"));
        assertTrue("the whole message is in the frame (Call-ID: " + callId + "):\n" + frame,
            Pattern.compile("(?mi)^(Call-ID|i)[ \\t]*:[ \\t]*" + Pattern.quote(callId) + "\r\n").matcher(frame).find());
        assertTrue("the frame ends with the message's empty line:\n" + frame, frame.contains("\r\n\r\n"));
    }

    /** Sends one OPTIONS and remembers its Call-ID and the byte sizes of the request and of the response. */
    private static final class RecordingSocket {
        private final DatagramSocket socket;
        final String callId = UUID.randomUUID() + "@127.0.0.1";
        int requestBytes;
        int responseBytes;

        RecordingSocket(DatagramSocket socket) {
            this.socket = socket;
        }

        SipResponse options() throws IOException {
            byte[] request = OptionsPing.request("OPTIONS", "UDP", socket.getLocalPort(), SIP_PORT, callId)
                .getBytes(StandardCharsets.UTF_8);
            requestBytes = request.length;
            socket.send(new DatagramPacket(request, request.length,
                InetAddress.getByName(SERVER_HOST), SIP_PORT));
            socket.setSoTimeout(2000);
            byte[] buffer = new byte[65535];
            while (true) {
                DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
                try {
                    socket.receive(packet);
                } catch (SocketTimeoutException e) {
                    return null;
                }
                SipResponse response = SipResponse.parse(new String(buffer, 0, packet.getLength(), StandardCharsets.UTF_8));
                if (response != null && callId.equals(response.header("Call-ID")) && response.status() >= 200) {
                    responseBytes = packet.getLength();
                    return response;
                }
            }
        }
    }

    private void writeConfig(String text) throws IOException {
        configChanged = true;
        Files.writeString(pjsipConf(), text, StandardCharsets.UTF_8);
    }

    private static String baseline() throws IOException {
        Path file = itestsDir().resolve("src/test/resources/etc/asterism/pjsip.conf");
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    /** " Transport:  transport-udp    udp      0      0  127.0.0.1:15060" */
    private static Pattern transportRow(String id, String protocol, int port) {
        return Pattern.compile("(?m)^\\s*Transport:\\s+" + Pattern.quote(id) + "\\s+" + protocol
            + "\\s+\\d+\\s+\\d+\\s+127\\.0\\.0\\.1:" + port + "\\s*$");
    }

    private static SipResponse udpOptions(int port, Duration timeout) {
        try {
            return OptionsPing.udp(port, timeout);
        } catch (IOException e) {
            return null;
        }
    }

    private static void assertNull(Object value, String message) {
        org.junit.Assert.assertNull(message + " (got " + value + ")", value);
    }

    private static String tail(String text) {
        List<String> lines = Arrays.asList(text.split("\n"));
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }
}
