package org.asterism.loader.internal;

import static org.asterism.loader.internal.TestModule.module;
import static org.junit.Assert.assertEquals;

import java.util.List;

import org.junit.Test;

public class ModuleTableFormatterTest {

    private static final String HEADER =
            "Module                         Description                              Use Count  Status      Support Level";

    private final ModuleTableFormatter formatter = new ModuleTableFormatter();

    private List<String> show(String like, ModuleSnapshot... modules) {
        return formatter.format(new ModuleGraph(List.of(modules)), like);
    }

    @Test
    public void columnsAreLaidOutAsAsteriskPrintsThem() {
        List<String> lines = show(null,
                module("res_pjsip").description("Basic SIP resource").uses(2, "active calls").build());

        assertEquals(List.of(
                HEADER,
                "res_pjsip.so                   Basic SIP resource                       2          Running              core",
                "1 modules loaded"), lines);
        // Columns start where Asterisk's %-30s %-40.40s %-10d %-11s %13s put them
        assertEquals(31, lines.get(1).indexOf("Basic"));
        assertEquals(72, lines.get(1).indexOf('2'));
        assertEquals(83, lines.get(1).indexOf("Running"));
        assertEquals(HEADER.length(), lines.get(1).length());
    }

    @Test
    public void longDescriptionsAreCutAtFortyCharacters() {
        List<String> lines = show("", module("res_long").support("unknown")
                .description("A description that is much longer than forty characters").build());

        assertEquals("res_long.so                    A description that is much longer than f 0          Running"
                + "           unknown", lines.get(1));
    }

    @Test
    public void modulesAreSortedByNameAndOnlyLoadedOrChangingOnesAreListed() {
        List<String> lines = show("",
                module("res_pjsip_transport_udp").description("PJSIP UDP transport").support("extended")
                        .status(ModuleStatus.STOPPING).build(),
                module("res_pjsip_logger").description("PJSIP Packet Logger").build(),
                module("res_pjsip_transport_tcp").description("PJSIP TCP transport").notLoaded().build(),
                module("res_pjsip").description("Basic SIP resource").build());

        assertEquals(List.of(
                HEADER,
                "res_pjsip.so                   Basic SIP resource                       0          Running              core",
                "res_pjsip_logger.so            PJSIP Packet Logger                      0          Running              core",
                "res_pjsip_transport_udp.so     PJSIP UDP transport                      0          Stopping         extended",
                "3 modules loaded"), lines);
    }

    @Test
    public void likeMatchesASubstringOfNameDotSoIgnoringCase() {
        ModuleSnapshot[] modules = TestModule.pjsip().toArray(ModuleSnapshot[]::new);

        List<String> transports = show("TRANSPORT", modules);
        assertEquals(3, transports.size());
        assertEquals("res_pjsip_transport_udp.so", transports.get(1).substring(0, 26));
        assertEquals("1 modules loaded", transports.get(2));

        assertEquals("3 modules loaded", show(".so", modules).get(4));
        assertEquals("1 modules loaded", show("pjsip.so", modules).get(2));
    }

    @Test
    public void noMatchStillPrintsTheHeaderAndACountOfZero() {
        assertEquals(List.of(HEADER, "0 modules loaded"), show("chan_sip", TestModule.pjsip().get(0)));
    }
}
