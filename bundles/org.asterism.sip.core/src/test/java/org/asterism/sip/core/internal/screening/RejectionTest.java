package org.asterism.sip.core.internal.screening;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.text.ParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sip.SipFactory;
import javax.sip.address.AddressFactory;
import javax.sip.address.SipURI;
import javax.sip.header.HeaderFactory;
import javax.sip.message.MessageFactory;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.junit.BeforeClass;
import org.junit.Test;

/** The small parts: {@link Rejection}, {@link RejectionHeaders}, {@link ServerCapabilities}, {@link ReasonPhrases}. */
public class RejectionTest {

    private static AddressFactory addresses;
    private static HeaderFactory headers;
    private static MessageFactory messages;

    @BeforeClass
    public static void factories() throws Exception {
        SipFactory factory = SipFactory.getInstance();
        factory.setPathName("gov.nist");
        addresses = factory.createAddressFactory();
        headers = factory.createHeaderFactory();
        messages = factory.createMessageFactory();
    }

    private static Response responseTo(int status) throws Exception {
        SipURI target = addresses.createSipURI("alice", "asterism.example");
        Request request = messages.createRequest(target, Request.OPTIONS, headers.createCallIdHeader("r@192.0.2.1"),
                headers.createCSeqHeader(1L, Request.OPTIONS),
                headers.createFromHeader(addresses.createAddress(addresses.createSipURI("bob", "example.com")), "f1"),
                headers.createToHeader(addresses.createAddress(target), null),
                List.of(headers.createViaHeader("192.0.2.1", 5060, "udp", "z9hG4bK-r")), headers.createMaxForwardsHeader(70));
        return messages.createResponse(status, request);
    }

    @Test
    public void theHeaderFactoryRefusesACommaSeparatedListWhichIsWhyRejectionHeadersExists() {
        assertThrows(ParseException.class, () -> headers.createHeader("Allow", "OPTIONS, INVITE"));
    }

    @Test
    public void listHeadersGoOnTheResponseWithEveryValue() throws Exception {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("Allow", "OPTIONS, REGISTER, INVITE");
        values.put("Unsupported", "nothingSupportsThis, nothingSupportsThisEither");
        values.put("Accept", "");
        values.put("Accept-Encoding", "identity");
        Response response = responseTo(405);
        RejectionHeaders.addTo(response, new Rejection(405, "Method Not Allowed (BYE)", values));
        String text = response.toString();
        assertTrue(text, text.contains("Allow: OPTIONS,REGISTER,INVITE\r\n"));
        assertTrue(text, text.contains("Unsupported: nothingSupportsThis,nothingSupportsThisEither\r\n"));
        assertTrue(text, text.contains("Accept: \r\n") || text.contains("Accept:\r\n"));
        assertTrue(text, text.contains("Accept-Encoding: identity\r\n"));
    }

    @Test
    public void singletonHeadersGoOnTheResponseToo() throws Exception {
        Response response = responseTo(422);
        RejectionHeaders.addTo(response, Rejection.of(422, "Session Interval Too Small", "Min-SE", "90"));
        assertTrue(response.toString(), response.toString().contains("Min-SE: 90\r\n"));
    }

    @Test
    public void aRejectionKeepsItsHeadersInOrderAndCannotBeChanged() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("Unsupported", "a");
        values.put("Allow", "OPTIONS");
        Rejection rejection = new Rejection(420, "Bad Extension (a)", values);
        values.put("Accept", "x/y");
        assertEquals(List.of("Unsupported", "Allow"), List.copyOf(rejection.headers().keySet()));
        assertThrows(UnsupportedOperationException.class, () -> rejection.headers().put("X", "y"));
        assertEquals(Map.of(), new Rejection(400, "Bad", null).headers());
    }

    @Test
    public void aRejectionIsAFinalFailureWithAReason() {
        assertThrows(IllegalArgumentException.class, () -> Rejection.of(200, "OK"));
        assertThrows(IllegalArgumentException.class, () -> Rejection.of(180, "Ringing"));
        assertThrows(NullPointerException.class, () -> Rejection.of(400, null));
    }

    @Test
    public void capabilitiesCopyTheirSetsAndTreatNullAsEmpty() {
        ServerCapabilities none = new ServerCapabilities(null, null, null);
        assertEquals(Set.of(), none.allowedMethods());
        assertEquals("", none.allowValue());
        assertEquals("", none.acceptValue());
        ServerCapabilities some = new ServerCapabilities(Set.of("INVITE", "OPTIONS"), Set.of("Timer"), Set.of("application/SDP"));
        assertEquals("OPTIONS, INVITE", some.allowValue());
        assertTrue(some.supportsOption("timer"));
        assertTrue(some.acceptsContentType("Application/sdp"));
    }

    @Test
    public void reasonPhrasesQuoteRequestTextSafely() {
        assertEquals("a%60b%25c%0D%0A%22d%3C%3E", ReasonPhrases.quote("a`b%c\r\n\"d<>"));
        assertEquals("RE%2547IST%2545R", ReasonPhrases.quote("RE%47IST%45R"));
        assertEquals("простое; ok (1)!", ReasonPhrases.quote("простое; ok (1)!"));
        assertEquals("x".repeat(ReasonPhrases.MAX_QUOTED) + "...", ReasonPhrases.quote("x".repeat(200)));
        assertEquals("", ReasonPhrases.quote(null));
    }
}
