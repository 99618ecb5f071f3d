package org.asterism.pbx.dialplan.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The PBX's console output through SLF4J (pax-logging in Karaf), under one logger: "org.asterism.pbx.dialplan". */
public final class Slf4jPbxLog implements PbxLog {

    private static final Logger LOG = LoggerFactory.getLogger("org.asterism.pbx.dialplan");

    @Override
    public void verbose(int level, String message) {
        if (LOG.isInfoEnabled()) {
            LOG.info(PbxLog.prefix(level) + message);
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
