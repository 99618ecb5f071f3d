package org.asterism.sip.core.internal.objects;

import static org.junit.Assert.assertEquals;

import java.util.List;

import org.asterism.sip.api.endpoint.DomainAlias;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class DomainAliasObjectTypeTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void theSectionNameAliasesTheDomain() throws Exception {
        PjsipConf conf = PjsipConf.load(folder.getRoot().toPath(), "[pbx.example.net]\ntype=domain_alias\ndomain=example.com\n");
        assertEquals(List.of(), conf.problems());
        DomainAlias alias = conf.get("domain_alias", "pbx.example.net", DomainAlias.class);
        assertEquals("example.com", alias.domain());
        assertEquals("example.com", alias.options().get("domain"));
    }

    @Test
    public void anAliasWithoutADomainIsRefused() throws Exception {
        PjsipConf conf = PjsipConf.load(folder.getRoot().toPath(), "[pbx.example.net]\ntype=domain_alias\n");
        assertEquals(List.of("Error parsing domain= in section 'pbx.example.net' of pjsip.conf: domain_alias "
                + "'pbx.example.net' is missing the required domain being aliased",
                "Could not create an object of type 'domain_alias' with id 'pbx.example.net' from configuration file 'pjsip.conf'"),
                conf.problems());
    }

    @Test
    public void anUnknownOptionIsRefused() throws Exception {
        PjsipConf conf = PjsipConf.load(folder.getRoot().toPath(), "[a]\ntype=domain_alias\ndomain=b\nalias=c\n");
        assertEquals("Could not find option suitable for category 'a' named 'alias' at line 4 of pjsip.conf",
                conf.problems().get(0));
    }
}
