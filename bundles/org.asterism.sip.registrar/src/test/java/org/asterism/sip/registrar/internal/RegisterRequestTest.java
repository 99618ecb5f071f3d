package org.asterism.sip.registrar.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.sip.SipFactory;
import javax.sip.message.Request;

import org.junit.Test;

public class RegisterRequestTest {

    private static Request parse(String contacts) throws Exception {
        SipFactory factory = SipFactory.getInstance();
        factory.setPathName("gov.nist");
        String text = "REGISTER sip:127.0.0.1 SIP/2.0\r\n"
                + "Via: SIP/2.0/UDP 127.0.0.1:5061;branch=z9hG4bK-1\r\n"
                + "From: <sip:6001@127.0.0.1>;tag=1\r\nTo: <sip:6001@127.0.0.1>\r\nCall-ID: reg-1\r\nCSeq: 7 REGISTER\r\n"
                + "Max-Forwards: 70\r\nUser-Agent: Phone 2.1\r\nPath: <sip:edge.example;lr>\r\n" + contacts + "Content-Length: 0\r\n\r\n";
        return factory.createMessageFactory().createRequest(text);
    }

    @Test
    public void readsTheAorBindingsAndClientDetails() throws Exception {
        RegisterRequest register = RegisterRequest.parse(parse(
                "Contact: <sip:6001@127.0.0.1:5061>;expires=300, <sip:6001@127.0.0.2:5061>\r\nExpires: 600\r\n"));
        assertEquals("6001", register.aorUser());
        assertEquals(List.of(new RequestedBinding("sip:6001@127.0.0.1:5061", 300), new RequestedBinding("sip:6001@127.0.0.2:5061", -1)),
                register.bindings());
        assertEquals(600, register.expiresHeader());
        assertEquals(7, register.cseq());
        assertEquals(List.of("<sip:edge.example;lr>"), register.path());
        assertEquals(Optional.of("127.0.0.1:5061"), register.viaAddress());
        assertTrue(register.userAgent().orElse("").startsWith("Phone"));
    }

    @Test
    public void noContactIsAQuery() throws Exception {
        assertTrue(RegisterRequest.parse(parse("")).isQuery());
    }

    @Test
    public void theWildcardNeedsExpiresZeroAndNoOtherContact() throws Exception {
        assertTrue(RegisterRequest.parse(parse("Contact: *\r\nExpires: 0\r\n")).wildcard());
        assertThrows(RegisterRequest.Malformed.class, () -> RegisterRequest.parse(parse("Contact: *\r\nExpires: 60\r\n")));
        assertThrows(RegisterRequest.Malformed.class, () -> RegisterRequest.parse(parse("Contact: *\r\n")));
    }

    @Test
    public void readsSupportedAndRequiredOptionTagsInLowerCase() throws Exception {
        RegisterRequest register = RegisterRequest.parse(parse(
                "Contact: <sip:6001@127.0.0.1:5061>\r\nSupported: Path, timer\r\nk: outbound\r\nRequire: PATH\r\n"));
        assertEquals(Set.of("path", "timer", "outbound"), register.supported());
        assertEquals(Set.of("path"), register.required());
        RegisterRequest plain = RegisterRequest.parse(parse("Contact: <sip:6001@127.0.0.1:5061>\r\n"));
        assertEquals(Set.of(), plain.supported());
        assertEquals(Set.of(), plain.required());
    }
}
