package org.asterism.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.time.Duration;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * Out-of-dialog requests to the server itself over UDP and TCP: OPTIONS → 200 with Allow/Accept/Supported,
 * an unknown method → 501, and once the registrar is unloaded REGISTER → 405 with an Allow that omits it.
 * The SIPp scenarios live in {@code sipp/options} and {@code sipp/core}.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class OptionsIT extends AsterismTestSupport {

    private static final int CALLS = 20;

    @Before
    public void serverAnswers() {
        awaitSipAnswering();
    }

    @Test
    public void optionsOverUdpGets200WithAllowAcceptSupported() throws Exception {
        SipResponse response = OptionsPing.udp(SIP_PORT, Duration.ofSeconds(2));
        assertNotNull("no answer to OPTIONS over UDP", response);
        assertOptionsAnswer(response);
        assertSippSucceeds(sipp("options/nominal/options.xml").calls(CALLS).rate(20).run());
    }

    @Test
    public void optionsOverTcpGets200WithAllowAcceptSupported() throws Exception {
        SipResponse response = OptionsPing.tcp(SIP_PORT, Duration.ofSeconds(2));
        assertNotNull("no answer to OPTIONS over TCP", response);
        assertOptionsAnswer(response);
        assertSippSucceeds(sipp("options/nominal/options.xml").tcp().calls(CALLS).rate(20).run());
    }

    @Test
    public void unknownMethodGets501() {
        assertSippSucceeds(sipp("core/offnominal/unknown_method.xml").calls(CALLS).rate(20).run());
        assertSippSucceeds(sipp("core/offnominal/unknown_method.xml").tcp().calls(CALLS).rate(20).run());
    }

    @Test
    public void registerWithoutRegistrarGets405WithAllow() throws Exception {
        String unloaded = shell().execute("module unload res_pjsip_registrar");
        assertTrue("module unload res_pjsip_registrar:\n" + unloaded, unloaded.contains("Unloaded res_pjsip_registrar.so"));
        try {
            registerIsNotAllowed();
        } finally {
            shell().execute("module load res_pjsip_registrar");
        }
        Await.waitFor("REGISTER back in Allow after module load", Duration.ofSeconds(10), () -> {
            try {
                SipResponse options = OptionsPing.udp(SIP_PORT, Duration.ofSeconds(1));
                return options != null && options.tokens("Allow").contains("REGISTER");
            } catch (Exception e) {
                return false;
            }
        });
    }

    private void registerIsNotAllowed() throws Exception {
        SipResponse response = OptionsPing.tcp("REGISTER", SIP_PORT, Duration.ofSeconds(2));
        assertNotNull("no answer to REGISTER over TCP", response);
        assertEquals("REGISTER without a registrar: " + response.raw(), 405, response.status());
        assertNotNull("405 carries Allow:\n" + response.raw(), response.header("Allow"));
        assertFalse("Allow of the 405 must not list REGISTER:\n" + response.raw(), response.tokens("Allow").contains("REGISTER"));
        assertTrue("Allow of the 405 lists OPTIONS:\n" + response.raw(), response.tokens("Allow").contains("OPTIONS"));
        assertSippSucceeds(sipp("core/offnominal/register_no_registrar.xml").calls(CALLS).rate(20).run());
        assertSippSucceeds(sipp("core/offnominal/register_no_registrar.xml").tcp().calls(CALLS).rate(20).run());
    }

    private static void assertOptionsAnswer(SipResponse response) {
        assertEquals("OPTIONS answer:\n" + response.raw(), 200, response.status());
        assertTrue("Allow lists OPTIONS:\n" + response.raw(), response.tokens("Allow").contains("OPTIONS"));
        assertTrue("Allow lists REGISTER while the registrar is loaded (it is by default):\n" + response.raw(),
            response.tokens("Allow").contains("REGISTER"));
        assertNotNull("200 carries Accept:\n" + response.raw(), response.header("Accept"));
        assertNotNull("200 carries Supported:\n" + response.raw(), response.header("Supported"));
    }

    static void assertSippSucceeds(Sipp.Result result) {
        System.out.println(result);
        assertTrue(result.toString(), result.allSucceeded(CALLS));
    }
}
