package org.asterism.sip.core.internal.objects;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.asterism.sip.api.endpoint.GlobalSettings;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.osgi.framework.Version;

public class GlobalObjectTypeTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private PjsipConf load(String options) throws Exception {
        return PjsipConf.load(folder.getRoot().toPath(), "[global]\ntype=global\n" + options);
    }

    private GlobalSettings global(String options) throws Exception {
        PjsipConf conf = load(options);
        assertEquals(List.of(), conf.problems());
        return conf.get("global", "global", GlobalSettings.class);
    }

    @Test
    public void anEmptyGlobalHasAsterisksDefaults() throws Exception {
        GlobalSettings global = global("");
        assertEquals(List.of("ip", "username", "anonymous"), global.endpointIdentifierOrder());
        assertEquals("asterisk", global.defaultRealm());
        assertEquals("Asterism 0.1.0", global.userAgent());
        assertEquals(90, global.keepAliveInterval());
        assertEquals(70, global.maxForwards());
        assertEquals("default_outbound_endpoint", global.defaultOutboundEndpoint());
        assertEquals("asterisk", global.defaultFromUser());
        assertEquals("", global.defaultVoicemailExtension());
        assertEquals(5, global.unidentifiedRequestCount());
        assertEquals(5, global.unidentifiedRequestPeriod());
        assertEquals(30, global.unidentifiedRequestPruneInterval());
        assertEquals(0, global.maxInitialQualifyTime());
        assertEquals(30, global.contactExpirationCheckInterval());
        assertFalse(global.disableMultiDomain());
        assertFalse(global.ignoreUriUserOptions());
        assertEquals(GlobalOptionTable.create("x").names().size(), global.options().size());
        assertEquals("-1", global.options().get("mwi_tps_queue_low"));
        assertEquals("yes", global.options().get("norefersub"));
        assertEquals("MD5", global.options().get("default_auth_algorithms_uas"));
    }

    @Test
    public void theDefaultUserAgentNamesThisServerAndItsVersion() {
        assertEquals("Asterism 1.2.3", GlobalObjectType.productName(new Version(1, 2, 3, "SNAPSHOT")));
    }

    @Test
    public void typedOptionsAreRead() throws Exception {
        GlobalSettings global = global("""
                endpoint_identifier_order=username,ip,anonymous,header
                default_realm=pbx.example.com
                user_agent=Example PBX
                keep_alive_interval=0
                max_forwards=20
                default_outbound_endpoint=outbound
                default_from_user=pbx
                default_voicemail_extension=*97
                unidentified_request_count=10
                unidentified_request_period=60
                unidentified_request_prune_interval=120
                max_initial_qualify_time=30
                contact_expiration_check_interval=15
                disable_multi_domain=yes
                ignore_uri_user_options=yes
                """);
        assertEquals(List.of("username", "ip", "anonymous", "header"), global.endpointIdentifierOrder());
        assertEquals("pbx.example.com", global.defaultRealm());
        assertEquals("Example PBX", global.userAgent());
        assertEquals(0, global.keepAliveInterval());
        assertEquals(20, global.maxForwards());
        assertEquals("outbound", global.defaultOutboundEndpoint());
        assertEquals("pbx", global.defaultFromUser());
        assertEquals("*97", global.defaultVoicemailExtension());
        assertEquals(10, global.unidentifiedRequestCount());
        assertEquals(60, global.unidentifiedRequestPeriod());
        assertEquals(120, global.unidentifiedRequestPruneInterval());
        assertEquals(30, global.maxInitialQualifyTime());
        assertEquals(15, global.contactExpirationCheckInterval());
        assertTrue(global.disableMultiDomain());
        assertTrue(global.ignoreUriUserOptions());
    }

    @Test
    public void unknownDefaultAlgorithmsFallBackToMd5AsInAsterisk() throws Exception {
        GlobalSettings global = global("default_auth_algorithms_uas=SHA-256,sha-3\ndefault_auth_algorithms_uac=sha-256\n");
        assertEquals("MD5", global.options().get("default_auth_algorithms_uas"));
        assertEquals("sha-256", global.options().get("default_auth_algorithms_uac"));
    }

    @Test
    public void badValuesAreRefusedWithTheOptionNamed() throws Exception {
        assertEquals("Error parsing max_forwards=seventy at line 3 of pjsip.conf: must be a whole number from 0 to "
                + Integer.MAX_VALUE, load("max_forwards=seventy\n").problems().get(0));
        assertEquals("Error parsing taskprocessor_overload_trigger=always at line 3 of pjsip.conf: must be one of none, "
                + "global, pjsip_only", load("taskprocessor_overload_trigger=always\n").problems().get(0));
        assertEquals("Error parsing default_from_user= at line 3 of pjsip.conf: global option 'default_from_user' can't be "
                + "empty; set it to a valid value or remove the entry to accept 'asterisk' as the default",
                load("default_from_user=\n").problems().get(0));
        assertEquals("Could not create an object of type 'global' with id 'global' from configuration file 'pjsip.conf'",
                load("debug=\n").problems().get(1));
        assertEquals("Could not find option suitable for category 'global' named 'realm' at line 3 of pjsip.conf",
                load("realm=x\n").problems().get(0));
    }

    @Test
    public void aSecondGlobalSectionIsReportedAndIgnoredAsInAsterisk() throws Exception {
        PjsipConf conf = PjsipConf.load(folder.getRoot().toPath(), "[one]\ntype=global\nmax_forwards=20\n\n[two]\ntype=global\n");
        assertEquals(List.of("At most one pjsip.conf type=global object can be defined; 'two' at line 5 of pjsip.conf is ignored"),
                conf.problems());
        assertEquals(20, conf.get("global", "one", GlobalSettings.class).maxForwards());
    }
}
