package org.asterism.loader.internal;

import static org.asterism.loader.internal.TestModule.module;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.junit.Test;

public class LoadPolicyTest {

    private final LoadPolicy policy = new LoadPolicy();

    @Test
    public void aModuleWhoseRequirementsAreLoadedMayLoad() {
        ModuleGraph graph = new ModuleGraph(List.of(module("res_pjsip").build(),
                module("res_pjsip_logger").requires("res_pjsip").notLoaded().build()));

        LoadPolicy.Decision decision = policy.check(graph, "res_pjsip_logger.so");

        assertTrue(decision.allowed());
        assertEquals("res_pjsip_logger", decision.module().orElseThrow().name());
    }

    @Test
    public void refusesWhenARequiredModuleIsNotLoadedAndNamesIt() {
        ModuleGraph graph = new ModuleGraph(List.of(module("res_pjsip").notLoaded().build(),
                module("res_pjsip_logger").requires("res_pjsip").notLoaded().build()));

        assertEquals(List.of(
                "Module 'res_pjsip_logger.so' requires res_pjsip.so, which is not loaded; load it first",
                "Unable to load module res_pjsip_logger.so"), policy.check(graph, "res_pjsip_logger").refusal());
    }

    @Test
    public void aStoppingOrUninstalledRequirementCountsAsNotLoaded() {
        ModuleGraph graph = new ModuleGraph(List.of(module("res_pjsip").status(ModuleStatus.STOPPING).build(),
                module("res_a").requires("res_pjsip", "res_sorcery").notLoaded().build()));

        assertEquals("Module 'res_a.so' requires res_pjsip.so, res_sorcery.so, which are not loaded; load them first",
                policy.check(graph, "res_a").refusal().get(0));
    }

    @Test
    public void refusesAModuleThatIsAlreadyLoaded() {
        ModuleGraph graph = new ModuleGraph(TestModule.pjsip());

        assertEquals(List.of("Module 'res_pjsip.so' already loaded and running.",
                "Unable to load module res_pjsip.so"), policy.check(graph, "RES_PJSIP").refusal());
    }

    @Test
    public void refusesAnUnknownModuleEchoingWhatWasTyped() {
        assertEquals(List.of("Error loading module 'chan_sip.so': no such module", "Unable to load module chan_sip.so"),
                policy.check(new ModuleGraph(TestModule.pjsip()), "chan_sip.so").refusal());
    }
}
