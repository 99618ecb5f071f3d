package org.asterism.sip.core.internal.objects;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Optional;

import org.asterism.sip.api.endpoint.Aor;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class AorObjectTypeTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private Aor aor(String options) throws Exception {
        PjsipConf conf = PjsipConf.load(folder.getRoot().toPath(), "[6001]\ntype=aor\n" + options);
        assertEquals(List.of(), conf.problems());
        return conf.get("aor", "6001", Aor.class);
    }

    private String problem(String options) throws Exception {
        PjsipConf conf = PjsipConf.load(folder.getRoot().toPath(), "[6001]\ntype=aor\n" + options);
        assertEquals(conf.problems().toString(), 2, conf.problems().size());
        assertEquals("Could not create an object of type 'aor' with id '6001' from configuration file 'pjsip.conf'",
                conf.problems().get(1));
        return conf.problems().get(0);
    }

    @Test
    public void anEmptyAorHasAsterisksDefaults() throws Exception {
        Aor aor = aor("");
        assertEquals(0, aor.maxContacts());
        assertFalse(aor.acceptsRegistrations());
        assertFalse(aor.removeExisting());
        assertFalse(aor.removeUnavailable());
        assertEquals(60, aor.minimumExpiration());
        assertEquals(7200, aor.maximumExpiration());
        assertEquals(3600, aor.defaultExpiration());
        assertEquals(0, aor.qualifyFrequency());
        assertEquals(3.0, aor.qualifyTimeout(), 0.0);
        assertFalse(aor.authenticateQualify());
        assertEquals(List.of(), aor.contacts());
        assertEquals(List.of(), aor.mailboxes());
        assertFalse(aor.supportPath());
        assertEquals(Optional.empty(), aor.outboundProxy());
        assertEquals("", aor.voicemailExtension());
        assertEquals(AorOptionTable.TABLE.names().size(), aor.options().size());
        assertEquals("3.0", aor.options().get("qualify_timeout"));
    }

    @Test
    public void typedOptionsAreRead() throws Exception {
        Aor aor = aor("""
                max_contacts=2
                remove_existing=yes
                remove_unavailable=yes
                minimum_expiration=30
                maximum_expiration=3600
                default_expiration=120
                qualify_frequency=60
                qualify_timeout=1.5
                authenticate_qualify=yes
                contact=sip:198.51.100.1:5060
                contact=sips:trunk@[2001:db8::1]:5061,<sip:backup.example.com\\;transport=tcp>
                mailboxes=6001@default
                support_path=yes
                outbound_proxy=sip:proxy.example.com\\;lr
                voicemail_extension=*97
                """);
        assertEquals(2, aor.maxContacts());
        assertTrue(aor.acceptsRegistrations());
        assertTrue(aor.removeExisting());
        assertTrue(aor.removeUnavailable());
        assertEquals(30, aor.minimumExpiration());
        assertEquals(3600, aor.maximumExpiration());
        assertEquals(120, aor.defaultExpiration());
        assertEquals(60, aor.qualifyFrequency());
        assertEquals(1.5, aor.qualifyTimeout(), 0.0);
        assertTrue(aor.authenticateQualify());
        assertEquals(List.of("sip:198.51.100.1:5060", "sips:trunk@[2001:db8::1]:5061", "<sip:backup.example.com;transport=tcp>"),
                aor.contacts());
        assertEquals(List.of("6001@default"), aor.mailboxes());
        assertTrue(aor.supportPath());
        assertTrue(aor.outboundProxy().isPresent());
        assertEquals("*97", aor.voicemailExtension());
    }

    @Test
    public void badValuesAreRefusedWithTheOptionNamed() throws Exception {
        assertEquals("Error parsing max_contacts=abc at line 3 of pjsip.conf: must be a whole number from 0 to "
                + Integer.MAX_VALUE, problem("max_contacts=abc\n"));
        assertEquals("Error parsing qualify_timeout=-1 at line 3 of pjsip.conf: must be a number from 0 up, such as 3.5",
                problem("qualify_timeout=-1\n"));
        assertEquals("Error parsing qualify_frequency=86401 at line 3 of pjsip.conf: must be a whole number from 0 to 86400",
                problem("qualify_frequency=86401\n"));
        assertEquals("Error parsing remove_existing=sometimes at line 3 of pjsip.conf: must be yes or no",
                problem("remove_existing=sometimes\n"));
    }

    @Test
    public void aContactThatIsNotASipUriIsRefusedWithTheUriToWrite() throws Exception {
        assertEquals("Error parsing contact=10.0.0.1 at line 4 of pjsip.conf: not a SIP URI; write contact=sip:10.0.0.1 (or sips:)",
                problem("contact=sip:10.0.0.2\ncontact=10.0.0.1\n"));
        assertTrue(problem("contact=sip:\n").contains("contact URI has no host"));
        assertTrue(problem("contact=sip:[2001:db8::1\n").contains("IPv6 host has no closing ']'"));
        assertTrue(problem("contact=sip:" + "h".repeat(118) + "\n").contains("contact host is longer than 117 characters"));
        aor("contact=sip:" + "h".repeat(118) + ":5060\n");
    }

    @Test
    public void anUnknownOptionIsRefused() throws Exception {
        assertEquals("Could not find option suitable for category '6001' named 'qualify' at line 3 of pjsip.conf",
                problem("qualify=yes\n"));
    }
}
