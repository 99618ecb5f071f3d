package org.asterism.sip.core.internal.screening;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;

import gov.nist.javax.sip.header.CSeq;
import gov.nist.javax.sip.header.CallID;
import gov.nist.javax.sip.header.ContentLength;
import gov.nist.javax.sip.header.From;
import gov.nist.javax.sip.header.RequestLine;
import gov.nist.javax.sip.header.StatusLine;
import gov.nist.javax.sip.header.To;
import gov.nist.javax.sip.header.Via;
import gov.nist.javax.sip.message.SIPMessage;
import gov.nist.javax.sip.message.SIPRequest;
import gov.nist.javax.sip.message.SIPResponse;
import gov.nist.javax.sip.parser.ParseExceptionListener;
import gov.nist.javax.sip.parser.StringMsgParser;
import gov.nist.javax.sip.stack.MessageChannel;
import gov.nist.javax.sip.stack.SIPTransactionStack;

/**
 * What JAIN-SIP 1.3.0-91 does with one UDP datagram before the SipListener sees it, step for step as
 * {@code UDPMessageChannel.processIncomingDataPacket} and {@code processMessage}:
 * <ol>
 * <li>parse with {@link StringMsgParser}, readBody=true, strict=false, with the channel as
 * ParseExceptionListener: a bad request line, status line, Via, From, To, Call-ID, CSeq or
 * Content-Length is fatal, any other bad header is kept aside ({@code addUnparsed});</li>
 * <li>on a ParseException, a request (not starting "SIP/" or "ACK ") is answered
 * {@code 400 Bad Request (<exception message>)} if {@code MessageChannel.createBadReqRes} can word it
 * (it needs the text of Via, CSeq, Call-ID, From and To, long names only), else dropped;</li>
 * <li>a request whose version is not SIP/2.0 gets 505, one whose CSeq method differs from its method
 * (ignoring case) gets a bare 400 Bad Request;</li>
 * <li>a message missing From, To, Call-ID, CSeq or Via is dropped without an answer;</li>
 * <li>a response failing {@code SIPResponse.checkHeaders()} is dropped; others go on to the
 * transaction layer.</li>
 * </ol>
 */
final class NistUdpIntake {

    enum Kind {
        /** The stack answered by itself; {@link Outcome#detail} is the status line it sent. */
        STACK_ANSWER,
        /** The stack dropped the datagram without an answer; {@link Outcome#detail} says why. */
        STACK_DROP,
        /** A request reaches the SipListener. */
        REQUEST,
        /** A response reaches the transaction layer. */
        RESPONSE
    }

    record Outcome(Kind kind, int status, String detail, SIPMessage message) {

        SIPRequest request() {
            return (SIPRequest) message;
        }
    }

    private NistUdpIntake() {
    }

    /** The listener UDPMessageChannel is: only the headers a transaction needs are fatal. */
    static final ParseExceptionListener UDP_CHANNEL_LISTENER = (ex, sipMessage, hdrClass, header, message) -> {
        if (hdrClass != null && (hdrClass.equals(From.class) || hdrClass.equals(To.class) || hdrClass.equals(CSeq.class)
                || hdrClass.equals(Via.class) || hdrClass.equals(CallID.class) || hdrClass.equals(ContentLength.class)
                || hdrClass.equals(RequestLine.class) || hdrClass.equals(StatusLine.class))) {
            throw ex;
        }
        sipMessage.addUnparsed(header);
    };

