package org.asterism.pbx.internal.device;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.asterism.pbx.api.dialplan.Dialplan;
import org.asterism.pbx.api.dialplan.DialplanContext;
import org.asterism.pbx.api.dialplan.DialplanEntry;
import org.asterism.pbx.api.dialplan.DialplanSource;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hints there are: the dialplan engine says which devices an extension's hint watches; the dialplan sources say
 * which hints exist (for {@code core show hints} and to know which hints a device change touches). Without a
 * dialplan engine there are no hints.
 */
@Component(service = HintCatalog.class)
public class HintCatalog {

    private static final Logger LOG = LoggerFactory.getLogger(HintCatalog.class);

    private final List<DialplanSource> sources = new CopyOnWriteArrayList<>();
    private volatile Dialplan dialplan;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    public void setDialplan(Dialplan bound) {
        dialplan = bound;
    }

    public void unsetDialplan(Dialplan unbound) {
        if (dialplan == unbound) {
            dialplan = null;
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addSource(DialplanSource source) {
        sources.add(source);
    }

    public void removeSource(DialplanSource source) {
        sources.remove(source);
    }

    /** The devices of an extension's hint, if there is a dialplan and the extension has one. */
    public Optional<String> devices(String context, String exten) {
        Dialplan plan = dialplan;
        return plan == null ? Optional.empty() : plan.hint(context, exten);
    }

    /** Every hint written in the dialplan, in source and context order; devices as the engine resolves them. */
    public List<Hint> hints() {
        Dialplan plan = dialplan;
        List<Hint> hints = new ArrayList<>();
        if (plan == null) {
            return hints;
        }
        for (DialplanSource source : sources) {
            List<DialplanContext> contexts;
            try {
                contexts = source.contexts();
            } catch (RuntimeException e) {
                LOG.warn("Dialplan source {} failed to list its contexts: {}", source.registrar(), e.toString());
                continue;
            }
            for (DialplanContext context : contexts) {
                for (DialplanEntry entry : context.entries()) {
                    if (entry.priority() == DialplanEntry.HINT && !entry.pattern().startsWith("_")) {
                        String devices = plan.hint(context.name(), entry.pattern()).orElse(entry.data());
                        hints.add(new Hint(context.name(), entry.pattern(), devices));
                    }
                }
            }
        }
        return hints;
    }
}
