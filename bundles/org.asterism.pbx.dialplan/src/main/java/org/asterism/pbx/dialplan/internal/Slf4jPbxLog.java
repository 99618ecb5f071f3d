package org.asterism.pbx.dialplan.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PBX's console output through SLF4J (pax-logging in Karaf): notices, warnings and errors under
 * "org.asterism.pbx.dialplan"; the verbose lines ("-- Executing [100@default:1] Answer(...)") under their own logger,
 * "org.asterism.pbx.verbose", which the shipped logging configuration keeps at WARN as Asterisk keeps verbosity at 0
 * when it runs as a daemon ({@code log:set INFO org.asterism.pbx.verbose} is {@code core set verbose 3}): a line per
 * application per call costs a tenth of a call's CPU at a thousand calls a second.
 */
public final class Slf4jPbxLog implements PbxLog {

    private static final Logger LOG = LoggerFactory.getLogger("org.asterism.pbx.dialplan");
    private static final Logger VERBOSE = LoggerFactory.getLogger("org.asterism.pbx.verbose");

    @Override
    public void verbose(int level, String message) {
        if (VERBOSE.isInfoEnabled()) {
            VERBOSE.info(PbxLog.prefix(level) + message);
        }
    }

    @Override
    public void notice(String message) {
        LOG.info(message);
    }

    @Override
    public void warning(String message) {
        LOG.warn(message);
    }

    @Override
    public void error(String message) {
        LOG.error(message);
    }

    @Override
    public void debug(String message) {
        LOG.debug(message);
    }
}
