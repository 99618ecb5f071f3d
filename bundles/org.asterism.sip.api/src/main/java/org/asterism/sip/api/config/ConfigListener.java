package org.asterism.sip.api.config;

import org.osgi.annotation.versioning.ConsumerType;

/** Told after the set of configuration objects changed (a reload, or an object type coming or going). */
@ConsumerType
public interface ConfigListener {

    void configChanged(ConfigStore store);
}
