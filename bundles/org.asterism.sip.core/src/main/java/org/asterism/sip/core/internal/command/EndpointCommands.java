package org.asterism.sip.core.internal.command;

import org.asterism.cli.CliCommand;
import org.asterism.sip.api.endpoint.Endpoint;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code pjsip list endpoints}, {@code pjsip show endpoints} and {@code pjsip show endpoint <id>}, as Asterisk prints them. */
public final class EndpointCommands {

    private EndpointCommands() {
    }

    /** {@code pjsip list endpoints [ like <pattern> ]}: one line per endpoint. */
    @Component(service = CliCommand.class)
    public static class ListAll extends ObjectCommand<Endpoint> {

        @Activate
        public ListAll(@Reference EndpointFormatter formatter) {
            super("pjsip list endpoints", "pjsip list endpoints [ like <pattern> ] - list the configured PJSIP endpoints", Form.LIST, formatter);
        }
    }

    /** {@code pjsip show endpoints [ like <pattern> ]}: every endpoint with its auths, AoRs, contacts, transport and identifies. */
    @Component(service = CliCommand.class)
    public static class ShowAll extends ObjectCommand<Endpoint> {

        @Activate
        public ShowAll(@Reference EndpointFormatter formatter) {
            super("pjsip show endpoints", "pjsip show endpoints [ like <pattern> ] - show the configured PJSIP endpoints", Form.SHOW_ALL, formatter);
        }
    }

    /** {@code pjsip show endpoint <id>}: one endpoint with its auths, AoRs, contacts, transport and identifies and its options. */
    @Component(service = CliCommand.class)
    public static class ShowOne extends ObjectCommand<Endpoint> {

        @Activate
        public ShowOne(@Reference EndpointFormatter formatter) {
            super("pjsip show endpoint", "pjsip show endpoint <id> - show a configured PJSIP endpoint and its options", Form.SHOW_ONE, formatter);
        }
    }
}
