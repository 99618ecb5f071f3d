package org.asterism.sip.core.internal.command;

import org.asterism.cli.CliCommand;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code pjsip list contacts} and {@code pjsip show contacts}, as Asterisk prints them. */
public final class ContactCommands {

    private ContactCommands() {
    }

    /** {@code pjsip list contacts [ like <pattern> ]}: one line per contact, by "aor/uri". */
    @Component(service = CliCommand.class)
    public static class ListAll extends ObjectCommand<ContactFormatter.AorContact> {

        @Activate
        public ListAll(@Reference ContactFormatter formatter) {
            super("pjsip list contacts", "pjsip list contacts [ like <pattern> ] - list the PJSIP contacts", Form.LIST, formatter);
        }
    }

    /** {@code pjsip show contacts [ like <pattern> ]}: the same lines; a contact has no child objects. */
    @Component(service = CliCommand.class)
    public static class ShowAll extends ObjectCommand<ContactFormatter.AorContact> {

        @Activate
        public ShowAll(@Reference ContactFormatter formatter) {
            super("pjsip show contacts", "pjsip show contacts [ like <pattern> ] - show the PJSIP contacts", Form.SHOW_ALL, formatter);
        }
    }
}
