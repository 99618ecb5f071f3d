package org.asterism.sip.core.internal.objects;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Optional;

import org.asterism.sip.api.endpoint.Aor;
import org.asterism.sip.api.endpoint.Auth;
import org.asterism.sip.api.endpoint.DomainAlias;
import org.asterism.sip.api.endpoint.Endpoint;
import org.asterism.sip.api.endpoint.GlobalSettings;
import org.asterism.sip.api.endpoint.SystemSettings;
import org.asterism.sip.api.transport.TransportConfig;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * A pjsip.conf as Asterisk's documentation and samples write one (configs/samples/pjsip.conf.sample's trunk,
 * configs/basic-pbx/pjsip.conf's phone templates) loads with no problem line. Its identify and registration
 * sections belong to modules not written yet: they wait, and are no problem.
 */
public class WikiPjsipConfObjectTypesTest {

    private static final String PJSIP_CONF = """
            [system]
            type=system
            timer_t1=500
            timer_b=32000
            disable_tcp_switch=yes

            [global]
            type=global
            max_forwards=70
            user_agent=Example PBX
            default_realm=pbx.example.com
            endpoint_identifier_order=ip,username,anonymous
            keep_alive_interval=90

            ;================================ TRANSPORTS ==
            [transport-udp-nat]
            type = transport
            protocol = udp
            bind = 0.0.0.0
            local_net = 192.0.2.0/24
            external_media_address = 203.0.113.1
            external_signaling_address = 203.0.113.1

            [transport-tcp]
            type=transport
            protocol=tcp
            bind=0.0.0.0
            tcp_keepalive_enable=yes        ; Enable TCP keepalive (yes/no)
            tcp_keepalive_idle_time=30

            ;===============OUTBOUND REGISTRATION WITH OUTBOUND AUTHENTICATION============
            [mytrunk]
            type=registration
            transport=transport-udp-nat
            outbound_auth=mytrunk_auth
            server_uri=sip:sip.example.com
            client_uri=sip:1234567890@sip.example.com
            contact_user=1234567890
            retry_interval=60
            forbidden_retry_interval=600
            expiration=3600
            line=yes
            endpoint=mytrunk

            [mytrunk_auth]
            type=auth
            auth_type=userpass
            password=1234567890
            username=1234567890
            realm=sip.example.com

            ;===============ENDPOINT CONFIGURED AS A TRUNK, OUTBOUND AUTHENTICATION=======
            [mytrunk]
            type=endpoint
            transport=transport-udp-nat
            context=from-external
            disallow=all
            allow=ulaw
            outbound_auth=mytrunk_auth
            aors=mytrunk
            force_rport=yes    ;It's a good idea to read the configuration help for each
            direct_media=no    ;of these options.
            ice_support=yes
            identify_by=ip

            [mytrunk]
            type=aor
            contact=sip:198.51.100.1:5060
            contact=sip:198.51.100.2:5060
            qualify_frequency=60

            [mytrunk]
            type=identify
            endpoint=mytrunk
            match=198.51.100.1
            match=198.51.100.2
            match=192.168.10.0:5061/24

            ;================================ ENDPOINT TEMPLATES ==
            [endpoint-internal-d70](!)
            type = endpoint
            context = Long-Distance
            allow = !all,g722,ulaw
            direct_media = no
            trust_id_outbound = yes
            device_state_busy_at = 1
            dtmf_mode = rfc4733
            rtp_symmetric = yes
            rewrite_contact = yes
            transport = transport-udp-nat

            [auth-userpass](!)
            type = auth
            auth_type = userpass

            [aor-single-reg](!)
            type = aor
            max_contacts = 1
            remove_existing = yes

            ;================================ ENDPOINT DEFINITIONS ==
            [1107](endpoint-internal-d70)
            auth = 1107
            aors = 1107
            callerid = Lindsey Freddie <1107>

            [1107](auth-userpass)
            password = 4webrEtHupHewu4
            username = 0019159BF771

            [1107](aor-single-reg)
            mailboxes = 1107@example

            [1111](endpoint-internal-d70)
            auth = 1111
            aors = 1111
            callerid = Temple Morgan <1111>
            set_var = CDR(department)=management

            [1111](auth-userpass)
            password = be4eberEkUsUMaF
            username = 000FD3012445

            [1111](aor-single-reg)
            mailboxes = 1111@example

            [example.net]
            type=domain_alias
            domain=example.com
            """;

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void theWholeFileLoadsWithoutProblems() throws Exception {
        PjsipConf conf = PjsipConf.load(folder.getRoot().toPath(), PJSIP_CONF);
        assertEquals(List.of(), conf.problems());
        assertEquals(2, conf.all("transport", TransportConfig.class).size());
        assertEquals(List.of("mytrunk", "1107", "1111"), conf.all("endpoint", Endpoint.class).stream().map(Endpoint::id).toList());
        assertEquals(3, conf.all("auth", Auth.class).size());
        assertEquals(3, conf.all("aor", Aor.class).size());
        assertEquals(1, conf.all("domain_alias", DomainAlias.class).size());
        assertEquals(1, conf.all("global", GlobalSettings.class).size());
        assertEquals(1, conf.all("system", SystemSettings.class).size());
        assertTrue(conf.all("identify", Object.class).isEmpty());
        assertTrue(conf.all("registration", Object.class).isEmpty());
    }

