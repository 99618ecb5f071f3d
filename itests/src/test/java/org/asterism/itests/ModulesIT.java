package org.asterism.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * Asterisk's module commands against the running server: the {@code module show} table, unloading and
 * loading transports and the logger while SIP traffic flows, and refusing to unload the core.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ModulesIT extends AsterismTestSupport {

    private static final Duration SWITCH_TIMEOUT = Duration.ofSeconds(15);
    private static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
        Map.entry("res_pjsip.so", "Basic SIP resource"),
        Map.entry("res_pjsip_logger.so", "PJSIP Packet Logger"),
        Map.entry("res_pjsip_transport_tcp.so", "PJSIP TCP transport"),
        Map.entry("res_pjsip_transport_udp.so", "PJSIP UDP transport"),
        Map.entry("res_pjsip_registrar.so", "PJSIP Registrar Support"),
        Map.entry("res_pjsip_endpoint_identifier_ip.so", "PJSIP IP endpoint identifier"),
        Map.entry("res_pjsip_endpoint_identifier_user.so", "PJSIP username endpoint identifier"),
        Map.entry("res_pjsip_endpoint_identifier_anonymous.so", "PJSIP Anonymous endpoint identifier"),
        Map.entry("res_pjsip_authenticator_digest.so", "PJSIP authentication resource"),
        Map.entry("res_pjsip_outbound_authenticator_digest.so", "PJSIP authentication resource"),
        Map.entry("res_security_log.so", "Security Event Logging"),
        Map.entry("res_pjsip_security.so", "PJSIP Address Bans"),
        Map.entry("res_rtp_asterisk.so", "Asterisk RTP Stack"),
        Map.entry("codec_ulaw.so", "mu-Law Coder/Decoder"),
        Map.entry("codec_alaw.so", "A-law Coder/Decoder"),
        Map.entry("codec_g722.so", "ITU G.722-64kbps G722 Transcoder"),
        Map.entry("format_wav.so", "Microsoft WAV/WAV16 format (8kHz/16kHz Signed Linear)"),
        Map.entry("res_pjsip_session.so", "PJSIP Session resource"),
        Map.entry("chan_pjsip.so", "PJSIP Channel Driver"),
        Map.entry("res_pjsip_sdp_rtp.so", "PJSIP SDP RTP/AVP stream handler"),
        Map.entry("res_pjsip_caller_id.so", "PJSIP Caller ID Support"),
        Map.entry("res_pjsip_dtmf_info.so", "PJSIP DTMF INFO Support"),
        Map.entry("pbx_config.so", "Text Extension Configuration"),
        Map.entry("app_echo.so", "Simple Echo Application"),
        Map.entry("app_playback.so", "Sound File Playback Application"),
        Map.entry("app_dial.so", "Dialing Application"));
    private static final List<String> MODULES = List.of("res_pjsip", "res_pjsip_logger", "res_pjsip_transport_tcp",
        "res_pjsip_transport_udp", "res_pjsip_registrar", "res_pjsip_endpoint_identifier_ip", "res_pjsip_endpoint_identifier_user",
        "res_pjsip_endpoint_identifier_anonymous", "res_pjsip_authenticator_digest", "res_pjsip_outbound_authenticator_digest", "res_security_log", "res_pjsip_security", "res_rtp_asterisk", "codec_ulaw",
        "codec_alaw", "codec_g722", "format_wav", "res_pjsip_session", "chan_pjsip", "res_pjsip_sdp_rtp", "res_pjsip_caller_id", "res_pjsip_dtmf_info", "pbx_config", "app_echo", "app_playback", "app_dial");

    @Before
    public void serverAnswers() {
        awaitSipAnswering();
    }

    /** Whatever a test did, every module is loaded again before the next one. */
    @After
    public void reloadEverything() {
        for (String module : MODULES) {
            if (!moduleTable().isRunning(module + ".so")) {
                shell().execute("module load " + module);
            }
        }
    }

    @Test
    public void moduleShowListsEveryModuleOfTheDefaultSet() {
        ModuleTable table = moduleTable();
        assertTrue("header line: Module, Description, Use Count, Status, Support Level:\n" + table, table.hasHeader());
        assertEquals("rows:\n" + table, DESCRIPTIONS.size(), table.rows().size());
        for (Map.Entry<String, String> module : DESCRIPTIONS.entrySet()) {
            ModuleTable.Row row = table.row(module.getKey());
            assertNotNull(module.getKey() + " listed:\n" + table, row);
            String shown = module.getValue().length() > 40 ? module.getValue().substring(0, 40) : module.getValue(); // %-40.40s
            assertEquals(module.getKey() + " description:\n" + table, shown, row.description);
            assertEquals(module.getKey() + " status:\n" + table, "Running", row.status);
            assertEquals(module.getKey() + " support level:\n" + table, "core", row.supportLevel);
            assertTrue(module.getKey() + " use count:\n" + table, row.useCount >= 0);
        }
        assertEquals("last line '" + DESCRIPTIONS.size() + " modules loaded':\n" + table, DESCRIPTIONS.size(), table.loadedCount());
    }

    @Test
    public void tcpTransportUnloadsAndLoadsWhileUdpCarriesLoad() throws Exception {
        assertTcpAnswers();
        Sipp.Result result;
        Sipp.Run load = sipp("options/nominal/options.xml").calls(1500).rate(50).timeout(Duration.ofSeconds(90)).start();
        try {
            String unloaded = shell().execute("module unload res_pjsip_transport_tcp");
            assertTrue("module unload res_pjsip_transport_tcp:\n" + unloaded, unloaded.contains("Unloaded res_pjsip_transport_tcp.so"));
            Await.waitFor("TCP 127.0.0.1:" + SIP_PORT + " refuses connections after unload", SWITCH_TIMEOUT,
                () -> OptionsPing.tcpRefused(SIP_PORT));
            assertFalse("res_pjsip_transport_tcp no longer Running:\n" + moduleTable(),
                moduleTable().isRunning("res_pjsip_transport_tcp.so"));

            String loaded = shell().execute("module load res_pjsip_transport_tcp");
            assertTrue("module load res_pjsip_transport_tcp:\n" + loaded, loaded.contains("Loaded res_pjsip_transport_tcp.so"));
            assertTcpAnswers();
        } finally {
            result = load.await(); // also when the transport checks failed: never leave SIPp running
            System.out.println(result);
        }
        assertTrue("UDP OPTIONS load during the TCP unload/load: " + result, result.allSucceeded(1500));
    }

    @Test
    public void udpTransportUnloadsAndLoadsWhileTcpKeepsAnswering() throws Exception {
        String unloaded = shell().execute("module unload res_pjsip_transport_udp");
        assertTrue("module unload res_pjsip_transport_udp:\n" + unloaded, unloaded.contains("Unloaded res_pjsip_transport_udp.so"));
        Await.waitFor("UDP 127.0.0.1:" + SIP_PORT + " stops answering after unload", SWITCH_TIMEOUT,
            () -> udpOptions(Duration.ofMillis(500)) == null);
        assertTcpAnswers();

        String loaded = shell().execute("module load res_pjsip_transport_udp");
        assertTrue("module load res_pjsip_transport_udp:\n" + loaded, loaded.contains("Loaded res_pjsip_transport_udp.so"));
        assertUdpAnswers();
        assertTcpAnswers();
    }

    @Test
    public void loggerUnloadsAndLoads() throws Exception {
        String unloaded = shell().execute("module unload res_pjsip_logger");
        assertTrue("module unload res_pjsip_logger:\n" + unloaded, unloaded.contains("Unloaded res_pjsip_logger.so"));
        assertFalse("res_pjsip_logger no longer Running:\n" + moduleTable(), moduleTable().isRunning("res_pjsip_logger.so"));
        assertUdpAnswers();

        String loaded = shell().execute("module load res_pjsip_logger");
        assertTrue("module load res_pjsip_logger:\n" + loaded, loaded.contains("Loaded res_pjsip_logger.so"));
        Await.waitFor("res_pjsip_logger Running again", SWITCH_TIMEOUT, () -> moduleTable().isRunning("res_pjsip_logger.so"));
        assertUdpAnswers();
    }

    @Test
    public void coreUnloadIsRefusedNamingItsDependents() throws Exception {
        String refused = shell().execute("module unload res_pjsip");
        assertFalse("module unload res_pjsip must be refused:\n" + refused, refused.contains("Unloaded res_pjsip.so"));
        for (String dependent : List.of("res_pjsip_transport_udp", "res_pjsip_transport_tcp", "res_pjsip_logger")) {
            assertTrue("the refusal names " + dependent + ":\n" + refused, refused.contains(dependent));
        }
        assertTrue("res_pjsip still Running:\n" + moduleTable(), moduleTable().isRunning("res_pjsip.so"));
        assertUdpAnswers();
        assertTcpAnswers();
    }

    private ModuleTable moduleTable() {
        return new ModuleTable(shell().execute("module show"));
    }

    private static SipResponse udpOptions(Duration timeout) {
        try {
            return OptionsPing.udp(SIP_PORT, timeout);
        } catch (Exception e) {
            return null;
        }
    }

    private static void assertUdpAnswers() {
        Await.waitForAssert(SWITCH_TIMEOUT, () -> {
            SipResponse response = OptionsPing.udp(SIP_PORT, Duration.ofSeconds(1));
            assertNotNull("OPTIONS over UDP answered", response);
            assertEquals("OPTIONS over UDP", 200, response.status());
        });
    }

    private static void assertTcpAnswers() {
        Await.waitForAssert(SWITCH_TIMEOUT, () -> {
            SipResponse response = OptionsPing.tcp(SIP_PORT, Duration.ofSeconds(2));
            assertNotNull("OPTIONS over TCP answered", response);
            assertEquals("OPTIONS over TCP", 200, response.status());
        });
    }
}
