package org.asterism.sip.core.internal.command;

import java.util.ArrayList;
import java.util.List;

import org.asterism.sip.api.cli.CliContext;
import org.asterism.sip.api.cli.ObjectFormatter;
import org.asterism.sip.api.endpoint.Endpoint;
import org.asterism.sip.core.internal.transport.TransportStatus;

/**
 * The core's formatters wired as DS wires them, over a {@link FakeConfigStore} and a {@link FakeLocationStore}, with
 * an identify formatter standing in for the IP identifier module's.
 */
final class CliFixture {

    final FakeConfigStore store = new FakeConfigStore();
    final FakeLocationStore locations = new FakeLocationStore();
    final List<TransportStatus> transports = new ArrayList<>();
    final ContactFormatter contacts = new ContactFormatter(store, locations);
    final AorFormatter aors = new AorFormatter(store, contacts);
    final AuthFormatter auths = new AuthFormatter(store);
    final TransportFormatter transportFormatter = new TransportFormatter(() -> transports);
    final EndpointFormatter endpoints = new EndpointFormatter(store, contacts);

    /** Registers the formatters, in an order unlike Asterisk's to show the endpoint formatter orders them. */
    CliFixture() {
        endpoints.addFormatter(new IdentifyStandIn());
        endpoints.addFormatter(transportFormatter);
        endpoints.addFormatter(contacts);
        endpoints.addFormatter(aors);
        endpoints.addFormatter(auths);
    }

    static List<String> lines(String output) {
        return List.of(output.split("\n", -1));
    }

    /** Prints "&lt;endpoint&gt;-identify" matching 10.24.16.36/32 for every endpoint, as the IP module's formatter does. */
    static final class IdentifyStandIn implements ObjectFormatter {

        @Override
        public String type() {
            return "identify";
        }

        @Override
        public void printHeader(CliContext context) {
            context.line("Identify", ":  <Identify/Endpoint" + CliContext.dots(CliContext.MAX_WIDTH - context.indent() - 22) + ">");
            context.nested(() -> context.line("Match", ":  <criteria" + CliContext.dots(CliContext.LAST_TABSTOP - context.indent() - 24) + ">"));
        }

        @Override
        public void printForEndpoint(Endpoint endpoint, CliContext context) {
            context.line("Identify", ":  " + endpoint.id() + "-identify/" + endpoint.id());
            context.nested(() -> context.line("Match", ": 10.24.16.36/32"));
        }
    }
}
