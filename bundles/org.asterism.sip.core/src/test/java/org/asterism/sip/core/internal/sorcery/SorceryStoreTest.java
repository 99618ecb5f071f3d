package org.asterism.sip.core.internal.sorcery;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.asterism.sip.api.transport.TransportConfig;
import org.asterism.sip.core.internal.transport.TransportObjectType;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class SorceryStoreTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private SorceryStore storeWith(String pjsipConf) throws Exception {
        Files.writeString(folder.getRoot().toPath().resolve("pjsip.conf"), pjsipConf);
        SorceryStore store = new SorceryStore(folder.getRoot().toPath());
        store.addObjectType(new TransportObjectType());
        return store;
    }

    @Test
    public void anUnknownOptionRejectsThatObjectWithAsterisksTwoLines() throws Exception {
        SorceryStore store = storeWith("[good]\ntype=transport\nbind=127.0.0.1:5060\n\n[bad]\ntype=transport\nbind=127.0.0.1:5061\nawesomeness=11\n");
        List<String> problems = store.reload();
        assertEquals(List.of(
                "Could not find option suitable for category 'bad' named 'awesomeness' at line 8 of pjsip.conf",
                "Could not create an object of type 'transport' with id 'bad' from configuration file 'pjsip.conf'"), problems);
        assertTrue(store.find("transport", "good", TransportConfig.class).isPresent());
        assertTrue(store.find("transport", "bad", TransportConfig.class).isEmpty());
    }

    @Test
    public void aBadValueIsReportedWithOptionValueAndLine() throws Exception {
        SorceryStore store = storeWith("[v6]\ntype=transport\nbind=[::1\n");
        List<String> problems = store.reload();
        assertTrue(problems.get(0), problems.get(0).startsWith("Error parsing bind=[::1 at line 3 of pjsip.conf"));
        assertEquals("Could not create an object of type 'transport' with id 'v6' from configuration file 'pjsip.conf'", problems.get(1));
    }

    @Test
    public void templatesAndTheirOptionsReachTheObject() throws Exception {
        SorceryStore store = storeWith("[tpl](!)\ntype=transport\nprotocol=tcp\nlocal_net=192.168.0.0/16\n\n[tcp1](tpl)\nbind=0.0.0.0:5062\ntos=cs3\n");
        assertEquals(List.of(), store.reload());
        TransportConfig tcp = store.find("transport", "tcp1", TransportConfig.class).orElseThrow();
        assertEquals("tcp", tcp.protocol());
        assertEquals(5062, tcp.bind().getPort());
        assertEquals(96, tcp.tos());
        assertEquals(1, tcp.localNets().size());
    }

    @Test
    public void sectionsOfATypeNoModuleProvidesWaitForThatModule() throws Exception {
        Files.writeString(folder.getRoot().toPath().resolve("pjsip.conf"), "[udp]\ntype=transport\nbind=127.0.0.1\n");
        SorceryStore store = new SorceryStore(folder.getRoot().toPath());
        store.reload();
        assertTrue(store.all("transport", TransportConfig.class).isEmpty());
        TransportObjectType type = new TransportObjectType();
        store.addObjectType(type);
        assertEquals(1, store.all("transport", TransportConfig.class).size());
        store.removeObjectType(type);
        assertTrue(store.all("transport", TransportConfig.class).isEmpty());
    }

    @Test
    public void aSyntaxErrorKeepsTheObjectsInForce() throws Exception {
        SorceryStore store = storeWith("[udp]\ntype=transport\nbind=127.0.0.1\n");
        store.reload();
        Path file = folder.getRoot().toPath().resolve("pjsip.conf");
        Files.writeString(file, "[udp\ntype=transport\n");
        List<String> problems = store.reload();
        assertEquals(1, problems.size());
        assertTrue(problems.get(0), problems.get(0).contains("keeping the objects in force"));
        assertEquals(1, store.all("transport", TransportConfig.class).size());
    }

    @Test
    public void optionNamesMatchWithoutRegardToCaseAsInAsterisk() throws Exception {
        SorceryStore store = storeWith("[udp]\nType=transport\nPROTOCOL=tcp\nBind=127.0.0.1:5062\n");
        assertEquals(List.of(), store.reload());
        assertEquals("tcp", store.find("transport", "udp", TransportConfig.class).orElseThrow().protocol());
    }

    @Test
    public void reloadSwapsInTheNewSet() throws Exception {
        SorceryStore store = storeWith("[a]\ntype=transport\nbind=127.0.0.1:5060\n");
        store.reload();
        Files.writeString(folder.getRoot().toPath().resolve("pjsip.conf"), "[b]\ntype=transport\nbind=127.0.0.1:5070\n");
        store.reload();
        assertEquals(List.of("b"), store.all("transport", TransportConfig.class).stream().map(TransportConfig::id).toList());
    }
}
