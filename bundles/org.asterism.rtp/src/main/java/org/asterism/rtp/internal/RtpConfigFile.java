package org.asterism.rtp.internal;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * Where rtp.conf lives: in the folder of all Asterisk-format files, {@code ASTERISM_CONFIG_DIR} (environment) or
 * {@code asterism.config.dir} (system property) when set, else {@code ${karaf.etc}/asterism}, as the SIP core finds
 * pjsip.conf.
 */
final class RtpConfigFile {

    static final String NAME = "rtp.conf";

    private RtpConfigFile() {
    }

    static Path resolve(Map<String, String> environment, Properties system) {
        String fromEnvironment = environment.get("ASTERISM_CONFIG_DIR");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return Path.of(fromEnvironment, NAME);
        }
        String fromProperty = system.getProperty("asterism.config.dir");
        if (fromProperty != null && !fromProperty.isBlank()) {
            return Path.of(fromProperty, NAME);
        }
        return Path.of(system.getProperty("karaf.etc", "etc"), "asterism", NAME);
    }
}
