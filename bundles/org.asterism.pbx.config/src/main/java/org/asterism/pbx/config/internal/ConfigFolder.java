package org.asterism.pbx.config.internal;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * Where the Asterisk-format files live, as the SIP core finds pjsip.conf: {@code ASTERISM_CONFIG_DIR} (environment) or
 * {@code asterism.config.dir} (system property) when set, else {@code etc/asterism} of the distribution.
 */
final class ConfigFolder {

    private ConfigFolder() {
    }

    static Path resolve(Map<String, String> environment, Properties system) {
        String fromEnvironment = environment.get("ASTERISM_CONFIG_DIR");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return Path.of(fromEnvironment);
        }
        String fromProperty = system.getProperty("asterism.config.dir");
        if (fromProperty != null && !fromProperty.isBlank()) {
            return Path.of(fromProperty);
        }
        return Path.of(system.getProperty("karaf.etc", "etc"), "asterism");
    }
}
