package org.asterism.sip.core.internal.command;

import org.asterism.cli.CliCommand;
import org.asterism.sip.api.endpoint.Aor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code pjsip list aors}, {@code pjsip show aors} and {@code pjsip show aor <id>}, as Asterisk prints them. */
public final class AorCommands {

    private AorCommands() {
    }

    /** {@code pjsip list aors [ like <pattern> ]}: one line per aor. */
    @Component(service = CliCommand.class)
    public static class ListAll extends ObjectCommand<Aor> {

        @Activate
        public ListAll(@Reference AorFormatter formatter) {
            super("pjsip list aors", "pjsip list aors [ like <pattern> ] - list the configured PJSIP AoRs", Form.LIST, formatter);
        }
    }

    /** {@code pjsip show aors [ like <pattern> ]}: every aor with its contacts. */
    @Component(service = CliCommand.class)
    public static class ShowAll extends ObjectCommand<Aor> {

        @Activate
        public ShowAll(@Reference AorFormatter formatter) {
            super("pjsip show aors", "pjsip show aors [ like <pattern> ] - show the configured PJSIP AoRs", Form.SHOW_ALL, formatter);
        }
    }

    /** {@code pjsip show aor <id>}: one aor with its contacts and its options. */
    @Component(service = CliCommand.class)
    public static class ShowOne extends ObjectCommand<Aor> {

        @Activate
        public ShowOne(@Reference AorFormatter formatter) {
            super("pjsip show aor", "pjsip show aor <id> - show a configured PJSIP aor and its options", Form.SHOW_ONE, formatter);
        }
    }
}
