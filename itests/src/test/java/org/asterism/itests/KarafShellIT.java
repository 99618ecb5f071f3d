package org.asterism.itests;

import static org.junit.Assert.assertTrue;

import java.time.Duration;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/** The harness itself: the distribution boots, the shell helper captures output, the asterism feature is installed. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class KarafShellIT extends AsterismTestSupport {

    @Test
    public void shellCapturesCommandOutput() {
        String bundles = shell().execute("bundle:list -t 0 -s");
        assertTrue("bundle:list shows the SIP core bundle:\n" + bundles, bundles.contains("org.asterism.sip.core"));
    }

    @Test
    public void asterismFeatureIsInstalled() {
        Await.waitForAssert(Duration.ofSeconds(30), () -> {
            String features = shell().execute("feature:list -i");
            assertTrue("feature:list -i lists asterism:\n" + features, features.matches("(?s).*\\basterism\\s+\\|.*"));
            assertTrue("feature:list -i lists res_pjsip_transport_udp:\n" + features, features.contains("res_pjsip_transport_udp"));
        });
    }

    @Test
    public void systemPropertiesReachTheContainer() {
        assertTrue("itests dir " + itestsDir(), itestsDir().resolve("pom.xml").toFile().isFile());
        assertTrue("RFC 4475 dir " + rfc4475Dir(), rfc4475Dir().resolve("wsinv.dat").toFile().isFile());
        assertTrue("pjsip.conf replaced " + pjsipConf(), pjsipConf().toFile().isFile());
    }
}