    @Test
    public void theTrunkReadsAsWritten() throws Exception {
        PjsipConf conf = PjsipConf.load(folder.getRoot().toPath(), PJSIP_CONF);
        Endpoint trunk = conf.get("endpoint", "mytrunk", Endpoint.class);
        assertEquals("from-external", trunk.context());
        assertEquals(List.of("ulaw"), trunk.allow());
        assertEquals(List.of("mytrunk_auth"), trunk.outboundAuth());
        assertEquals(List.of(), trunk.auth());
        assertEquals(List.of("ip"), trunk.identifyBy());
        assertEquals(Optional.of("transport-udp-nat"), trunk.transport());
        assertEquals("yes", trunk.options().get("ice_support"));
        Aor aor = conf.get("aor", "mytrunk", Aor.class);
        assertEquals(List.of("sip:198.51.100.1:5060", "sip:198.51.100.2:5060"), aor.contacts());
        assertEquals(60, aor.qualifyFrequency());
        Auth auth = conf.get("auth", "mytrunk_auth", Auth.class);
        assertEquals(Optional.of("sip.example.com"), auth.realm());
    }

    @Test
    public void phonesInheritTheirTemplates() throws Exception {
        PjsipConf conf = PjsipConf.load(folder.getRoot().toPath(), PJSIP_CONF);
        Endpoint phone = conf.get("endpoint", "1111", Endpoint.class);
        assertEquals("Long-Distance", phone.context());
        assertEquals(List.of("g722", "ulaw"), phone.allow());
        assertEquals(List.of("1111"), phone.auth());
        assertEquals(List.of("1111"), phone.aors());
        assertEquals(Optional.of("Temple Morgan <1111>"), phone.callerid());
        assertEquals(List.of("CDR(department)=management"), phone.setVar());
        assertEquals("1", phone.options().get("device_state_busy_at"));
        Auth auth = conf.get("auth", "1111", Auth.class);
        assertEquals("000FD3012445", auth.username());
        assertEquals(Optional.empty(), auth.realm());
        Aor aor = conf.get("aor", "1111", Aor.class);
        assertEquals(1, aor.maxContacts());
        assertTrue(aor.removeExisting());
        assertEquals(List.of("1111@example"), aor.mailboxes());
        assertEquals("pbx.example.com", conf.get("global", "global", GlobalSettings.class).defaultRealm());
    }
}
