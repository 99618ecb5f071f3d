package org.asterism.pbx.dialplan.internal.plan;

import java.util.List;

import org.asterism.pbx.api.dialplan.DialplanContext;

/** What one dialplan source gave, read once for a build. */
public record SourceContexts(String registrar, List<DialplanContext> contexts) {

    public SourceContexts {
        contexts = List.copyOf(contexts);
    }
}
