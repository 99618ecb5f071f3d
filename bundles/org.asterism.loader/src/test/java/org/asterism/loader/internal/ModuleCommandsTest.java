package org.asterism.loader.internal;

import static org.asterism.loader.internal.TestModule.module;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.Test;

/** What an operator sees on the console for each {@code module} sub-command. */
public class ModuleCommandsTest {

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private FakeModuleRuntime runtime;

    private boolean type(String... words) {
        PrintStream out = new PrintStream(console, true, StandardCharsets.UTF_8);
        List<String> args = List.of(words).subList(1, words.length);
        return new ModuleCommands(runtime, out).run(words[0], args);
    }

    private String seen() {
        return console.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }

    @Test
    public void showPrintsTheTable() {
        runtime = new FakeModuleRuntime(TestModule.pjsip());

        assertTrue(type("show", "like", "logger"));

        assertEquals("Module                         Description                              Use Count  Status"
                + "      Support Level\n"
                + "res_pjsip_logger.so            PJSIP Packet Logger                      0          Running"
                + "              core\n"
                + "1 modules loaded\n", seen());
    }

    @Test
    public void showWithAnythingButLikeKeywordPrintsItsUsage() {
        runtime = new FakeModuleRuntime(TestModule.pjsip());

        assertFalse(type("show", "logger"));

        assertTrue(seen().startsWith("Usage: module show [like keyword]\n"));
    }

    @Test
    public void loadStartsTheModuleAndSaysSo() {
        runtime = new FakeModuleRuntime(List.of(module("res_pjsip").build(),
                module("res_pjsip_logger").requires("res_pjsip").notLoaded().build()));

        assertTrue(type("load", "res_pjsip_logger"));

        assertEquals("Loaded res_pjsip_logger.so\n", seen());
        assertEquals(List.of("load res_pjsip_logger"), runtime.calls);
        assertEquals(ModuleStatus.RUNNING, runtime.statusOf("res_pjsip_logger"));
    }

    @Test
    public void loadRefusesWhenARequiredModuleIsNotLoaded() {
        runtime = new FakeModuleRuntime(List.of(module("res_pjsip").notLoaded().build(),
                module("res_pjsip_logger").requires("res_pjsip").notLoaded().build()));

        assertFalse(type("load", "res_pjsip_logger.so"));

        assertEquals("Module 'res_pjsip_logger.so' requires res_pjsip.so, which is not loaded; load it first\n"
                + "Unable to load module res_pjsip_logger.so\n", seen());
        assertEquals(List.of(), runtime.calls);
    }

    @Test
    public void aFrameworkFailureIsOneLineNamingTheModuleAndTheCause() {
        runtime = new FakeModuleRuntime(List.of(module("res_pjsip").notLoaded().build()))
                .failing("res_pjsip", "Activator start error in bundle org.asterism.sip.core [42]: port in use");

        assertFalse(type("load", "res_pjsip"));

        assertEquals("Error loading module 'res_pjsip.so': "
                + "Activator start error in bundle org.asterism.sip.core [42]: port in use\n"
                + "Unable to load module res_pjsip.so\n", seen());
    }

    @Test
    public void loadTakesExactlyOneName() {
        runtime = new FakeModuleRuntime(TestModule.pjsip());

        assertFalse(type("load"));

        assertTrue(seen().startsWith("Usage: module load <module name>\n"));
    }

    @Test
    public void unloadRefusesWhileRequiredAndChangesNothing() {
        runtime = new FakeModuleRuntime(TestModule.pjsip());

        assertFalse(type("unload", "res_pjsip.so"));

        assertEquals("Unable to unload resource res_pjsip.so: "
                + "required by res_pjsip_logger.so, res_pjsip_transport_udp.so\n", seen());
        assertEquals(List.of(), runtime.calls);
    }

    @Test
    public void unloadRefusesWhileInUse() {
        runtime = new FakeModuleRuntime(List.of(module("res_pjsip").uses(2, "active calls").build()));

        assertFalse(type("unload", "res_pjsip"));

        assertEquals("Soft unload failed, 'res_pjsip.so' has use count 2 (2 active calls)\n"
                + "Unable to unload resource res_pjsip.so\n", seen());
    }

    @Test
    public void forcedUnloadStopsTheDependentsFirstAndSaysWhich() {
        runtime = new FakeModuleRuntime(List.of(module("res_pjsip").uses(2, "active calls").build(),
                module("res_pjsip_logger").requires("res_pjsip").build(),
                module("res_pjsip_transport_udp").requires("res_pjsip").build()));

        assertTrue(type("unload", "-f", "res_pjsip"));

        assertEquals("Unloading the modules that require res_pjsip.so first: "
                + "res_pjsip_logger.so, res_pjsip_transport_udp.so\n"
                + "Warning: Forcing removal of module 'res_pjsip.so' with use count 2 (2 active calls)\n"
                + "Unloaded res_pjsip_logger.so\n"
                + "Unloaded res_pjsip_transport_udp.so\n"
                + "Unloaded res_pjsip.so\n", seen());
        assertEquals(List.of("unload res_pjsip_logger", "unload res_pjsip_transport_udp", "unload res_pjsip"),
                runtime.calls);
    }

