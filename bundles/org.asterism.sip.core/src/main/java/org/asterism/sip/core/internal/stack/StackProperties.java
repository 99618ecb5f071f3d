package org.asterism.sip.core.internal.stack;

import java.util.Properties;

/** The JAIN-SIP stack settings Asterism runs with, and why. */
final class StackProperties {

    static final int UDP_SOCKET_BUFFER = 4 * 1024 * 1024;

    private StackProperties() {
    }

    static Properties create(String name) {
        Properties properties = new Properties();
        properties.setProperty("javax.sip.STACK_NAME", name);
        // Dialogs belong to the session module, not to the stack.
        properties.setProperty("javax.sip.AUTOMATIC_DIALOG_SUPPORT", "off");
        // Several SIP threads call the pipeline at once; it is written to be re-entrant.
        properties.setProperty("gov.nist.javax.sip.REENTRANT_LISTENER", "true");
        properties.setProperty("gov.nist.javax.sip.THREAD_POOL_SIZE", Integer.toString(Math.max(4, 2 * Runtime.getRuntime().availableProcessors())));
        // A bound on what one peer can make us buffer (RFC 3261 leaves it to the implementation).
        properties.setProperty("gov.nist.javax.sip.MAX_MESSAGE_SIZE", "65536");
        // NIST would shrink UDP socket buffers to 64 KB, under the kernel's own default: about 10 ms of traffic at
        // 2,000 calls/s, so a garbage collection pause made the kernel drop requests (peers retransmit after 500 ms).
        // 4 MB, or as much as net.core.rmem_max/wmem_max allow.
        properties.setProperty("gov.nist.javax.sip.RECEIVE_UDP_BUFFER_SIZE", Integer.toString(UDP_SOCKET_BUFFER));
        properties.setProperty("gov.nist.javax.sip.SEND_UDP_BUFFER_SIZE", Integer.toString(UDP_SOCKET_BUFFER));
        properties.setProperty("gov.nist.javax.sip.CACHE_CLIENT_CONNECTIONS", "true");
        properties.setProperty("gov.nist.javax.sip.CACHE_SERVER_CONNECTIONS", "true");
        // Drop references to finished transactions' messages early: less memory per transaction under load.
        properties.setProperty("gov.nist.javax.sip.AGGRESSIVE_CLEANUP", "true");
        properties.setProperty("gov.nist.javax.sip.LOG_MESSAGE_CONTENT", "false");
        properties.setProperty("gov.nist.javax.sip.TRACE_LEVEL", "0");
        return properties;
    }
}
