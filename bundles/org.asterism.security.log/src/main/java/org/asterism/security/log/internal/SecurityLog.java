package org.asterism.security.log.internal;

import java.time.ZoneId;

import org.asterism.sip.api.security.SecurityEvent;
import org.asterism.sip.api.security.SecurityEventListener;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * res_security_log: every security event as one line of the {@value #LOGGER} logger, which the shipped logging
 * configuration writes to {@code data/log/security-events.log} in Asterisk's file format
 * ({@code [Nov 22 10:00:00] SECURITY[42] res_security_log.c: SecurityEvent=...}) for fail2ban.
 */
@Component(service = SecurityEventListener.class)
public class SecurityLog implements SecurityEventListener {

    static final String LOGGER = "org.asterism.security";

    private static final Logger LOG = LoggerFactory.getLogger(LOGGER);

    private final SecurityEventLine line = new SecurityEventLine(ZoneId.systemDefault());

    @Override
    public void onSecurityEvent(SecurityEvent event) {
        if (LOG.isInfoEnabled()) {
            LOG.info(line.format(event));
        }
    }
}
