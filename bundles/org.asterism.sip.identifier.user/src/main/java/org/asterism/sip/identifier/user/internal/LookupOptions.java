package org.asterism.sip.identifier.user.internal;

import org.asterism.sip.api.config.ConfigStore;
import org.asterism.sip.api.endpoint.GlobalSettings;

/**
 * The {@code global} options that shape a lookup, read once per request so a reload cannot change them
 * half-way through.
 *
 * @param ignoreUriUserOptions {@code ignore_uri_user_options}: drop {@code ;options} from the From user
 * @param multiDomain not {@code disable_multi_domain}: try {@code name@domain} before {@code name}
 */
record LookupOptions(boolean ignoreUriUserOptions, boolean multiDomain) {

    /** Asterisk's defaults, for a configuration without a {@code global} section. */
    static final LookupOptions DEFAULTS = new LookupOptions(false, true);

    static LookupOptions of(ConfigStore store) {
        return store.all(GlobalSettings.TYPE, GlobalSettings.class).stream()
                .findFirst()
                .map(global -> new LookupOptions(global.ignoreUriUserOptions(), !global.disableMultiDomain()))
                .orElse(DEFAULTS);
    }
}
