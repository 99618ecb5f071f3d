package org.asterism.loader.internal;

import static org.asterism.loader.internal.TestModule.module;
import static org.junit.Assert.assertEquals;

import java.util.List;

import org.junit.Test;

public class ModuleCompletionsTest {

    private static final List<ModuleSnapshot> MODULES = List.of(
            module("res_pjsip").reloadable().build(),
            module("res_pjsip_logger").requires("res_pjsip").build(),
            module("res_pjsip_session").uses(1, "active calls").build(),
            module("res_pjsip_transport_tcp").notLoaded().build());

    private static List<String> complete(String line) {
        String[] words = line.split(" ", -1);
        return ModuleCompletions.candidates(words, words.length - 1, words[words.length - 1], MODULES);
    }

    @Test
    public void loadOffersModulesNotLoaded() {
        assertEquals(List.of("res_pjsip_transport_tcp.so"), complete("module load "));
        assertEquals(List.of(), complete("module load res_pjsip_transport_tcp "));
    }

    @Test
    public void unloadOffersForceAndUnusedLoadedModules() {
        assertEquals(List.of("-f", "-h", "res_pjsip.so", "res_pjsip_logger.so"), complete("module unload "));
        assertEquals(List.of("res_pjsip.so", "res_pjsip_logger.so", "res_pjsip_session.so"),
                complete("module unload -f "));
        assertEquals(List.of("res_pjsip_logger.so"), complete("module unload res_pjsip.so RES_PJSIP_"));
    }

    @Test
    public void reloadOffersRunningModulesThatSupportIt() {
        assertEquals(List.of("res_pjsip.so"), complete("module reload "));
    }

    @Test
    public void showOffersLikeThenListedModules() {
        assertEquals(List.of("like"), complete("module show "));
        assertEquals(List.of("res_pjsip_logger.so"), complete("module show like res_pjsip_l"));
        assertEquals(List.of(), complete("module show like x "));
    }

    @Test
    public void aWordCheckedOnItsOwnIsAcceptedWhateverTheSubcommand() {
        // Karaf re-checks each earlier argument with the completer alone before completing the next one
        assertEquals(List.of("-f"), ModuleCompletions.candidates(new String[] {"-f"}, 0, "-f", MODULES));
        assertEquals(List.of("like"), ModuleCompletions.candidates(new String[] {"like"}, 0, "like", MODULES));
        assertEquals(List.of("res_pjsip_transport_tcp.so"),
                ModuleCompletions.candidates(new String[] {"res_pjsip_t"}, 0, "res_pjsip_t", MODULES));
    }
}
