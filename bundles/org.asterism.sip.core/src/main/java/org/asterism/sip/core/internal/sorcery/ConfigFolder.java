package org.asterism.sip.core.internal.sorcery;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * Where the Asterisk-format files live: {@code ASTERISM_CONFIG_DIR} (environment) or
 * {@code asterism.config.dir} (system property) when set, else {@code etc/asterism} of the distribution.
 */
public final class ConfigFolder {

    private ConfigFolder() {
    }

    public static Path resolve(Map<String, String> environment, Properties system) {
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

    public static Path resolve() {
        return resolve(System.getenv(), System.getProperties());
    }
}
