package org.asterism.sip.session.internal;

import java.util.concurrent.ScheduledExecutorService;
import org.asterism.sip.api.client.SipClient;
import org.asterism.sip.api.dialog.DialogLayer;

/**
 * What every session of the module uses.
 *
 * @param executor the module's own threads: outgoing INVITEs are built there (a target's host may need a DNS query)
 */
record SessionServices(DialogLayer dialogs, SipClient client, SessionExtensions extensions, SessionDirectory directory,
        ScheduledExecutorService executor) {
}
