package org.asterism.sip.core.internal.stack;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.io.InputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sip.DialogTerminatedEvent;
import javax.sip.IOExceptionEvent;
import javax.sip.InvalidArgumentException;
import javax.sip.ListeningPoint;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.SipListener;
import javax.sip.SipProvider;
import javax.sip.TimeoutEvent;
import javax.sip.TransactionTerminatedEvent;

import org.junit.Test;

import gov.nist.javax.sip.SipStackImpl;
import gov.nist.javax.sip.header.StatusLine;
import gov.nist.javax.sip.header.Via;
import gov.nist.javax.sip.message.SIPMessage;
import gov.nist.javax.sip.message.SIPResponse;
import gov.nist.javax.sip.parser.MessageParser;
import gov.nist.javax.sip.parser.ParseExceptionListener;
import gov.nist.javax.sip.parser.StringMsgParser;

/**
 * {@link WordedParseErrorsParserFactory}: the wording itself, then a real NIST stack on a loopback UDP port fed the
 * RFC 4475 requests it rejects by itself, with and without the factory.
 */
public class WordedParseErrorsParserFactoryTest {

    /** RFC 4475 requests NIST answers with a 400 of its own (src/test/resources/rfc4475, see its README.md). */
    private static final List<String> REJECTED_BY_NIST = List.of("badinv01", "clerr", "ncl", "quotbal", "ltgtruri", "lwsruri",
            "mismatch01", "mismatch02", "scalar02");

    private static final Pattern WORDED_400 = Pattern.compile("SIP/2\\.0 400 Bad Request \\(([ -~]{1,120})\\)");

    private static final Pattern VIA_SENT_BY = Pattern.compile(
            "(?im)^(?<head>(?:Via|v)[ \\t]*:[ \\t]*SIP[ \\t]*/[ \\t]*2\\.0[ \\t]*/[ \\t]*[A-Za-z]+[ \\t]+)[^;,\\s]+");

    private static final Pattern OBJECT_ID = Pattern.compile("\\[+[A-Z][\\w$.;]*@[0-9a-fA-F]+|\\b(?:[a-z_][\\w$]*\\.)+[A-Z][\\w$]*@[0-9a-fA-F]+");

    private static final Pattern CALL_ID = Pattern.compile("(?im)^(?:Call-ID|i)[ \\t]*:[ \\t]*(\\S+)");

    // ---- the wording

    @Test
    public void wordsNistMessagesOnOneShortPrintableLine() {
        ParseException nist = new ParseException("[C@1b2c3d\nID expected", 17);
        ParseException worded = WordedParseErrorsParserFactory.word(nist, Via.class, "Via: SIP/2.0/UDP 192.0.2.15;;,;,,");
        assertEquals("Bad Via header: ID expected", worded.getMessage());
        assertEquals(17, worded.getErrorOffset());
        assertSame(nist, worded.getCause());
        assertSame(worded, WordedParseErrorsParserFactory.word(worded, null, null));

        assertEquals("Bad Content-Length header: For input string: \"\"", WordedParseErrorsParserFactory.word(
                new ParseException("Content-Length: -999\n:For input string: \"\"", 0), null, "l: -999").getMessage());
        assertEquals("Bad Request-Line: GenericURI, Bad URI format", WordedParseErrorsParserFactory.word(new ParseException(
                "INVITE <sip:user@example.com> SIP/2.0\n:GenericURI, Bad URI format", 0),
                gov.nist.javax.sip.header.RequestLine.class, "INVITE <sip:user@example.com> SIP/2.0").getMessage());
        assertEquals("getNextChar: End of buffer", WordedParseErrorsParserFactory.problem("[C@3b547bb0 getNextChar: End of buffer"));
        assertEquals("Illegal character in hostname:?", WordedParseErrorsParserFactory.problem(
                "gov.nist.core.LexerCore@1a2b3c4d\u0000 Illegal character in hostname:\u00e9"));
        assertEquals("Unparsable message", WordedParseErrorsParserFactory.word(new ParseException(null, 0), null, null).getMessage());
        assertEquals("Unparsable message", WordedParseErrorsParserFactory.word(new ParseException("\r\n[C@1b2c3d\n", 0), null, null)
                .getMessage());

        String reason = WordedParseErrorsParserFactory.reason("Bad To header", "x\ty\u0007z".repeat(100));
        assertTrue(reason, reason.length() <= WordedParseErrorsParserFactory.MAX_REASON && reason.length() > 100);
        assertTrue(reason, reason.matches("Bad To header: x y z.*\\.\\.\\."));
    }

