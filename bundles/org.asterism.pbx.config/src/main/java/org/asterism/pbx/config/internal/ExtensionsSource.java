package org.asterism.pbx.config.internal;

import java.util.List;
import java.util.Map;

import org.asterism.pbx.api.dialplan.DialplanContext;
import org.asterism.pbx.api.dialplan.DialplanSource;

/** The contexts and globals of extensions.conf as last read, for the dialplan engine. */
final class ExtensionsSource implements DialplanSource {

    static final String REGISTRAR = "pbx_config";

    private volatile ParsedDialplan dialplan = ParsedDialplan.EMPTY;

    void set(ParsedDialplan read) {
        this.dialplan = read;
    }

    ParsedDialplan current() {
        return dialplan;
    }

    @Override
    public String registrar() {
        return REGISTRAR;
    }

    @Override
    public List<DialplanContext> contexts() {
        return dialplan.contexts();
    }

    @Override
    public Map<String, String> globals() {
        return dialplan.globals();
    }

    @Override
    public String toString() {
        return "extensions.conf";
    }
}
