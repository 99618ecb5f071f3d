package org.asterism.sip.core.internal.objects;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.ArrayList;
import java.util.List;

import org.asterism.sip.api.config.InvalidOptionException;
import org.asterism.sip.api.endpoint.Endpoint;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class CodecListTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private List<String> allowOf(String options) throws Exception {
        PjsipConf conf = PjsipConf.load(folder.getRoot().toPath(), "[6001]\ntype=endpoint\n" + options);
        assertEquals(List.of(), conf.problems());
        return conf.get("endpoint", "6001", Endpoint.class).allow();
    }

    /** Every codec "allow=all" adds, in Asterisk's order, without the ones named. */
    private static List<String> allBut(String... removed) {
        List<String> codecs = new ArrayList<>(CodecList.ASTERISK_FORMATS);
        codecs.remove("none");
        codecs.removeAll(List.of(removed));
        return codecs;
    }

    @Test
    public void disallowAllThenAllowKeepsTheAllowOrder() throws Exception {
        assertEquals(List.of("ulaw", "alaw"), allowOf("disallow=all\nallow=ulaw,alaw\n"));
        assertEquals(List.of("g722", "ulaw"), allowOf("disallow=all\nallow=g722\nallow=ulaw\n"));
    }

    @Test
    public void allowAllThenDisallowRemovesThoseCodecs() throws Exception {
        assertEquals(allBut("g729"), allowOf("allow=all\ndisallow=g729\n"));
        assertEquals(allBut("g729", "g723"), allowOf("allow=all\ndisallow=g729,g723\n"));
        assertTrue(allowOf("allow=all\n").indexOf("ulaw") < allowOf("allow=all\n").indexOf("alaw"));
    }

    @Test
    public void repeatedLinesKeepTheFirstPlaceOfACodec() throws Exception {
        assertEquals(List.of("ulaw", "g722", "alaw"), allowOf("allow=ulaw\nallow=g722\nallow=ulaw,alaw\n"));
    }

    @Test
    public void aTemplatesCodecsComeFirst() throws Exception {
        PjsipConf conf = PjsipConf.load(folder.getRoot().toPath(),
                "[phone](!)\ntype=endpoint\ndisallow=all\nallow=g722\n\n[6001](phone)\nallow=ulaw\n");
        assertEquals(List.of("g722", "ulaw"), conf.get("endpoint", "6001", Endpoint.class).allow());
    }

    @Test
    public void bangInvertsAnItemAsInAsterisksBasicPbxSample() throws Exception {
        assertEquals(List.of("g722", "ulaw"), allowOf("allow=!all,g722,ulaw\n"));
        assertEquals(List.of("alaw"), allowOf("allow=ulaw,alaw,!ulaw\n"));
    }

    @Test
    public void namesAreCaseInsensitivePipesSeparateAndFramingIsDropped() throws Exception {
        assertEquals(List.of("ulaw", "alaw", "opus"), allowOf("allow=ULAW:20|alaw:30ms, Opus\n"));
    }

    @Test
    public void theParenthesisedFormAsteriskPrintsReplacesTheList() throws Exception {
        assertEquals(List.of("alaw", "g722"), allowOf("allow=ulaw\nallow=(alaw|g722)\n"));
    }

    @Test
    public void aSectionsDisallowAllDropsWhatItsTemplateAllowed() throws Exception {
        PjsipConf conf = PjsipConf.load(folder.getRoot().toPath(),
                "[phone](!)\ntype=endpoint\ndisallow=all\nallow=ulaw\n\n[6001](phone)\ndisallow=all\nallow=g722\n");
        assertEquals(List.of("g722"), conf.get("endpoint", "6001", Endpoint.class).allow());
    }

    @Test
    public void linesApplyInTheOrderWritten() throws Exception {
        assertEquals(List.of("alaw"), allowOf("allow=ulaw\ndisallow=all\nallow=alaw\n"));
        assertEquals(List.of("ulaw", "alaw"), allowOf("allow=ulaw,g729\ndisallow=g729\nallow=alaw\n"));
    }

    @Test
    public void disallowAloneLeavesNoCodecs() throws Exception {
        assertEquals(List.of(), allowOf("disallow=g729\n"));
    }

    @Test
    public void unknownCodecsAndBadFramingAreRefused() throws Exception {
        PjsipConf conf = PjsipConf.load(folder.getRoot().toPath(), "[6001]\ntype=endpoint\ndisallow=all\nallow=ulaw,g7222\n");
        assertTrue(conf.problems().get(0), conf.problems().get(0).startsWith(
                "Error parsing allow=ulaw,g7222 at line 4 of pjsip.conf: cannot allow unknown format 'g7222'"));
        conf = PjsipConf.load(folder.getRoot().toPath(), "[6001]\ntype=endpoint\nallow=ulaw:fast\n");
        assertTrue(conf.problems().get(0), conf.problems().get(0).startsWith(
                "Error parsing allow=ulaw:fast at line 3 of pjsip.conf: bad packetization value 'fast'"));
    }

    @Test
    public void stepsApplyInTheOrderGiven() throws Exception {
        CodecList list = new CodecList();
        list.apply("allow", "ulaw,alaw", true);
        list.apply("disallow", "all", false);
        list.apply("allow", "g722", true);
        assertEquals(List.of("g722"), list.codecs());
        list.apply("disallow", "!gsm", false);
        assertEquals(List.of("g722", "gsm"), list.codecs());
        assertFalse(list.codecs().contains("none"));
    }

    @Test
    public void aRefusedItemNamesTheOption() {
        try {
            new CodecList().apply("disallow", "foo", false);
            fail();
        } catch (InvalidOptionException e) {
            assertEquals("disallow", e.option());
            assertEquals("foo", e.value());
        }
    }
}
