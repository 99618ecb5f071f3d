package org.asterism.sip.core.internal.client;

import java.util.List;
import org.asterism.sip.core.internal.stack.OpenTransport;

/** The transport objects listening now, in the order of the configuration. */
@FunctionalInterface
interface TransportDirectory {

    List<OpenTransport> listening();
}
