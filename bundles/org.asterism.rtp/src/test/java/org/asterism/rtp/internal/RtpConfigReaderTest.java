package org.asterism.rtp.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.asterism.config.ConfigParser;
import org.asterism.config.ConfigSyntaxException;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class RtpConfigReaderTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private final RtpConfigReader reader = new RtpConfigReader();

    @Test
    public void asteriskDefaultsWhenTheFileIsEmptyOrMissing() throws Exception {
        RtpSettings empty = read("[general]\n").settings();
        assertEquals(RtpSettings.defaults(), empty);
        assertEquals(5000, empty.rtpStart());
        assertEquals(31000, empty.rtpEnd());
        assertEquals(5000, empty.rtcpIntervalMillis());
        assertEquals(StrictRtpMode.YES, empty.strictRtp());
        assertEquals(4, empty.probation());
        assertEquals(1200, empty.dtmfTimeoutSamples());
        assertEquals(22, empty.learningMinDurationMillis());

        RtpConfigReader.Reading missing = reader.read(folder.getRoot().toPath().resolve("rtp.conf"));
        assertEquals(RtpSettings.defaults(), missing.settings());
        assertTrue(missing.valid());
        assertEquals(List.of(), missing.warnings());
    }

    @Test
    public void readsTheOptionsThatMatter() throws Exception {
        RtpConfigReader.Reading reading = read("[general]\nrtpstart=10000\nrtpend=20000\nrtcpinterval=2500\n"
                + "strictrtp=seqno\nprobation=8\ndtmftimeout=2400\nreceivethreads=2\n");
        assertEquals(new RtpSettings(10000, 20000, 2500, StrictRtpMode.SEQNO, 8, 2400, 2), reading.settings());
        assertEquals(List.of(), reading.warnings());
        assertEquals(StrictRtpMode.NO, read("[general]\nstrictrtp=no\n").settings().strictRtp());
        assertEquals(StrictRtpMode.YES, read("[general]\nstrictrtp=on\n").settings().strictRtp());
    }

    @Test
    public void clampsAsAsteriskDoes() throws Exception {
        RtpSettings settings = read("[general]\nrtpstart=80\nrtpend=99999\nrtcpinterval=0\n").settings();
        assertEquals(1024, settings.rtpStart());
        assertEquals(65535, settings.rtpEnd());
        assertEquals(500, settings.rtcpIntervalMillis());
        assertEquals(60000, read("[general]\nrtcpinterval=120000\n").settings().rtcpIntervalMillis());
    }

    @Test
    public void warnsLikeAsterisk() throws Exception {
        RtpConfigReader.Reading odd = read("[general]\nrtpstart=10001\nrtpend=20000\n");
        assertEquals(10002, odd.settings().rtpStart());
        assertEquals(List.of("Odd start value for RTP port in rtp.conf, rounding up to 10002"), odd.warnings());

        RtpConfigReader.Reading backwards = read("[general]\nrtpstart=20000\nrtpend=10000\n");
        assertEquals(5000, backwards.settings().rtpStart());
        assertEquals(31000, backwards.settings().rtpEnd());
        assertEquals(List.of("Unreasonable values for RTP start/end port in rtp.conf"), backwards.warnings());

        assertEquals(List.of("DTMF timeout of '70000' outside range, using default of '1200' instead"),
                read("[general]\ndtmftimeout=70000\n").warnings());
        assertEquals(List.of("Value for 'probation' could not be read, using default of '4' instead"),
                read("[general]\nprobation=1\n").warnings());
    }

    @Test
    public void unknownOptionsAreNamedWithTheirLine() throws Exception {
        RtpConfigReader.Reading reading = read("[general]\nrtpstart=10000\nrtpsatrt=12000\n");
        assertEquals(List.of("Could not find option suitable for category 'general' named 'rtpsatrt' at line 3 of rtp.conf"),
                reading.warnings());
    }

    @Test
    public void optionsForIceStunAndChecksumsAreAcceptedAndIgnored() throws Exception {
        RtpConfigReader.Reading reading = read("[general]\nrtpchecksums=no\nicesupport=yes\nstunaddr=stun.example.com\n"
                + "[ice_host_candidates]\n192.168.0.1 => 203.0.113.1\n");
        assertEquals(List.of(), reading.warnings());
        assertEquals(3, reading.notes().size());
        assertTrue(reading.notes().get(0).contains("'rtpchecksums' at line 2 of rtp.conf"));
    }

    @Test
    public void aFileThatDoesNotParseIsNotValid() throws Exception {
        Path file = folder.getRoot().toPath().resolve("rtp.conf");
        Files.writeString(file, "[general\nrtpstart=10000\n");
        RtpConfigReader.Reading reading = reader.read(file);
        assertFalse(reading.valid());
        assertEquals(1, reading.warnings().size());
    }

    @Test
    public void theShippedSampleReadsCleanly() throws Exception {
        Path sample = Path.of("../../karaf-assembly/src/main/resources/assembly/etc/asterism/rtp.conf");
        RtpConfigReader.Reading reading = reader.read(sample);
        assertEquals(List.of(), reading.warnings());
        assertEquals(10000, reading.settings().rtpStart());
        assertEquals(20000, reading.settings().rtpEnd());
    }

    private RtpConfigReader.Reading read(String text) throws IOException, ConfigSyntaxException {
        return reader.read(new ConfigParser().parse("rtp.conf", text, folder.getRoot().toPath()));
    }
}
