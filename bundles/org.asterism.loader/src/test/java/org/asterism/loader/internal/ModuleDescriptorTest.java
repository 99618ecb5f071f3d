package org.asterism.loader.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.Test;

public class ModuleDescriptorTest {

    @Test
    public void readsTheModuleHeaders() {
        Map<String, String> headers = Map.of(
                "Asterism-Module", "res_pjsip_logger.so",
                "Asterism-Module-Description", "PJSIP Packet Logger",
                "Asterism-Module-Support", "core",
                "Asterism-Module-Requires", " res_pjsip , res_pjsip_session.so,,");

        ModuleDescriptor module = ModuleDescriptor.fromHeaders(headers::get).orElseThrow();

        assertEquals("res_pjsip_logger", module.name());
        assertEquals("res_pjsip_logger.so", module.displayName());
        assertEquals("PJSIP Packet Logger", module.description());
        assertEquals("core", module.supportLevel());
        assertEquals(List.of("res_pjsip", "res_pjsip_session"), module.requires());
        assertTrue(module.requires("RES_PJSIP.so"));
    }

    @Test
    public void aBundleWithoutTheModuleHeaderIsNotAModule() {
        assertFalse(ModuleDescriptor.fromHeaders(Map.of("Bundle-Name", "x")::get).isPresent());
        assertFalse(ModuleDescriptor.fromHeaders(Map.of("Asterism-Module", " ")::get).isPresent());
    }

    @Test
    public void missingSupportLevelIsUnknownAsInAsterisk() {
        ModuleDescriptor module = ModuleDescriptor.fromHeaders(Map.of("Asterism-Module", "res_x")::get).orElseThrow();

        assertEquals("unknown", module.supportLevel());
        assertEquals("", module.description());
        assertEquals(List.of(), module.requires());
    }
}