    @Test
    public void hardIsAcceptedAsForce() {
        runtime = new FakeModuleRuntime(TestModule.pjsip());

        assertTrue(type("unload", "-h", "res_pjsip"));

        assertEquals(ModuleStatus.NOT_RUNNING, runtime.statusOf("res_pjsip"));
    }

    @Test
    public void aFailedStopDuringForcedUnloadStopsThereAndSaysWhy() {
        runtime = new FakeModuleRuntime(TestModule.pjsip()).failing("res_pjsip_transport_udp", "socket stuck");

        assertFalse(type("unload", "-f", "res_pjsip"));

        assertEquals("Unloading the modules that require res_pjsip.so first: "
                + "res_pjsip_logger.so, res_pjsip_transport_udp.so\n"
                + "Unloaded res_pjsip_logger.so\n"
                + "Firm unload failed for res_pjsip_transport_udp.so: socket stuck\n"
                + "Unable to unload resource res_pjsip.so\n", seen());
        assertEquals(ModuleStatus.RUNNING, runtime.statusOf("res_pjsip"));
    }

    @Test
    public void unloadOfSeveralModulesStopsAtTheFirstRefusal() {
        runtime = new FakeModuleRuntime(TestModule.pjsip());

        assertFalse(type("unload", "res_pjsip_logger", "res_pjsip", "res_pjsip_transport_udp"));

        assertEquals("Unloaded res_pjsip_logger.so\n"
                + "Unable to unload resource res_pjsip.so: required by res_pjsip_transport_udp.so\n", seen());
    }

    @Test
    public void unloadWithAnUnknownFlagOrNoNamePrintsItsUsage() {
        runtime = new FakeModuleRuntime(TestModule.pjsip());

        assertFalse(type("unload", "-x", "res_pjsip"));
        assertFalse(type("unload", "-f"));

        assertEquals(2, seen().split("Usage: module unload \\[-f\\|-h\\] <module_1>", -1).length - 1);
        assertEquals(List.of(), runtime.calls);
    }

    @Test
    public void reloadPrintsEachProblemThenTheOutcome() {
        runtime = new FakeModuleRuntime(List.of(module("res_pjsip").reloadable().build()))
                .reloadReports("res_pjsip", "pjsip.conf line 12: unknown option 'foo'",
                        "endpoint 6001: no such aor '6001'");

        assertFalse(type("reload", "res_pjsip.so"));

        assertEquals("res_pjsip.so: pjsip.conf line 12: unknown option 'foo'\n"
                + "res_pjsip.so: endpoint 6001: no such aor '6001'\n"
                + "The module 'res_pjsip.so' reported a reload failure\n", seen());
    }

    @Test
    public void reloadOfANamedModule() {
        runtime = new FakeModuleRuntime(List.of(module("res_pjsip").reloadable().build(),
                module("res_pjsip_logger").build(), module("res_pjsip_transport_tcp").reloadable().notLoaded().build()));

        assertTrue(type("reload", "res_pjsip"));
        assertFalse(type("reload", "res_pjsip_logger.so", "chan_sip", "res_pjsip_transport_tcp"));

        assertEquals("Module 'res_pjsip.so' reloaded successfully.\n"
                + "The module 'res_pjsip_logger.so' does not support reloads\n"
                + "No such module 'chan_sip'\n"
                + "The module 'res_pjsip_transport_tcp.so' is not running. Before reloading the module, "
                + "you must run \"module load res_pjsip_transport_tcp.so\".\n", seen());
    }

    @Test
    public void reloadWithoutANameReloadsEveryRunningModuleThatCanAndSummarises() {
        runtime = new FakeModuleRuntime(List.of(module("res_pjsip_transport_udp").reloadable().build(),
                module("res_pjsip").reloadable().build(), module("res_pjsip_logger").build(),
                module("res_pjsip_transport_tcp").reloadable().notLoaded().build()))
                .reloadReports("res_pjsip_transport_udp", "bind=0.0.0.0:99999: bad port");

        assertFalse(type("reload"));

        assertEquals("Module 'res_pjsip.so' reloaded successfully.\n"
                + "res_pjsip_transport_udp.so: bind=0.0.0.0:99999: bad port\n"
                + "The module 'res_pjsip_transport_udp.so' reported a reload failure\n"
                + "Reloaded 2 modules: 1 successfully, 1 reported a reload failure\n", seen());
        assertEquals(List.of("reload res_pjsip", "reload res_pjsip_transport_udp"), runtime.calls);
    }

    @Test
    public void noSubcommandPrintsTheUsageOfAll() {
        runtime = new FakeModuleRuntime(List.of());

        assertFalse(type("frobnicate"));

        assertEquals("Usage: module show [like keyword]\n"
                + "       module load <module name>\n"
                + "       module unload [-f|-h] <module_1> [<module_2> ... ]\n"
                + "       module reload [module ...]\n", seen());
    }
}
