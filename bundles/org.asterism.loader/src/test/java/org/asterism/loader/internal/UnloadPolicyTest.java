package org.asterism.loader.internal;

import static org.asterism.loader.internal.TestModule.module;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.junit.Test;

public class UnloadPolicyTest {

    private final UnloadPolicy policy = new UnloadPolicy();

    private static List<String> names(List<ModuleSnapshot> modules) {
        return modules.stream().map(ModuleSnapshot::displayName).toList();
    }

    @Test
    public void anUnusedModuleThatNothingRequiresMayUnload() {
        UnloadPlan plan = policy.plan(new ModuleGraph(TestModule.pjsip()), "res_pjsip_logger.so", false);

        assertTrue(plan.allowed());
        assertEquals(List.of("res_pjsip_logger.so"), names(plan.stopOrder()));
        assertEquals(List.of(), plan.notices());
    }

    @Test
    public void softUnloadIsRefusedWhileLoadedModulesRequireIt() {
        UnloadPlan plan = policy.plan(new ModuleGraph(TestModule.pjsip()), "res_pjsip", false);

        assertFalse(plan.allowed());
        assertEquals(List.of(
                "Unable to unload resource res_pjsip.so: required by res_pjsip_logger.so, res_pjsip_transport_udp.so"),
                plan.refusal());
        assertEquals(List.of(), plan.stopOrder());
    }

    @Test
    public void modulesThatRequireItButAreNotLoadedDoNotBlock() {
        ModuleGraph graph = new ModuleGraph(List.of(module("res_pjsip").build(),
                module("res_pjsip_logger").requires("res_pjsip").notLoaded().build(),
                module("res_pjsip_transport_udp").requires("res_pjsip").status(ModuleStatus.STOPPING).build()));

        assertTrue(policy.plan(graph, "res_pjsip", false).allowed());
    }

    @Test
    public void softUnloadIsRefusedWhileInUseSayingWhatUsesIt() {
        ModuleGraph graph = new ModuleGraph(List.of(module("res_pjsip")
                .uses(2, "active calls").uses(0, "registrations").uses(1, "subscriptions").build()));

        assertEquals(List.of(
                "Soft unload failed, 'res_pjsip.so' has use count 3 (2 active calls, 1 subscriptions)",
                "Unable to unload resource res_pjsip.so"), policy.plan(graph, "res_pjsip.so", false).refusal());
    }

    @Test
    public void bothReasonsAreGivenWhenInUseAndRequired() {
        ModuleGraph graph = new ModuleGraph(List.of(module("res_pjsip").uses(1, "active calls").build(),
                module("res_pjsip_logger").requires("res_pjsip").build()));

        assertEquals(List.of("Soft unload failed, 'res_pjsip.so' has use count 1 (1 active calls)",
                "Unable to unload resource res_pjsip.so: required by res_pjsip_logger.so"),
                policy.plan(graph, "res_pjsip", false).refusal());
    }

    @Test
    public void forceUnloadsTheModulesThatRequireItFirstDeepestFirst() {
        // res_pjsip <- res_pjsip_session <- res_pjsip_refer ; res_pjsip <- res_pjsip_logger ; refer also needs logger
        ModuleGraph graph = new ModuleGraph(List.of(
                module("res_pjsip").uses(1, "active calls").build(),
                module("res_pjsip_session").requires("res_pjsip").build(),
                module("res_pjsip_refer").requires("res_pjsip_session", "res_pjsip_logger").uses(1, "transfers").build(),
                module("res_pjsip_logger").requires("res_pjsip").build(),
                module("res_pjsip_outbound").requires("res_pjsip").notLoaded().build(),
                module("res_sorcery").build()));

        UnloadPlan plan = policy.plan(graph, "res_pjsip", true);

        assertTrue(plan.allowed());
        List<String> order = names(plan.stopOrder());
        assertEquals(List.of("res_pjsip_refer.so", "res_pjsip_logger.so", "res_pjsip_session.so", "res_pjsip.so"),
                order);
        assertEquals(List.of(
                "Unloading the modules that require res_pjsip.so first: "
                        + "res_pjsip_refer.so, res_pjsip_logger.so, res_pjsip_session.so",
                "Warning: Forcing removal of module 'res_pjsip_refer.so' with use count 1 (1 transfers)",
                "Warning: Forcing removal of module 'res_pjsip.so' with use count 1 (1 active calls)"),
                plan.notices());
    }

    @Test
    public void everyModuleIsStoppedAfterAllTheLoadedModulesThatRequireIt() {
        ModuleGraph graph = new ModuleGraph(List.of(
                module("a").build(),
                module("b").requires("a").build(),
                module("c").requires("a", "b").build(),
                module("d").requires("c").build(),
                module("e").requires("b", "d").build()));

        List<ModuleSnapshot> order = policy.plan(graph, "a", true).stopOrder();

        for (int i = 0; i < order.size(); i++) {
            for (int j = i + 1; j < order.size(); j++) {
                assertFalse(order.get(j).displayName() + " requires " + order.get(i).displayName()
                        + " but would be stopped after it", order.get(j).descriptor().requires(order.get(i).name()));
            }
        }
        assertEquals(5, order.size());
        assertEquals("a.so", order.get(4).displayName());
    }

    @Test
    public void requiresCyclesDoNotLoopForever() {
        ModuleGraph graph = new ModuleGraph(List.of(module("a").requires("b").build(), module("b").requires("a").build()));

        assertEquals(List.of("b.so", "a.so"), names(policy.plan(graph, "a", true).stopOrder()));
    }

    @Test
    public void unknownAndUnloadedModulesAreRefusedAsInAsterisk() {
        ModuleGraph graph = new ModuleGraph(List.of(module("res_pjsip_transport_tcp").notLoaded().build()));

        assertEquals(List.of("Unload failed, 'chan_sip' could not be found", "Unable to unload resource chan_sip"),
                policy.plan(graph, "chan_sip", true).refusal());
        assertEquals(List.of("Unload failed, 'res_pjsip_transport_tcp.so' is not loaded.",
                "Unable to unload resource res_pjsip_transport_tcp.so"),
                policy.plan(graph, "res_pjsip_transport_tcp", false).refusal());
    }
}
