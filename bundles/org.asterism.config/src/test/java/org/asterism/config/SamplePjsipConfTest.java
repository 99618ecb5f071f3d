package org.asterism.config;

import static org.asterism.config.Parsing.names;
import static org.asterism.config.Parsing.pairs;
import static org.asterism.config.Parsing.value;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.BeforeClass;
import org.junit.Test;

/** A pjsip.conf in the style of the Asterisk wiki, parsed from a real file. */
public class SamplePjsipConfTest {

    private static ConfigDocument doc;

    @BeforeClass
    public static void parseSample() throws Exception {
        Path file = Path.of(SamplePjsipConfTest.class.getResource("pjsip-sample.conf").toURI());
        doc = new ConfigParser().parse(file);
    }

    private static List<ConfigSection> named(String name) {
        return doc.sections().stream().filter(s -> s.name().equals(name)).collect(Collectors.toList());
    }

    @Test
    public void sectionsInOrderWithoutTemplates() {
        assertEquals(List.of("transport-udp", "mytrunk", "mytrunk", "mytrunk", "mytrunk", "mytrunk",
                "6001", "6001", "6001", "6002", "6002", "6002"), names(doc));
        assertTrue(doc.warnings().isEmpty());
        assertEquals(1, doc.files().size());
        assertTrue(doc.sections().stream().allMatch(s -> s.file().equals("pjsip-sample.conf")));
    }

    @Test
    public void transport() {
        ConfigSection transport = doc.sections().get(0);
        assertEquals(6, transport.line());
        assertEquals(List.of("type=transport", "protocol=udp", "bind=0.0.0.0"), pairs(transport));
    }

    @Test
    public void trunkObjectsShareOneName() {
        List<String> types = named("mytrunk").stream().map(s -> value(s, "type")).collect(Collectors.toList());
        assertEquals(List.of("registration", "auth", "aor", "endpoint", "identify"), types);
        assertEquals("sip:sip.example.com:5060", value(named("mytrunk").get(2), "contact"));
    }

    @Test
    public void phoneBuiltFromTemplates() {
        List<ConfigSection> phone = named("6001");
        assertEquals(List.of("endpoint-basic"), phone.get(0).templates());
        assertEquals(List.of("type=endpoint", "context=from-internal", "disallow=all", "allow=ulaw",
                "auth=6001", "aors=6001"), pairs(phone.get(0)));
        assertEquals(List.of("type=auth", "auth_type=userpass", "password=6001", "username=6001"), pairs(phone.get(1)));
        assertEquals(List.of("type=aor", "max_contacts=1"), pairs(phone.get(2)));
        ConfigEntry inherited = phone.get(2).entries().get(1);
        assertEquals(new ConfigEntry("max_contacts", "1", "pjsip-sample.conf", 57), inherited);
    }

    @Test
    public void phoneOverridesAndExtendsTemplates() {
        List<ConfigSection> phone = named("6002");
        assertEquals(List.of("ulaw", "g722"),
                phone.get(0).all("allow").stream().map(ConfigEntry::value).collect(Collectors.toList()));
        assertEquals("\"Bob\" <6002>", value(phone.get(0), "callerid"));
        assertEquals("s3cr;t", value(phone.get(1), "password"));
        assertEquals("2", value(phone.get(2), "max_contacts"));
        assertEquals(2, phone.get(2).all("max_contacts").size());
    }
}
