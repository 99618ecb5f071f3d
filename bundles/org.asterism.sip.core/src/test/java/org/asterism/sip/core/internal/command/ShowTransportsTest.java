package org.asterism.sip.core.internal.command;

import static org.junit.Assert.assertEquals;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;

import org.asterism.sip.api.transport.TransportConfig;
import org.asterism.sip.core.internal.transport.TransportStatus;
import org.junit.Test;

public class ShowTransportsTest {

    static final String HEADER = "Transport:  <TransportId........>  <Type>  <cos>  <tos>  <BindAddress....................>";

    private static TransportConfig config(String id, String protocol, String host, int port, int tos) {
        return new TransportConfig(id, protocol, new InetSocketAddress(host, port), List.of(), Optional.empty(), 0, Optional.empty(), tos, 0);
    }

    private static List<String> print(List<TransportStatus> statuses) throws Exception {
        return List.of(new ShowTransports(new TransportFormatter(() -> statuses)).run(List.of()).split("\n", -1));
    }

    @Test
    public void laidOutAsAsteriskPrintsIt() throws Exception {
        List<String> lines = print(List.of(
                new TransportStatus(config("main-transport", "udp", "0.0.0.0", 5060, 0), "listening", Optional.empty()),
                new TransportStatus(config("v6", "tcp", "::", 5061, 96), "listening", Optional.empty())));
        assertEquals("Transport:  <TransportId........>  <Type>  <cos>  <tos>  <BindAddress....................>", lines.get(1));
        assertEquals(lines.get(1).length(), lines.get(2).length());
        assertEquals("Transport:  main-transport            udp      0      0  0.0.0.0:5060", lines.get(4));
        assertEquals("Transport:  v6                        tcp      0     96  [::]:5061", lines.get(5));
        assertEquals("Objects found: 2", lines.get(7));
    }

    @Test
    public void aTransportThatIsNotListeningSaysWhy() throws Exception {
        List<String> lines = print(List.of(
                new TransportStatus(config("tcp", "tcp", "127.0.0.1", 5060, 0), "protocol not loaded", Optional.empty()),
                new TransportStatus(config("busy", "udp", "127.0.0.1", 5060, 0), "failed", Optional.of("Address already in use"))));
        assertEquals("Transport:  busy                      udp      0      0  127.0.0.1:5060  (Address already in use)", lines.get(4));
        assertEquals("Transport:  tcp                       tcp      0      0  127.0.0.1:5060  (protocol not loaded)", lines.get(5));
    }

    @Test
    public void sortedByIdAndFilteredWithLikeAsAsteriskDoes() throws Exception {
        List<TransportStatus> statuses = List.of(
                new TransportStatus(config("zeta", "udp", "127.0.0.1", 5060, 0), "listening", Optional.empty()),
                new TransportStatus(config("alpha", "tcp", "127.0.0.1", 5060, 0), "listening", Optional.empty()));
        ShowTransports command = new ShowTransports(new TransportFormatter(() -> statuses));
        assertEquals(List.of("", ShowTransportsTest.HEADER, "=".repeat(90), "",
                "Transport:  zeta                      udp      0      0  127.0.0.1:5060", "", "Objects found: 1", "", ""),
                List.of(command.run(List.of("like", "^z")).split("\n", -1)));
        assertEquals("No objects found.\n\n", command.run(List.of("like", "nothing")));
        assertEquals("No objects found.\n\n", new ShowTransports(new TransportFormatter(List::of)).run(List.of()));
    }
}
