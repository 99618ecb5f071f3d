package org.asterism.loader.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Builds {@link ModuleSnapshot}s for tests: {@code module("res_pjsip_logger").requires("res_pjsip").build()}. */
final class TestModule {

    private final String name;
    private String description = "";
    private String support = "core";
    private List<String> requires = List.of();
    private ModuleStatus status = ModuleStatus.RUNNING;
    private final List<UseReading> uses = new ArrayList<>();
    private int reloadables;

    private TestModule(String name) {
        this.name = name;
    }

    static TestModule module(String name) {
        return new TestModule(name);
    }

    TestModule description(String text) {
        description = text;
        return this;
    }

    TestModule support(String level) {
        support = level;
        return this;
    }

    TestModule requires(String... names) {
        requires = Arrays.asList(names);
        return this;
    }

    TestModule status(ModuleStatus value) {
        status = value;
        return this;
    }

    TestModule notLoaded() {
        return status(ModuleStatus.NOT_RUNNING);
    }

    TestModule uses(int count, String what) {
        uses.add(new UseReading(count, what));
        return this;
    }

    TestModule reloadable() {
        reloadables++;
        return this;
    }

    ModuleSnapshot build() {
        return new ModuleSnapshot(new ModuleDescriptor(name, description, support, requires), status, uses,
                reloadables);
    }

    /** The modules of a small PJSIP set-up, all loaded. */
    static List<ModuleSnapshot> pjsip() {
        return List.of(
                module("res_pjsip").description("Basic SIP resource").build(),
                module("res_pjsip_logger").description("PJSIP Packet Logger").requires("res_pjsip").build(),
                module("res_pjsip_transport_udp").description("PJSIP UDP transport").requires("res_pjsip").build());
    }
}
