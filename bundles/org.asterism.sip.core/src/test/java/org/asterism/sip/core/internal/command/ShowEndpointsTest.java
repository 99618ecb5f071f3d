package org.asterism.sip.core.internal.command;

import static org.asterism.sip.core.internal.command.CliFixture.lines;
import static org.asterism.sip.core.internal.command.FakeConfigStore.aor;
import static org.asterism.sip.core.internal.command.FakeConfigStore.auth;
import static org.asterism.sip.core.internal.command.FakeConfigStore.endpoint;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.asterism.cli.CliUsageException;
import org.asterism.sip.api.transport.TransportConfig;
import org.asterism.sip.core.internal.transport.TransportStatus;
import org.junit.Test;

public class ShowEndpointsTest {

    static final String RULE = "=".repeat(90);
    static final List<String> HEADER = List.of(
            " Endpoint:  <Endpoint/CID.....................................>  <State.....>  <Channels.>",
            "    I/OAuth:  <AuthId/UserName" + ".".repeat(59) + ">",
            "        Aor:  <Aor" + ".".repeat(44) + ">  <MaxContact>",
            "      Contact:  <Aor/ContactUri" + ".".repeat(26) + "> <Hash....> <Status> <RTT(ms)..>",
            "  Transport:  <TransportId........>  <Type>  <cos>  <tos>  <BindAddress" + ".".repeat(18) + ">",
            "   Identify:  <Identify/Endpoint" + ".".repeat(57) + ">",
            "        Match:  <criteria" + ".".repeat(25) + ">");

    private final CliFixture cli = new CliFixture();

    /** The seed's endpoint: registered nowhere, so unavailable; an inbound auth and an AoR taking 10 contacts. */
    private void david() {
        cli.store.add(endpoint("david", List.of("david"), List.of("david-auth"), List.of(), Optional.empty(),
                Optional.of("\"David\" <6001>"), Map.of("device_state_busy_at", "0")));
        cli.store.add(auth("david-auth", "david")).add(aor("david", 10));
    }

    /** A small example: endpoint 6001, registered from a phone, pinned to a transport, with a busy limit. */
    private void alice() {
        cli.store.add(endpoint("6001", List.of("6001"), List.of("6001"), List.of("upstream"), Optional.of("transport-udp"),
                Optional.of("\"Alice\" <6001>"), Map.of("aors", "6001", "auth", "6001", "callerid", "\"Alice\" <6001>",
                        "context", "from-internal", "device_state_busy_at", "2", "transport", "transport-udp")));
        cli.store.add(auth("6001", "6001")).add(auth("upstream", "asterism")).add(aor("6001", 1));
        cli.locations.register("6001", "sip:6001@192.0.2.10:5060");
        cli.transports.add(new TransportStatus(new TransportConfig("transport-udp", "udp", new InetSocketAddress("0.0.0.0", 5060),
                List.of(), Optional.empty(), 0, Optional.empty(), 0, 0), "listening", Optional.empty()));
    }

    private String run(ObjectCommand<?> command, String... args) throws CliUsageException {
        return command.run(List.of(args));
    }

    @Test
    public void headingsSpanAsterisksNinetyColumns() {
        for (int i : new int[] { 0, 1, 4, 5 }) {
            assertEquals(HEADER.get(i), 90, HEADER.get(i).length());
        }
    }

    @Test
    public void showEndpointsPrintsTheSeedsLines() throws Exception {
        david();
        assertEquals(concat(List.of(""), HEADER, List.of(RULE, "",
                " Endpoint:  david/6001                                           Unavailable   0 of inf",
                "     InAuth:  david-auth/david",
                "        Aor:  david                                             10",
                "   Identify:  david-identify/david",
                "        Match: 10.24.16.36/32",
                "",
                "",
                "Objects found: 1",
                "",
                "")), lines(run(new EndpointCommands.ShowAll(cli.endpoints))));
    }

