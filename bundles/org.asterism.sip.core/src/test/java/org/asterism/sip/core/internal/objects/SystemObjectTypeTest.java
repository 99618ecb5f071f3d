package org.asterism.sip.core.internal.objects;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.asterism.sip.api.endpoint.SystemSettings;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class SystemObjectTypeTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private PjsipConf load(String options) throws Exception {
        return PjsipConf.load(folder.getRoot().toPath(), "[system]\ntype=system\n" + options);
    }

    private SystemSettings system(String options) throws Exception {
        PjsipConf conf = load(options);
        assertEquals(List.of(), conf.problems());
        return conf.get("system", "system", SystemSettings.class);
    }

    @Test
    public void anEmptySystemHasAsterisksDefaults() throws Exception {
        SystemSettings system = system("");
        assertEquals(500, system.timerT1());
        assertEquals(32000, system.timerB());
        assertFalse(system.compactHeaders());
        assertEquals(4, system.threadpoolInitialSize());
        assertEquals(1, system.threadpoolAutoIncrement());
        assertEquals(60, system.threadpoolIdleTimeout());
        assertEquals(50, system.threadpoolMaxSize());
        assertTrue(system.disableTcpSwitch());
        assertTrue(system.followEarlyMediaFork());
        assertFalse(system.acceptMultipleSdpAnswers());
        assertFalse(system.disableRport());
        assertEquals(SystemOptionTable.TABLE.names().size(), system.options().size());
    }

    @Test
    public void typedOptionsAreRead() throws Exception {
        SystemSettings system = system("""
                timer_t1=1000
                timer_b=64000
                compact_headers=yes
                threadpool_initial_size=8
                threadpool_auto_increment=2
                threadpool_idle_timeout=120
                threadpool_max_size=100
                disable_tcp_switch=no
                follow_early_media_fork=no
                accept_multiple_sdp_answers=yes
                disable_rport=yes
                """);
        assertEquals(1000, system.timerT1());
        assertEquals(64000, system.timerB());
        assertTrue(system.compactHeaders());
        assertEquals(8, system.threadpoolInitialSize());
        assertEquals(2, system.threadpoolAutoIncrement());
        assertEquals(120, system.threadpoolIdleTimeout());
        assertEquals(100, system.threadpoolMaxSize());
        assertFalse(system.disableTcpSwitch());
        assertFalse(system.followEarlyMediaFork());
        assertTrue(system.acceptMultipleSdpAnswers());
        assertTrue(system.disableRport());
    }

    @Test
    public void theTaskpoolSpellingWinsOverThreadpool() throws Exception {
        assertEquals(16, system("threadpool_max_size=100\ntaskpool_max_size=16\n").threadpoolMaxSize());
    }

    @Test
    public void timersTooLowAreRaisedAsAsteriskRaisesThem() throws Exception {
        SystemSettings system = system("timer_t1=50\ntimer_b=1000\n");
        assertEquals(100, system.timerT1());
        assertEquals(6400, system.timerB());
        assertEquals("6400", system.options().get("timer_b"));
        assertEquals(64000, system("timer_t1=1000\ntimer_b=32000\n").timerB());
    }

    @Test
    public void badValuesAndUnknownOptionsAreRefused() throws Exception {
        assertEquals("Error parsing timer_t1=fast at line 3 of pjsip.conf: must be a whole number from 0 to "
                + Integer.MAX_VALUE, load("timer_t1=fast\n").problems().get(0));
        assertEquals("Error parsing compact_headers=short at line 3 of pjsip.conf: must be yes or no",
                load("compact_headers=short\n").problems().get(0));
        assertEquals("Could not find option suitable for category 'system' named 'timer_t2' at line 3 of pjsip.conf",
                load("timer_t2=4000\n").problems().get(0));
    }
}
