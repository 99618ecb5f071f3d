package org.asterism.config;

import static org.asterism.config.Parsing.pairs;
import static org.asterism.config.Parsing.parse;
import static org.asterism.config.Parsing.value;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.Test;

public class EntryTest {

    private static ConfigSection only(String text) throws Exception {
        List<ConfigSection> sections = parse(text).sections();
        assertEquals(1, sections.size());
        return sections.get(0);
    }

    @Test
    public void equalsAndArrowAreTheSameAndWhitespaceIsTrimmed() throws Exception {
        ConfigSection s = only("[s]\n  a=1\nb = 2 \nc\t=>\t3\nd=>4\ne =\n");
        assertEquals(List.of("a=1", "b=2", "c=3", "d=4", "e="), pairs(s));
    }

    @Test
    public void valueKeepsEverythingAfterTheFirstEquals() throws Exception {
        ConfigSection s = only("[s]\nexten => 100,1,Set(X=a=b)\nmatch = 1.2.3.4 \n");
        assertEquals("100,1,Set(X=a=b)", value(s, "exten"));
        assertEquals("1.2.3.4", value(s, "match"));
    }

    @Test
    public void entryRecordsFileAndLine() throws Exception {
        ConfigSection s = only("[s]\n\nx = 1\n");
        assertEquals(new ConfigEntry("x", "1", "pjsip.conf", 3), s.entries().get(0));
    }

    @Test
    public void lastAndAllMatchNamesCaseInsensitively() throws Exception {
        ConfigSection s = only("[s]\nallow=ulaw\nALLOW=alaw\ndisallow=all\nAllow=g722\n");
        assertEquals(List.of("ulaw", "alaw", "g722"),
                s.all("allow").stream().map(ConfigEntry::value).collect(Collectors.toList()));
        assertEquals("g722", value(s, "allow"));
        assertFalse(s.last("missing").isPresent());
        assertEquals(List.of(), s.all("missing"));
    }

    @Test
    public void plusEqualsConcatenatesWhatIsWrittenAfterIt() throws Exception {
        // config.c appends the raw text after "+=" (leading blanks included) to the old value, then trims
        ConfigSection s = only("[s]\nallow=ulaw\nallow+=,alaw\nnote = one\nnote += two\n");
        assertEquals(List.of("allow=ulaw,alaw", "note=one two"), pairs(s));
    }

    @Test
    public void plusEqualsUpdatesTheLastEntryInPlaceKeepingItsLine() throws Exception {
        ConfigSection s = only("[s]\nx=a\nx=b\ny=1\nx+=c\n");
        assertEquals(List.of("x=a", "x=bc", "y=1"), pairs(s));
        assertEquals(3, s.entries().get(1).line());
    }

    @Test
    public void plusEqualsWithoutEarlierEntryIsAPlainEntry() throws Exception {
        ConfigSection s = only("[s]\nx += 1\n");
        assertEquals(List.of(new ConfigEntry("x", "1", "pjsip.conf", 2)), s.entries());
    }

    @Test
    public void plusEqualsMatchesTheNameCaseSensitively() throws Exception {
        ConfigSection s = only("[s]\nX=a\nx+=b\n");
        assertEquals(List.of("X=a", "x=b"), pairs(s));
    }

    @Test
    public void plusEqualsAppendsToAnInheritedValue() throws Exception {
        ConfigDocument doc = parse("[t](!)\ncodecs=ulaw\n[s](t)\ncodecs+=,alaw\n[u](t)\n");
        assertEquals(List.of("codecs=ulaw,alaw"), pairs(doc.sections().get(0)));
        assertEquals(2, doc.sections().get(0).entries().get(0).line());
        assertEquals(List.of("codecs=ulaw"), pairs(doc.sections().get(1))); // the template is untouched
    }

    @Test
    public void backslashEscapesTheFirstCharacterOfAName() throws Exception {
        ConfigSection s = only("[s]\n\\[odd] = 1\n\\#hash = 2\n\\=eq = 3\n\\+=x\n");
        assertEquals(List.of("[odd]=1", "#hash=2", "=eq=3", "+=x"), pairs(s));
    }
}