    @Test
    public void theChannelsListenerGetsTheWordedExceptionAndWhatItThrowsComesOut() {
        MessageParser parser = new WordedParseErrorsParserFactory().createMessageParser(null);
        byte[] badVia = ("OPTIONS sip:a@127.0.0.1 SIP/2.0\r\nVia: SIP/2.0/UDP 127.0.0.1:5060;;,;,,\r\nFrom: <sip:b@127.0.0.1>;tag=1\r\n"
                + "To: <sip:a@127.0.0.1>\r\nCall-ID: 1\r\nCSeq: 1 OPTIONS\r\nContent-Length: 0\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        AtomicReference<ParseException> seen = new AtomicReference<>();
        try {
            parser.parseSIPMessage(badVia, true, false, (ex, message, hdrClass, header, raw) -> {
                seen.set(ex);
                throw ex;
            });
            fail("a bad Via is fatal when the listener says so");
        } catch (ParseException thrown) {
            assertSame(seen.get(), thrown);
            assertTrue(thrown.getMessage(), thrown.getMessage().startsWith("Bad Via header: "));
        }
    }

    @Test
    public void aRuntimeExceptionInTheParserBecomesAParseException() {
        IllegalStateException boom = new IllegalStateException("[C@1\nboom");
        MessageParser parser = new WordedParseErrorsParserFactory(stack -> (bytes, readBody, strict, listener) -> {
            throw boom;
        }).createMessageParser(null);
        try {
            parser.parseSIPMessage(new byte[] {'x'}, true, false, null);
            fail();
        } catch (ParseException thrown) {
            assertEquals("Unparsable message: IllegalStateException", thrown.getMessage());
            assertSame(boom, thrown.getCause());
        }
    }

    @Test
    public void noCSeqCheckOutsideUdpChannels() throws ParseException {
        byte[] mismatch = ("OPTIONS sip:a@127.0.0.1 SIP/2.0\r\nVia: SIP/2.0/UDP 127.0.0.1:5060;branch=z9hG4bK1\r\n"
                + "From: <sip:b@127.0.0.1>;tag=1\r\nTo: <sip:a@127.0.0.1>\r\nCall-ID: 1\r\nCSeq: 1 INVITE\r\nContent-Length: 0\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        MessageParser parser = new WordedParseErrorsParserFactory().createMessageParser(null);
        assertNotNull(parser.parseSIPMessage(mismatch, true, false, null));
        assertNotNull(parser.parseSIPMessage(mismatch, true, false, (ex, message, hdrClass, header, raw) -> {
            throw ex;
        }));
    }

    /** The CSeq check only hands a request to createBadReqRes if that makes a well-formed answer of it. */
    @Test
    public void knowsWhenCreateBadReqResWordsWell() {
        String reason = "CSeq method INVITE does not match request method OPTIONS";
        String request = "OPTIONS sip:a@127.0.0.1 SIP/2.0\r\nVia: SIP/2.0/UDP 127.0.0.1:5060;branch=z9hG4bK1\r\n"
                + "From: <sip:b@127.0.0.1>;tag=1\r\nTo: <sip:a@127.0.0.1>\r\nCall-ID: 1\r\nCSeq: 1 INVITE\r\nContent-Length: 0\r\n\r\n";
        assertTrue(WordedParseErrorsParserFactory.badRequestWordsWell(request, reason));
        // Compact forms are not found.
        assertFalse(WordedParseErrorsParserFactory.badRequestWordsWell(request.replace("Call-ID:", "i:"), reason));
        // The first "To" is in the Request-URI: createBadReqRes would copy "p:Tom@127.0.0.1 SIP/2.0" onto the From line.
        assertFalse(WordedParseErrorsParserFactory.badRequestWordsWell(request.replace("sip:a@", "sip:Tom@"), reason));
        // "Via" in another header's value would be copied as a line of its own.
        assertFalse(WordedParseErrorsParserFactory.badRequestWordsWell(request.replace("Content-Length: 0", "Subject: Via me\r\nContent-Length: 0"),
                reason));
        // From 1300 characters on (UDP), the answer would end with "Content-Length: 0" and no empty line.
        assertFalse(WordedParseErrorsParserFactory.badRequestWordsWell(request.replace("Content-Length: 0", "X-Filler: " + "y".repeat(1100)
                + "\r\nContent-Length: 0"), reason));
    }

    // ---- a real stack

    @Test
    public void everyStackGenerated400IsWordedOnOneLineAndParses() throws Exception {
        Map<String, Answer> answers = exchange(true);
        List<String> failures = new ArrayList<>();
        answers.forEach((file, answer) -> {
            String problem = answer.problem();
            if (problem != null) {
                failures.add(file + ": " + problem + " in <" + answer.firstLine() + ">");
            }
        });
        assertTrue(String.join("\n", failures), failures.isEmpty());
    }

    @Test
    public void withoutTheFactoryNistAnswersAreMalformed() throws Exception {
        Map<String, Answer> answers = exchange(false);
        List<String> malformed = new ArrayList<>();
        answers.forEach((file, answer) -> {
            if (answer.problem() != null) {
                malformed.add(file);
            }
        });
        assertFalse("NIST's own 400s should not all be well formed, or this factory is useless", malformed.isEmpty());
    }

    /** What came back for one torture message. */
    private record Answer(String request, String response) {

        String firstLine() {
            if (response == null) {
                return "(no answer)";
            }
            int end = response.indexOf("\r\n");
            return end < 0 ? response : response.substring(0, end);
        }

        /** Why the answer is not a well-formed worded 400, or null if it is. */
        String problem() {
            if (response == null) {
                return "no answer";
            }
            byte[] bytes = response.getBytes(StandardCharsets.ISO_8859_1);
            // 1. NIST's own parser, as a peer running JAIN-SIP would read it (a bad header value is skipped, a bad line is not).
            SIPMessage parsed;
            try {
                parsed = new StringMsgParser().parseSIPMessage(bytes, true, false, null);
            } catch (ParseException | RuntimeException e) {
                return "does not parse (" + e.getMessage().replace("\n", "\\n") + ")";
            }
            if (!(parsed instanceof SIPResponse sipResponse) || sipResponse.getStatusCode() != 400) {
                return "not a 400 response";
            }
            // 2. One printable line, a reason of 1 to 120 characters, no object identity in it.
            Matcher worded = WORDED_400.matcher(firstLine());
            if (!worded.matches()) {
                return "status line not a one-line worded 400";
            }
            if (OBJECT_ID.matcher(worded.group(1)).find()) {
                return "object identity in the reason";
            }
            if (!("Bad Request (" + worded.group(1) + ")").equals(sipResponse.getReasonPhrase())) {
                return "reason parsed as <" + sipResponse.getReasonPhrase() + ">";
            }
            // 3. The answer copies the request's Via, From, To, Call-ID and CSeq as they were, bad ones too (createBadReqRes
            // appends ";tag=badreq" to the To): only those may fail to parse.
            List<String> badHeaders = new ArrayList<>();
            ParseExceptionListener recording = (ex, message, hdrClass, header, raw) -> {
                if (hdrClass == StatusLine.class) {
                    throw ex;
                }
                badHeaders.add(header);
            };
            try {
                new StringMsgParser().parseSIPMessage(bytes, true, false, recording);
            } catch (ParseException | RuntimeException e) {
                return "does not parse (" + e + ")";
            }
            for (String header : badHeaders) {
                String copied = header.endsWith(";tag=badreq") ? header.substring(0, header.length() - ";tag=badreq".length()) : header;
                if (!request.contains("\r\n" + copied + "\r\n")) {
                    return "header not copied from the request fails to parse: " + header;
                }
            }
            return null;
        }
    }

    /** Starts a stack (with the factory or with NIST's own parser), sends every message of the list, stops the stack. */
    private static Map<String, Answer> exchange(boolean worded) throws Exception {
        String name = "worded-" + worded + "-" + System.nanoTime();
        Properties properties = StackProperties.create(name);
        SipStackImpl stack = new SipStackImpl(properties);
        if (worded) {
            stack.setMessageParserFactory(new WordedParseErrorsParserFactory());
        }
        Map<String, Answer> answers = new LinkedHashMap<>();
        try (DatagramSocket peer = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            peer.setSoTimeout(3000);
            SipProvider provider = stack.createSipProvider(listenOnFreeUdpPort(stack));
            provider.addSipListener(new IdleListener());
            InetSocketAddress server = new InetSocketAddress("127.0.0.1", provider.getListeningPoints()[0].getPort());
            // With a thread pool, UDPMessageProcessor's own thread starts that many channel threads, which must all live on.
            String poolSize = properties.getProperty("gov.nist.javax.sip.THREAD_POOL_SIZE");
            List<Thread> udpThreads = poolSize == null ? List.of() : awaitUdpThreads(name, Integer.parseInt(poolSize));

            for (String file : REJECTED_BY_NIST) {
                String request = toLoopback(load(file), peer.getLocalPort());
                byte[] bytes = request.getBytes(StandardCharsets.ISO_8859_1);
                peer.send(new DatagramPacket(bytes, bytes.length, server));
                Answer answer = new Answer(request, receive(peer, callId(request)));
                answers.put(file, answer);
                String problem = answer.problem();
                System.out.printf("%s %-10s %s%s%n", worded ? "worded" : "nist  ", file, answer.firstLine().replace("\n", "\\n"),
                        problem == null ? "" : "   <- " + problem);
            }
            for (Thread thread : udpThreads) {
                assertTrue(thread.getName() + " died", thread.isAlive());
            }
            assertEquals(udpThreads.size(), udpThreads(name).size());
        } finally {
            stack.stop();
        }
        return answers;
    }

    /** A free port on 127.0.0.1, found by binding and releasing it; another process may take it meanwhile, so retried. */
    private static ListeningPoint listenOnFreeUdpPort(SipStackImpl stack) throws Exception {
        InvalidArgumentException last = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            int port;
            try (DatagramSocket probe = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
                port = probe.getLocalPort();
            }
            try {
                return stack.createListeningPoint("127.0.0.1", port, ListeningPoint.UDP);
            } catch (InvalidArgumentException e) {
                last = e;
            }
        }
        throw last;
    }

    private static List<Thread> awaitUdpThreads(String stackName, int count) throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        List<Thread> threads = udpThreads(stackName);
        while (threads.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(20);
            threads = udpThreads(stackName);
        }
        assertEquals("UDP channel threads of " + stackName, count, threads.size());
        return threads;
    }

