package org.asterism.sip.core.internal.objects;

import static org.junit.Assert.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Every option pjsip_config.xml documents for res_pjsip's object types loads, each in a section of its own, with
 * no problem line; and each option table lists exactly the documented names.
 */
public class ObjectTypeCompletenessTest {

    /** What a section of each type needs besides the option under test. */
    private static final Map<String, String> REQUIRED = Map.of(
            "auth", "username=6001\npassword=secret\n",
            "domain_alias", "domain=example.com\n");

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private static List<String[]> documented(String xmlOptions) {
        List<String[]> options = new ArrayList<>();
        for (String line : xmlOptions.strip().split("\n")) {
            String[] option = line.strip().split("=", 2);
            if (!option[0].equals("type")) {
                options.add(option);
            }
        }
        return options;
    }

    private static Set<String> names(String xmlOptions) {
        Set<String> names = new LinkedHashSet<>();
        documented(xmlOptions).forEach(option -> names.add(option[0]));
        return names;
    }

    private void everyDocumentedOptionLoads(String type, String xmlOptions) throws Exception {
        if (type.equals("global") || type.equals("system")) {
            everyOptionLoadsAlone(type, xmlOptions); // one object of these types at most
            return;
        }
        StringBuilder conf = new StringBuilder();
        for (String[] option : documented(xmlOptions)) {
            conf.append('[').append(type).append('-').append(option[0]).append("]\ntype=").append(type).append('\n')
                    .append(REQUIRED.getOrDefault(type, ""))
                    .append(option[0]).append('=').append(option[1]).append("\n\n");
        }
        PjsipConf loaded = PjsipConf.load(folder.getRoot().toPath(), conf.toString());
        assertEquals(List.of(), loaded.problems());
        assertEquals(documented(xmlOptions).size(), loaded.all(type, Object.class).size());
    }

    private void everyOptionLoadsAlone(String type, String xmlOptions) throws Exception {
        for (String[] option : documented(xmlOptions)) {
            String conf = "[" + type + "]\ntype=" + type + "\n" + option[0] + "=" + option[1] + "\n";
            PjsipConf loaded = PjsipConf.load(folder.newFolder().toPath(), conf);
            assertEquals(option[0], List.of(), loaded.problems());
            assertEquals(option[0], 1, loaded.all(type, Object.class).size());
        }
    }

    @Test
    public void theTablesListExactlyTheDocumentedOptions() {
        assertEquals(names(PjsipConfigXml.ENDPOINT), EndpointOptionTable.TABLE.names());
        assertEquals(names(PjsipConfigXml.AUTH), AuthOptionTable.TABLE.names());
        assertEquals(names(PjsipConfigXml.AOR), AorOptionTable.TABLE.names());
        assertEquals(names(PjsipConfigXml.DOMAIN_ALIAS), DomainAliasOptionTable.TABLE.names());
        assertEquals(names(PjsipConfigXml.GLOBAL), GlobalOptionTable.create("x").names());
        assertEquals(names(PjsipConfigXml.SYSTEM), SystemOptionTable.TABLE.names());
        assertEquals(145, EndpointOptionTable.TABLE.names().size());
    }

    @Test
    public void everyEndpointOptionLoads() throws Exception {
        everyDocumentedOptionLoads("endpoint", PjsipConfigXml.ENDPOINT);
    }

    @Test
    public void everyAuthOptionLoads() throws Exception {
        everyDocumentedOptionLoads("auth", PjsipConfigXml.AUTH);
    }

    @Test
    public void everyAorOptionLoads() throws Exception {
        everyDocumentedOptionLoads("aor", PjsipConfigXml.AOR);
    }

    @Test
    public void everyDomainAliasOptionLoads() throws Exception {
        everyDocumentedOptionLoads("domain_alias", PjsipConfigXml.DOMAIN_ALIAS);
    }

    @Test
    public void everyGlobalOptionLoads() throws Exception {
        everyDocumentedOptionLoads("global", PjsipConfigXml.GLOBAL);
    }

    @Test
    public void everySystemOptionLoads() throws Exception {
        everyDocumentedOptionLoads("system", PjsipConfigXml.SYSTEM);
    }

    @Test
    public void everyTransportOptionLoads() throws Exception {
        everyDocumentedOptionLoads("transport", PjsipConfigXml.TRANSPORT);
    }
}