    static Outcome receive(byte[] datagram) {
        SIPMessage message;
        try {
            message = new StringMsgParser().parseSIPMessage(datagram, true, false, UDP_CHANNEL_LISTENER);
        } catch (ParseException ex) {
            String text = new String(datagram, 0, datagram.length);
            if (text.startsWith("SIP/") || text.startsWith("ACK ")) {
                return new Outcome(Kind.STACK_DROP, 0, "unparsable " + (text.startsWith("SIP/") ? "response" : "ACK")
                        + ": " + oneLine(ex.getMessage()), null);
            }
            String badRequestResponse = BadRequestWording.word(text, ex);
            if (badRequestResponse == null) {
                return new Outcome(Kind.STACK_DROP, 0, "unparsable request, no 400 could be worded: " + oneLine(ex.getMessage()), null);
            }
            return new Outcome(Kind.STACK_ANSWER, 400, badRequestResponse.substring(0, badRequestResponse.indexOf("\r\n") < 0
                    ? badRequestResponse.length() : badRequestResponse.indexOf("\r\n")), null);
        } catch (RuntimeException ex) {
            // UDPMessageChannel.run() catches and logs whatever processIncomingDataPacket throws.
            return new Outcome(Kind.STACK_DROP, 0, "exception in the stack: " + ex, null);
        }
        if (message == null) {
            return new Outcome(Kind.STACK_DROP, 0, "empty datagram", null);
        }
        if (message instanceof SIPRequest request) {
            String version = request.getRequestLine().getSipVersion();
            if (!"SIP/2.0".equals(version)) {
                return new Outcome(Kind.STACK_ANSWER, 505, "SIP/2.0 505 Bad version " + version, message);
            }
            if (request.getCSeqHeader() == null) {
                return new Outcome(Kind.STACK_DROP, 0, "NullPointerException in UDPMessageChannel (no CSeq)", message);
            }
            if (!request.getMethod().equalsIgnoreCase(request.getCSeqHeader().getMethod())) {
                return new Outcome(Kind.STACK_ANSWER, 400, "SIP/2.0 400 Bad Request", message);
            }
        }
        if (message.getFrom() == null || message.getTo() == null || message.getCallId() == null || message.getCSeq() == null
                || message.getTopmostVia() == null) {
            return new Outcome(Kind.STACK_DROP, 0, "missing From, To, Call-ID, CSeq or Via (\"Dropped Bad Msg\")", message);
        }
        if (message instanceof SIPResponse response) {
            try {
                response.checkHeaders();
            } catch (ParseException ex) {
                return new Outcome(Kind.STACK_DROP, 0, "badly formatted response: " + oneLine(ex.getMessage()), message);
            }
            return new Outcome(Kind.RESPONSE, response.getStatusCode(), response.getFirstLine().trim(), message);
        }
        return new Outcome(Kind.REQUEST, 0, message.getFirstLine().trim(), message);
    }

    static Outcome receive(String datagram) {
        return receive(datagram.getBytes(StandardCharsets.UTF_8));
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replace("\r", " ").replace("\n", " ").trim();
    }

    /** Gives access to NIST's own {@code MessageChannel.createBadReqRes}; nothing else is used. */
    private static final class BadRequestWording extends MessageChannel {

        static String word(String badRequest, ParseException ex) {
            return new BadRequestWording().createBadReqRes(badRequest, ex);
        }

        @Override
        public void close() {
        }

        @Override
        public SIPTransactionStack getSIPStack() {
            return null;
        }

        @Override
        public String getTransport() {
            return "UDP";
        }

        @Override
        public boolean isReliable() {
            return false;
        }

        @Override
        public boolean isSecure() {
            return false;
        }

        @Override
        public void sendMessage(SIPMessage sipMessage) throws IOException {
            throw new UnsupportedOperationException();
        }

        @Override
        public String getPeerAddress() {
            return null;
        }

        @Override
        protected InetAddress getPeerInetAddress() {
            return null;
        }

        @Override
        protected String getPeerProtocol() {
            return "UDP";
        }

        @Override
        public int getPeerPort() {
            return 0;
        }

        @Override
        public int getPeerPacketSourcePort() {
            return 0;
        }

        @Override
        public InetAddress getPeerPacketSourceAddress() {
            return null;
        }

        @Override
        public String getKey() {
            return null;
        }

        @Override
        public String getViaHost() {
            return null;
        }

        @Override
        public int getViaPort() {
            return 0;
        }

        @Override
        protected void sendMessage(byte[] message, InetAddress receiverAddress, int receiverPort, boolean reconnectFlag)
                throws IOException {
            throw new UnsupportedOperationException();
        }
    }
}