    @Test
    public void showEndpointPrintsChildrenInAsterisksOrderThenTheOptions() throws Exception {
        alice();
        String output = run(new EndpointCommands.ShowOne(cli.endpoints), "6001");
        assertEquals(concat(List.of(""), HEADER, List.of(RULE, "",
                " Endpoint:  6001/6001                                            Not in use    0 of 2",
                "    OutAuth:  upstream/asterism",
                "     InAuth:  6001/6001",
                "        Aor:  6001                                               1",
                "      Contact:  6001/sip:6001@192.0.2.10:5060              c972bbe88a NonQual         nan",
                "  Transport:  transport-udp             udp      0      0  0.0.0.0:5060",
                "   Identify:  6001-identify/6001",
                "        Match: 10.24.16.36/32",
                "",
                "",
                " ParameterName        : ParameterValue",
                " =====================================",
                " aors                 : 6001",
                " auth                 : 6001",
                " callerid             : \"Alice\" <6001>",
                " context              : from-internal",
                " device_state_busy_at : 2",
                " transport            : transport-udp",
                "",
                "")), lines(output));
    }

    @Test
    public void listEndpointsPrintsOneLineEachWithoutChildren() throws Exception {
        david();
        alice();
        assertEquals(List.of("", HEADER.get(0), RULE, "",
                " Endpoint:  6001/6001                                            Not in use    0 of 2",
                " Endpoint:  david/6001                                           Unavailable   0 of inf",
                "",
                "Objects found: 2",
                "",
                ""), lines(run(new EndpointCommands.ListAll(cli.endpoints))));
    }

    @Test
    public void likeFiltersByIdWithARegularExpression() throws Exception {
        david();
        alice();
        List<String> lines = lines(run(new EndpointCommands.ListAll(cli.endpoints), "like", "^d"));
        assertEquals(" Endpoint:  david/6001                                           Unavailable   0 of inf", lines.get(4));
        assertEquals("Objects found: 1", lines.get(6));
        assertEquals("No objects found.\n\n", run(new EndpointCommands.ShowAll(cli.endpoints), "like", "heman"));
        assertThrows(CliUsageException.class, () -> run(new EndpointCommands.ShowAll(cli.endpoints), "like"));
        assertThrows(CliUsageException.class, () -> run(new EndpointCommands.ShowAll(cli.endpoints), "like", "("));
    }

    @Test
    public void aMissingEndpointIsNamed() throws Exception {
        david();
        assertEquals("Unable to find object heman.\n\n", run(new EndpointCommands.ShowOne(cli.endpoints), "heman"));
        assertEquals("No object specified.\n", run(new EndpointCommands.ShowOne(cli.endpoints)));
        assertEquals("No objects found.\n\n", run(new EndpointCommands.ShowAll(new CliFixture().endpoints)));
    }

    @Test
    public void aStaticContactMakesTheEndpointReachable() {
        cli.store.add(endpoint("trunk", List.of("trunk"), List.of(), List.of(), Optional.empty(), Optional.empty(), Map.of()));
        cli.store.add(aor("trunk", 0, "sip:198.51.100.1"));
        assertEquals("Not in use", cli.endpoints.deviceState(cli.store.find("endpoint", "trunk", org.asterism.sip.api.endpoint.Endpoint.class).get()));
    }

    @Test
    public void theCallerIdNumberIsFoundAsAsteriskSplitsIt() {
        assertEquals(Optional.of("6001"), number("\"David\" <6001>"));
        assertEquals(Optional.of("6001"), number("<6001>"));
        assertEquals(Optional.of("+15551234"), number("+1 (555) 12-34"));
        assertEquals(Optional.empty(), number("David"));
        assertEquals(Optional.empty(), number("\"David\" <>"));
    }

    private static Optional<String> number(String callerid) {
        return EndpointFormatter.callerNumber(endpoint("x", List.of(), List.of(), List.of(), Optional.empty(), Optional.of(callerid), Map.of()));
    }

    @SafeVarargs
    static List<String> concat(List<String>... parts) {
        return java.util.Arrays.stream(parts).flatMap(List::stream).toList();
    }
}
