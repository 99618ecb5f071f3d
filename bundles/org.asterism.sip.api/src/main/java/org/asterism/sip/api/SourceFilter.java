package org.asterism.sip.api;

import java.net.InetAddress;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Decides, before anything else, whether a request from an address is looked at at all (whiteboard).
 * A request any filter refuses is dropped unanswered and unlogged, as a firewall would drop it; so this is
 * asked for every request and must answer in well under a microsecond.
 */
@ConsumerType
@FunctionalInterface
public interface SourceFilter {

    boolean admits(InetAddress source);
}
