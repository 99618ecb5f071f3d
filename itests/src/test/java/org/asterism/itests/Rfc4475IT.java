package org.asterism.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * Sends each of the 49 RFC 4475 torture messages to the server over UDP (127.0.0.1:15060 only, every Via
 * rewritten to our socket), checks the answer against {@link TortureDisposition}, and after each message
 * checks that an OPTIONS from the same socket still gets 200 within a second. Prints a table of results.
 *
 * <p>Each message is its own transaction: its top Via branch gets a suffix unique to this run
 * ({@link TortureMessage#withUniqueTopBranch}), keeping the magic cookie where the file has it and leaving
 * it out where the file does. RFC 4475 reuses branches across files and JAIN-SIP matches server
 * transactions on the branch alone (RFC 3261 §17.2.3 also compares the sent-by): that known deviation is
 * noted for the team and deliberately not what this test measures.
 *
 * <p>Every answer must come over UDP to the datagram's source, including to the requests whose top Via
 * names TCP or TLS (bext01, esc02, intmeth, longreq, novelsc, regaut01, trws, unkscm): they arrived over
 * UDP, and there is no connection to answer on. The peer also listens on TCP at the same port, so an answer
 * sent there is reported as such instead of as a missing one.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class Rfc4475IT extends AsterismTestSupport {

    private static final Duration ANSWER_WAIT = Duration.ofSeconds(1);
    /** The INVITE riding after dblreq's Content-Length: it must never be answered. */
    private static final String DBLREQ_TRAILING_CALL_ID = "dblreq.0ha0isnda977644900765@192.0.2.15";

    /**
     * The expected dispositions are those of a server that answers OPTIONS and INVITE: the registrar, loaded by
     * default, is unloaded first, which also shows that unloading it takes REGISTER away.
     */
    @Before
    public void serverAnswersOptionsAndInviteOnly() {
        awaitSipAnswering();
        String unloaded = shell().execute("module unload res_pjsip_registrar");
        assertTrue("module unload res_pjsip_registrar:\n" + unloaded, unloaded.contains("Unloaded res_pjsip_registrar.so"));
    }

    @Test
    public void everyTortureMessageGetsItsDispositionAndTheServerKeepsAnswering() throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(rfc4475Dir())) {
            files = listing.filter(p -> p.toString().endsWith(".dat")).sorted().collect(Collectors.toList());
        }
        Set<String> names = files.stream().map(p -> p.getFileName().toString().replaceFirst("\\.dat$", ""))
            .collect(Collectors.toCollection(TreeSet::new));
        assertEquals("the RFC 4475 folder holds exactly the 49 known messages", TortureDisposition.files(), names);

        List<String> rows = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        Set<String> failed = new TreeSet<>();
        String run = UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> branchSentBy = new HashMap<>();
        List<LoopbackPeer> peers = new ArrayList<>(); // kept open: error responses to INVITE are retransmitted
        try {
            for (Path file : files) {
                TortureMessage original = TortureMessage.load(file);
                TortureMessage message = original.withUniqueTopBranch(run + "-" + original.name());
                List<String> problems = new ArrayList<>();
                String branch = message.topBranch();
                // a test bug if it happens: two files in one transaction would measure the stack's matching
                String sharedWith = branch == null ? null
                    : branchSentBy.putIfAbsent(branch.toLowerCase(Locale.ROOT), message.name());
                if (sharedWith != null) {
                    problems.add("sent with the top Via branch '" + branch + "' already used by " + sharedWith);
                }
                LoopbackPeer peer = new LoopbackPeer();
                peers.add(peer);
                Outcome outcome = exchange(message, peer);
                TortureDisposition disposition = TortureDisposition.of(message.name());
                String verdict = disposition.verdict(message.name(), message.method(), outcome.response);
                if (verdict != null) {
                    problems.add(verdict);
                }
                if (outcome.response != null && !"UDP".equals(outcome.transport)) {
                    problems.add("answered over " + outcome.transport + " (" + outcome.response
                        + "); expected over UDP to the datagram's source" + (message.topViaIsReliable()
                        ? ", although its top Via names " + message.topViaTransport() : ""));
                }
                if (outcome.options == null) {
                    problems.add("no answer to the OPTIONS sent after it within " + ANSWER_WAIT.toMillis() + " ms");
                } else if (outcome.options.status() != 200) {
                    problems.add("OPTIONS after it got " + outcome.options + " instead of 200");
                }
                problems.addAll(outcome.strays);
                rows.add(String.format("%-11s %-10s %-8s %-58s %-9s %s", message.name(),
                    disposition + (disposition.gap() ? " *" : ""),
                    outcome.response == null ? "-"
                        : outcome.response.status() + ("UDP".equals(outcome.transport) ? "" : "/" + outcome.transport),
                    abbreviate(outcome.response == null ? "" : outcome.response.reason(), 58),
                    outcome.options == null ? "none" : Integer.toString(outcome.options.status()),
                    problems.isEmpty() ? "ok" : "FAIL"));
                for (String problem : problems) {
                    failures.add(message.name() + ": " + problem);
                    failed.add(message.name());
                }
            }
        } finally {
            peers.forEach(LoopbackPeer::close);
        }

        StringBuilder table = new StringBuilder("\nRFC 4475 over UDP to 127.0.0.1:" + SIP_PORT + "\n");
        table.append(String.format("%-11s %-10s %-8s %-58s %-9s %s%n", "file", "expected", "status", "reason", "OPTIONS", "verdict"));
        rows.forEach(row -> table.append(row).append('\n'));
        table.append("* a GAP row of Rfc4475ConformanceTest: JAIN-SIP decides before the core; today's behaviour, "
            + "not the README's\n");
        table.append(failed.size()).append(" of ").append(files.size()).append(" messages handled wrongly\n");
        failures.forEach(failure -> table.append("  ").append(failure).append('\n'));
        System.out.println(table);
        assertTrue(failed.size() + " of " + files.size() + " RFC 4475 messages handled wrongly:\n" + String.join("\n", failures),
            failures.isEmpty());
    }

    private static final class Outcome {
        /** The first final response to the torture message, or null. */
        SipResponse response;
        String transport;
        SipResponse options;
        final List<String> strays = new ArrayList<>();
    }

    private Outcome exchange(TortureMessage message, LoopbackPeer peer) throws IOException {
        Outcome outcome = new Outcome();
        peer.sendUdp(message.bytesWithViaSentBy(SERVER_HOST, peer.port()), SIP_PORT);
        String callId = message.callId();
        // the first final response within the wait, over UDP or on a TCP connection to our port; 1xx skipped
        long deadline = System.nanoTime() + ANSWER_WAIT.toNanos();
        while (outcome.response == null) {
            LoopbackPeer.Received received = peer.next(Duration.ofNanos(deadline - System.nanoTime()));
            if (received == null) {
                break;
            }
            SipResponse response = SipResponse.parse(received.text);
            if (response == null) {
                outcome.strays.add("received something that is not a SIP response: " + abbreviate(received.text, 80));
            } else if (response.status() >= 200) {
                outcome.response = response;
                outcome.transport = received.transport;
                if (callId != null && !callId.equals(response.header("Call-ID"))) {
                    outcome.strays.add("response " + response + " carries Call-ID " + response.header("Call-ID"));
                }
            }
        }
        // then an OPTIONS from the same port must get its 200 within the wait
        String optionsCallId = UUID.randomUUID() + "@127.0.0.1";
        peer.sendUdp(OptionsPing.request("OPTIONS", "UDP", peer.port(), SIP_PORT, optionsCallId)
            .getBytes(StandardCharsets.UTF_8), SIP_PORT);
        deadline = System.nanoTime() + ANSWER_WAIT.toNanos();
        while (outcome.options == null) {
            LoopbackPeer.Received received = peer.next(Duration.ofNanos(deadline - System.nanoTime()));
            if (received == null) {
                break;
            }
            SipResponse response = SipResponse.parse(received.text);
            String strayCallId = response == null ? null : response.header("Call-ID");
            if (optionsCallId.equals(strayCallId)) {
                if (response.status() >= 200) {
                    outcome.options = response;
                }
            } else if (DBLREQ_TRAILING_CALL_ID.equals(strayCallId)) {
                outcome.strays.add("answered the INVITE after Content-Length: " + response);
            } else if (response == null || outcome.response == null || response.status() != outcome.response.status()
                    || (callId != null && !callId.equals(strayCallId))) {
                outcome.strays.add("unexpected extra message: " + abbreviate(received.text, 80));
            } // else a retransmission of the response already recorded
        }
        return outcome;
    }

    private static String abbreviate(String text, int max) {
        String line = text.replace("\r", "\\r").replace("\n", "\\n");
        return line.length() <= max ? line : line.substring(0, max - 3) + "...";
    }
}
