package org.asterism.sip.identifier.ip.internal.command;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.asterism.cli.CliUsageException;
import org.asterism.sip.api.config.InvalidOptionException;
import org.asterism.sip.identifier.ip.internal.Identify;
import org.asterism.sip.identifier.ip.internal.IdentifyObjectType;
import org.asterism.sip.identifier.ip.internal.MatchIndex;
import org.asterism.sip.identifier.ip.internal.FakeOptions;
import org.junit.Test;

public class ShowIdentifiesTest {

    private static Identify identify(String id, String... lines) throws InvalidOptionException {
        return new IdentifyObjectType().create(FakeOptions.section(id, lines));
    }

    private static List<String> print(MatchIndex index) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ShowIdentifies.print(index.entries(), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return List.of(bytes.toString(StandardCharsets.UTF_8).split("\n", -1));
    }

    @Test
    public void laidOutAsAsteriskPrintsIt() throws Exception {
        InetAddress sbc = InetAddress.getByAddress(new byte[] { (byte) 203, 0, 113, 5 });
        MatchIndex index = MatchIndex.build(List.of(
                identify("trunk", "endpoint=trunk", "match=sbc.example.com,192.0.2.0/255.255.255.0,!192.0.2.9,[2001:db8::1]:5061",
                        "match_header=X-ASTERISK-ACCOUNT: trunk", "match_request_uri=/^sip:did-1/"),
                identify("alice", "endpoint=alice", "match=198.51.100.7")),
                (host, srv) -> host.name().equals("sbc.example.com") ? List.of(sbc)
                        : List.of());
        List<String> lines = print(index);
        assertEquals(List.of(
                "",
                " Identify:  <Identify/Endpoint...........................................................>",
                "      Match:  <criteria...........................>",
                "==========================================================================================",
                "",
                " Identify:  alice/alice",
                "      Match: 198.51.100.7/32",
                "",
                " Identify:  trunk/trunk",
                "      Match: 192.0.2.0/24",
                "      Match: !192.0.2.9/32",
                "      Match: [2001:db8::1]:5061/128",
                "      Match: 203.0.113.5/32",
                "     Header: X-ASTERISK-ACCOUNT: trunk",
                " RequestURI: /^sip:did-1/",
                "",
                "",
                "Objects found: 2",
                "",
                ""), lines);
        assertEquals(90, lines.get(1).length());
        assertEquals(90, lines.get(3).length());
    }

    @Test
    public void noIdentifies() {
        assertEquals(List.of("No objects found.", "", ""), print(MatchIndex.EMPTY));
    }

    @Test
    public void likeFiltersByIdWithARegularExpression() throws Exception {
        List<MatchIndex.Entry> entries = MatchIndex.build(List.of(identify("trunk-1", "endpoint=a", "match=192.0.2.1"),
                identify("phone-1", "endpoint=b", "match=192.0.2.2"), identify("trunk-2", "endpoint=c", "match=192.0.2.3")),
                (host, srv) -> List.of()).entries();
        assertEquals(List.of("trunk-1", "trunk-2"), ids(ShowIdentifies.select(entries, List.of("like", "^trunk"))));
        assertEquals(List.of("phone-1", "trunk-1", "trunk-2"), ids(ShowIdentifies.select(entries, List.of())));
        assertEquals(List.of(), ids(ShowIdentifies.select(entries, List.of("like", "nothing"))));
        assertThrows(CliUsageException.class, () -> ShowIdentifies.select(entries, List.of("like")));
        assertThrows(CliUsageException.class, () -> ShowIdentifies.select(entries, List.of("like", "(")));
    }

    private static List<String> ids(List<MatchIndex.Entry> entries) {
        return entries.stream().map(entry -> entry.identify().id()).toList();
    }
}
