package org.asterism.sip.core.internal.command;

import org.asterism.cli.CliCommand;
import org.asterism.sip.core.internal.transport.TransportStatus;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code pjsip show transports [ like <pattern> ]}, laid out as Asterisk prints it (by id); a transport that is not
 * listening says why. The lines are the {@link TransportFormatter}'s, which {@code pjsip show endpoint} uses too.
 */
@Component(service = CliCommand.class)
public class ShowTransports extends ObjectCommand<TransportStatus> {

    @Activate
    public ShowTransports(@Reference TransportFormatter formatter) {
        super("pjsip show transports", "pjsip show transports [ like <pattern> ] - list the transports and where they listen",
                Form.SHOW_ALL, formatter);
    }
}
