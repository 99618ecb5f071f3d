package org.asterism.config;

import static org.asterism.config.Parsing.names;
import static org.asterism.config.Parsing.pairs;
import static org.asterism.config.Parsing.parse;
import static org.junit.Assert.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class FileFormatTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void crlfLineEnds() throws Exception {
        ConfigDocument doc = parse("[s]\r\nx = 1\r\ny=2 ; c\r\n\r\n[t](s)\r\n");
        assertEquals(List.of("s", "t"), names(doc));
        assertEquals(List.of("x=1", "y=2"), pairs(doc.sections().get(0)));
        assertEquals(5, doc.sections().get(1).line());
    }

    @Test
    public void utf8ByteOrderMarkInAFileIsIgnored() throws Exception {
        Path file = folder.getRoot().toPath().resolve("pjsip.conf");
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "[s]\ncallerid=\"Zoë\" <6001>\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, bytes, 0, bom.length);
        System.arraycopy(text, 0, bytes, bom.length, text.length);
        Files.write(file, bytes);
        ConfigDocument doc = new ConfigParser().parse(file);
        assertEquals(List.of("s"), names(doc));
        assertEquals(List.of("callerid=\"Zoë\" <6001>"), pairs(doc.sections().get(0)));
    }

    @Test
    public void byteOrderMarkInTextIsIgnored() throws Exception {
        assertEquals(List.of("s"), names(parse("\uFEFF[s]\n")));
    }

    @Test
    public void latin1FileKeepsItsCharacters() throws Exception {
        Path file = folder.getRoot().toPath().resolve("pjsip.conf");
        Files.write(file, "[s]\ncallerid=Jürgen\n".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(List.of("callerid=Jürgen"), pairs(new ConfigParser().parse(file).sections().get(0)));
    }

    @Test
    public void lastLineWithoutNewline() throws Exception {
        assertEquals(List.of("x=1"), pairs(parse("[s]\nx=1").sections().get(0)));
    }

    @Test
    public void emptyTextHasNoSections() throws Exception {
        assertEquals(List.of(), parse("").sections());
        assertEquals(List.of(), parse("\n\n; only comments\n").sections());
    }

    @Test
    public void largeFileWithTemplates() throws Exception {
        StringBuilder text = new StringBuilder("[tpl](!)\ntype=endpoint\ncontext=internal\n");
        for (int i = 0; i < 10_000; i++) {
            text.append('[').append(i).append("](tpl)\nauth=").append(i).append("\naors=").append(i).append('\n');
        }
        ConfigDocument doc = parse(text.toString());
        assertEquals(10_000, doc.sections().size());
        ConfigSection last = doc.sections().get(9_999);
        assertEquals(List.of("type=endpoint", "context=internal", "auth=9999", "aors=9999"), pairs(last));
        assertEquals(4 + 3 * 9_999, last.line());
    }
}