    private static List<Thread> udpThreads(String stackName) {
        List<Thread> threads = new ArrayList<>();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().startsWith(stackName + "-UDPMessageChannelThread-") && thread.isAlive()) {
                threads.add(thread);
            }
        }
        return threads;
    }

    /** The answer carrying this Call-ID, or null if none came. */
    private static String receive(DatagramSocket peer, String callId) throws IOException {
        byte[] buffer = new byte[65536];
        while (true) {
            DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
            try {
                peer.receive(packet);
            } catch (SocketTimeoutException e) {
                return null;
            }
            String text = new String(packet.getData(), 0, packet.getLength(), StandardCharsets.ISO_8859_1);
            if (text.contains(callId)) {
                return text;
            }
        }
    }

    private static String callId(String request) {
        Matcher matcher = CALL_ID.matcher(request);
        assertTrue("no Call-ID", matcher.find());
        return matcher.group(1);
    }

    /** Every Via sent-by rewritten to the peer's own loopback address, so that nothing can be sent elsewhere. */
    static String toLoopback(String message, int port) {
        String sentBy = "127.0.0.1:" + port;
        String rewritten = VIA_SENT_BY.matcher(message).replaceAll("${head}" + Matcher.quoteReplacement(sentBy));
        int vias = 0;
        for (String line : rewritten.split("\r\n|\n")) {
            if (line.matches("(?i)(?:Via|v)[ \\t]*:.*")) {
                vias++;
                assertTrue("Via not rewritten: " + line, line.contains(" " + sentBy) && line.indexOf("SIP/2.0/") == line.lastIndexOf("SIP/2.0/"));
            }
        }
        assertTrue("no Via in the message", vias > 0);
        return rewritten;
    }

    private static String load(String name) throws IOException {
        try (InputStream in = WordedParseErrorsParserFactoryTest.class.getResourceAsStream("/rfc4475/" + name + ".dat")) {
            assertNotNull("missing /rfc4475/" + name + ".dat", in);
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    private static final class IdleListener implements SipListener {

        @Override
        public void processRequest(RequestEvent requestEvent) {
        }

        @Override
        public void processResponse(ResponseEvent responseEvent) {
        }

        @Override
        public void processTimeout(TimeoutEvent timeoutEvent) {
        }

        @Override
        public void processIOException(IOExceptionEvent exceptionEvent) {
        }

        @Override
        public void processTransactionTerminated(TransactionTerminatedEvent transactionTerminatedEvent) {
        }

        @Override
        public void processDialogTerminated(DialogTerminatedEvent dialogTerminatedEvent) {
        }
    }
}
