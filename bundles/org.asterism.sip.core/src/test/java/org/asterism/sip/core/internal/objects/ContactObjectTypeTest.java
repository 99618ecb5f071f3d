package org.asterism.sip.core.internal.objects;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class ContactObjectTypeTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void aContactSectionIsRefusedWithWhereContactsComeFrom() throws Exception {
        PjsipConf conf = PjsipConf.load(folder.getRoot().toPath(),
                "[6001-phone]\ntype=contact\nuri=sip:6001@192.0.2.10:5060\n\n[6001]\ntype=aor\ncontact=sip:6001@192.0.2.10\n");
        assertEquals(List.of("Error parsing type=contact at line 2 of pjsip.conf: contacts are not configured in pjsip.conf: "
                + "they come from REGISTER, or from a contact=sip:... line of a type=aor section",
                "Could not create an object of type 'contact' with id '6001-phone' from configuration file 'pjsip.conf'"),
                conf.problems());
        assertTrue(conf.all("contact", Object.class).isEmpty());
        assertEquals(1, conf.all("aor", Object.class).size());
    }
}
