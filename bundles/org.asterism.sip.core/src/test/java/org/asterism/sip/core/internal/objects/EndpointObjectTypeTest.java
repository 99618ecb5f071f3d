package org.asterism.sip.core.internal.objects;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Optional;

import org.asterism.sip.api.endpoint.Endpoint;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class EndpointObjectTypeTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private PjsipConf load(String text) throws Exception {
        return PjsipConf.load(folder.getRoot().toPath(), text);
    }

    private Endpoint endpoint(String options) throws Exception {
        PjsipConf conf = load("[6001]\ntype=endpoint\n" + options);
        assertEquals(List.of(), conf.problems());
        return conf.get("endpoint", "6001", Endpoint.class);
    }

    /** The first problem line for a one-endpoint file whose options start at line 3. */
    private String problem(String options) throws Exception {
        PjsipConf conf = load("[6001]\ntype=endpoint\n" + options);
        assertEquals(conf.problems().toString(), 2, conf.problems().size());
        assertEquals("Could not create an object of type 'endpoint' with id '6001' from configuration file 'pjsip.conf'",
                conf.problems().get(1));
        assertTrue(conf.find("endpoint", "6001", Endpoint.class).isEmpty());
        return conf.problems().get(0);
    }

    @Test
    public void anEmptyEndpointHasAsterisksDefaults() throws Exception {
        Endpoint endpoint = endpoint("");
        assertEquals("default", endpoint.context());
        assertEquals(List.of(), endpoint.aors());
        assertEquals(List.of(), endpoint.auth());
        assertEquals(List.of(), endpoint.outboundAuth());
        assertEquals(List.of("username", "ip"), endpoint.identifyBy());
        assertEquals(Optional.empty(), endpoint.transport());
        assertEquals(List.of(), endpoint.allow());
        assertEquals(Optional.empty(), endpoint.fromUser());
        assertEquals(Optional.empty(), endpoint.fromDomain());
        assertFalse(endpoint.rewriteContact());
        assertTrue(endpoint.forceRport());
        assertFalse(endpoint.rtpSymmetric());
        assertTrue(endpoint.directMedia());
        assertEquals("rfc4733", endpoint.dtmfMode());
        assertEquals(Optional.empty(), endpoint.callerid());
        assertFalse(endpoint.trustIdInbound());
        assertFalse(endpoint.sendPai());
        assertEquals("yes", endpoint.timers());
        assertEquals(90, endpoint.timersMinSe());
        assertEquals(1800, endpoint.timersSessExpires());
        assertEquals("yes", endpoint.oneHundredRel());
        assertEquals("", endpoint.language());
        assertEquals(List.of(), endpoint.setVar());
        assertEquals("", endpoint.accountcode());
    }

    @Test
    public void optionsHoldEveryDocumentedOptionWithDefaults() throws Exception {
        Endpoint endpoint = endpoint("send_rpid=true\n");
        assertEquals(EndpointOptionTable.TABLE.names().size(), endpoint.options().size());
        assertEquals("yes", endpoint.options().get("send_rpid"));
        assertEquals("0", endpoint.options().get("sub_min_expiry"));
        assertEquals("default", endpoint.options().get("moh_suggest"));
        assertEquals("remote_merge", endpoint.options().get("outgoing_call_offer_pref"));
        assertEquals("allowed_not_screened", endpoint.options().get("callerid_privacy"));
        assertEquals("Asterisk", endpoint.options().get("sdp_session"));
    }

    @Test
    public void typedOptionsAreRead() throws Exception {
        Endpoint endpoint = endpoint("""
                context=from-internal
                aors=6001, 6001-desk
                auth=6001
                outbound_auth=trunk-auth
                identify_by=IP,username,ip
                transport=transport-tls
                from_user=alice
                from_domain=example.com
                mailboxes=6001@default,6002@default
                rewrite_contact=yes
                force_rport=no
                rtp_symmetric=on
                direct_media=0
                dtmf_mode=AUTO_INFO
                callerid="Alice" <6001>
                trust_id_inbound=y
                send_pai=1
                timers=forced
                timers_min_se=120
                timers_sess_expires=600
                100rel=peer_supported
                language=de
                set_var=CDR(department)=sales
                set_var=GREETING=hello, world
                set_var=CDR(department)=support
                accountcode=1234
                """);
        assertEquals("from-internal", endpoint.context());
        assertEquals(List.of("6001", "6001-desk"), endpoint.aors());
        assertEquals(List.of("6001"), endpoint.auth());
        assertEquals(List.of("trunk-auth"), endpoint.outboundAuth());
        assertEquals(List.of("ip", "username"), endpoint.identifyBy());
        assertTrue(endpoint.identifiableBy("ip"));
        assertEquals(Optional.of("transport-tls"), endpoint.transport());
        assertEquals(Optional.of("alice"), endpoint.fromUser());
        assertEquals(Optional.of("example.com"), endpoint.fromDomain());
        assertEquals(List.of("6001@default", "6002@default"), endpoint.mailboxes());
        assertTrue(endpoint.rewriteContact());
        assertFalse(endpoint.forceRport());
        assertTrue(endpoint.rtpSymmetric());
        assertFalse(endpoint.directMedia());
        assertEquals("auto_info", endpoint.dtmfMode());
        assertEquals(Optional.of("\"Alice\" <6001>"), endpoint.callerid());
        assertTrue(endpoint.trustIdInbound());
        assertTrue(endpoint.sendPai());
        assertEquals("always", endpoint.timers());
        assertEquals(120, endpoint.timersMinSe());
        assertEquals(600, endpoint.timersSessExpires());
        assertEquals("peer_supported", endpoint.oneHundredRel());
        assertEquals("de", endpoint.language());
        assertEquals(List.of("CDR(department)=support", "GREETING=hello,world"), endpoint.setVar());
        assertEquals("1234", endpoint.accountcode());
    }

    @Test
    public void aSectionsValueReplacesItsTemplatesForSingleValuedOptions() throws Exception {
        PjsipConf conf = load("""
                [phone](!)
                type=endpoint
                context=internal
                aors=shared
                100rel=no
                timers=no

                [6001](phone)
                aors=6001
                100rel=required
                """);
        assertEquals(List.of(), conf.problems());
        Endpoint endpoint = conf.get("endpoint", "6001", Endpoint.class);
        assertEquals("internal", endpoint.context());
        assertEquals(List.of("6001"), endpoint.aors());
        assertEquals("required", endpoint.oneHundredRel());
        assertEquals("no", endpoint.timers());
    }

    @Test
    public void emptySdpNamesBecomeADashAsInAsterisk() throws Exception {
        Endpoint endpoint = endpoint("sdp_session=\nsdp_owner=my phone\n");
        assertEquals("-", endpoint.options().get("sdp_session"));
        assertEquals("-", endpoint.options().get("sdp_owner"));
    }

    @Test
    public void badWordsAreRefusedWithOptionValueAndLine() throws Exception {
        assertEquals("Error parsing dtmf_mode=rfc2833 at line 3 of pjsip.conf: must be one of rfc4733, inband, info, auto, "
                + "auto_info, none", problem("dtmf_mode=rfc2833\n"));
        assertEquals("Error parsing 100rel=maybe at line 3 of pjsip.conf: must be yes, no, required, peer_supported",
                problem("100rel=maybe\n"));
        assertEquals("Error parsing timers=sometimes at line 3 of pjsip.conf: must be yes, no, required, always, forced",
                problem("timers=sometimes\n"));
        assertEquals("Error parsing direct_media=perhaps at line 3 of pjsip.conf: must be yes or no",
                problem("direct_media=perhaps\n"));
        assertTrue(problem("identify_by=username,mac\n").startsWith(
                "Error parsing identify_by=username,mac at line 3 of pjsip.conf: unrecognized identification method 'mac'"));
        assertTrue(problem("callerid_privacy=secret\n").startsWith("Error parsing callerid_privacy=secret at line 3"));
        assertTrue(problem("follow_redirect_methods=message,invite\n").contains("unrecognized SIP method 'invite'"));
        assertTrue(problem("media_encryption=zrtp\n").startsWith("Error parsing media_encryption=zrtp at line 3"));
    }

    @Test
    public void badNumbersAreRefused() throws Exception {
        assertEquals("Error parsing timers_sess_expires=soon at line 3 of pjsip.conf: must be a whole number from 0 to "
                + Integer.MAX_VALUE, problem("timers_sess_expires=soon\n"));
        assertEquals("Error parsing timers_min_se=60 at line 3 of pjsip.conf: session timer minimum expires time must be "
                + "90 or greater", problem("timers_min_se=60\n"));
        assertEquals("Error parsing timers_sess_expires=100 at line 4 of pjsip.conf: session timer expires must be at least "
                + "timers_min_se (120)", problem("timers_min_se=120\ntimers_sess_expires=100\n"));
        assertEquals("Error parsing rtp_port_start=10000 at line 3 of pjsip.conf: rtp_port_start and rtp_port_end must be "
                + "set together", problem("rtp_port_start=10000\n"));
        assertEquals("Error parsing rtp_port_end=10000 at line 4 of pjsip.conf: rtp_port_end must be greater than "
                + "rtp_port_start (20000)", problem("rtp_port_start=20000\nrtp_port_end=10000\n"));
        assertTrue(problem("rtp_port_start=80\nrtp_port_end=10000\n").startsWith("Error parsing rtp_port_start=80 at line 3"));
        assertTrue(problem("rtp_port_end=70000\n").startsWith("Error parsing rtp_port_end=70000 at line 3"));
    }

    @Test
    public void otherCheckedValuesAreRefused() throws Exception {
        assertEquals("Error parsing from_user=bob smith at line 3 of pjsip.conf: contains invalid character ' '",
                problem("from_user=bob smith\n"));
        assertEquals("Error parsing set_var=NOVALUE at line 3 of pjsip.conf: must be NAME=value", problem("set_var=NOVALUE\n"));
        assertTrue(problem("permit=10.0.0.0/33\n").startsWith("Error parsing permit=10.0.0.0/33 at line 3 of pjsip.conf"));
        assertTrue(problem("codec_prefs_incoming_offer=prefer: pending, operation: union\n")
                .contains("an incoming offer cannot use operation: union"));
        assertTrue(problem("codec_prefs_outgoing_answer=keep: some\n").contains("'keep' must be one of all, first"));
        assertTrue(problem("preferred_codec_only=yes\nincoming_call_offer_pref=remote\n")
                .contains("setting both preferred_codec_only and incoming_call_offer_pref is not supported"));
    }

    @Test
    public void acceptedValuesOfCheckedOptionsLoad() throws Exception {
        Endpoint endpoint = endpoint("""
                permit=192.168.0.0/255.255.0.0,!192.168.1.5
                deny=0.0.0.0/0
                callerid_privacy=prohib
                preferred_codec_only=yes
                rtp_port_start=10000
                rtp_port_end=20000
                identify_by=
                """);
        assertEquals("192.168.0.0/255.255.0.0,!192.168.1.5", endpoint.options().get("permit"));
        assertEquals(List.of(), endpoint.identifyBy());
    }

    @Test
    public void anUnknownOptionIsRefusedWithAsterisksError() throws Exception {
        assertEquals("Could not find option suitable for category '6001' named 'awesomeness' at line 4 of pjsip.conf",
                problem("context=default\nawesomeness=11\n"));
    }
}
