package org.asterism.sip.core.internal.command;

import org.asterism.cli.CliCommand;
import org.asterism.sip.api.endpoint.Auth;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code pjsip list auths}, {@code pjsip show auths} and {@code pjsip show auth <id>}, as Asterisk prints them. */
public final class AuthCommands {

    private AuthCommands() {
    }

    /** {@code pjsip list auths [ like <pattern> ]}: one line per auth. */
    @Component(service = CliCommand.class)
    public static class ListAll extends ObjectCommand<Auth> {

        @Activate
        public ListAll(@Reference AuthFormatter formatter) {
            super("pjsip list auths", "pjsip list auths [ like <pattern> ] - list the configured PJSIP auths", Form.LIST, formatter);
        }
    }

    /** {@code pjsip show auths [ like <pattern> ]}: every auth. */
    @Component(service = CliCommand.class)
    public static class ShowAll extends ObjectCommand<Auth> {

        @Activate
        public ShowAll(@Reference AuthFormatter formatter) {
            super("pjsip show auths", "pjsip show auths [ like <pattern> ] - show the configured PJSIP auths", Form.SHOW_ALL, formatter);
        }
    }

    /** {@code pjsip show auth <id>}: one auth and its options. */
    @Component(service = CliCommand.class)
    public static class ShowOne extends ObjectCommand<Auth> {

        @Activate
        public ShowOne(@Reference AuthFormatter formatter) {
            super("pjsip show auth", "pjsip show auth <id> - show a configured PJSIP auth and its options", Form.SHOW_ONE, formatter);
        }
    }
}
