package org.asterism.sip.identifier.ip.internal.command;

import static org.junit.Assert.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.asterism.sip.api.cli.CliContext;
import org.asterism.sip.api.endpoint.Endpoint;
import org.asterism.sip.identifier.ip.internal.FakeOptions;
import org.asterism.sip.identifier.ip.internal.IdentifyObjectType;
import org.asterism.sip.identifier.ip.internal.MatchIndex;
import org.junit.Test;

public class IdentifyFormatterTest {

    private final IdentifyFormatter formatter = new IdentifyFormatter(() -> index());

    private static MatchIndex index() {
        try {
            IdentifyObjectType type = new IdentifyObjectType();
            return MatchIndex.build(List.of(
                    type.create(FakeOptions.section("david-identify", "endpoint=david", "match=10.24.16.36")),
                    type.create(FakeOptions.section("alice-identify", "endpoint=alice", "match=192.0.2.0/24", "match_header=X-Alice: yes")),
                    type.create(FakeOptions.section("david-backup", "endpoint=david", "match=10.24.16.37/32"))),
                    (host, srv) -> List.of());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static Endpoint endpoint(String id) {
        return new Endpoint(id, "default", List.of(id), List.of(), List.of(), List.of("ip"), Optional.empty(), List.of("ulaw"),
                Optional.empty(), Optional.empty(), List.of(), false, true, false, true, "rfc4733", Optional.empty(), false, false,
                "yes", 90, 1800, "yes", "", List.of(), "", Map.of());
    }

    /** As the core's endpoint formatter calls it: one level under the endpoint. */
    private static String underAnEndpoint(java.util.function.Consumer<CliContext> print) {
        CliContext context = new CliContext(true, false, true);
        context.nested(() -> print.accept(context));
        return context.output();
    }

    @Test
    public void printsTheEndpointsIdentifiesByIdOneLevelDown() {
        assertEquals("   Identify:  david-backup/david\n"
                + "        Match: 10.24.16.37/32\n"
                + "   Identify:  david-identify/david\n"
                + "        Match: 10.24.16.36/32\n", underAnEndpoint(context -> formatter.printForEndpoint(endpoint("david"), context)));
        assertEquals("   Identify:  alice-identify/alice\n"
                + "        Match: 192.0.2.0/24\n"
                + "       Header: X-Alice: yes\n", underAnEndpoint(context -> formatter.printForEndpoint(endpoint("alice"), context)));
        assertEquals("", underAnEndpoint(context -> formatter.printForEndpoint(endpoint("heman"), context)));
    }

    @Test
    public void headingOneLevelDownAsAsterisksEndpointHeading() {
        String heading = underAnEndpoint(formatter::printHeader);
        assertEquals("   Identify:  <Identify/Endpoint" + ".".repeat(57) + ">\n"
                + "        Match:  <criteria" + ".".repeat(25) + ">\n", heading);
        assertEquals(90, heading.indexOf('\n'));
        assertEquals("identify", formatter.type());
    }
}
