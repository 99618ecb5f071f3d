package org.asterism.sip.core.internal.security;

import java.net.InetAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.asterism.sip.api.SourceFilter;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** The loaded {@link SourceFilter}s: a request from an address any of them refuses is dropped before anything else. */
@Component(service = SourceFilters.class)
public class SourceFilters {

    private final List<SourceFilter> filters = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addFilter(SourceFilter filter) {
        filters.add(filter);
    }

    public void removeFilter(SourceFilter filter) {
        filters.remove(filter);
    }

    public boolean admits(InetAddress source) {
        if (source == null) {
            return true;
        }
        for (SourceFilter filter : filters) {
            if (refuses(filter, source)) {
                return false;
            }
        }
        return true;
    }

    /** A filter that throws admits: a broken ban module must not take the server off the air. */
    private static boolean refuses(SourceFilter filter, InetAddress source) {
        try {
            return !filter.admits(source);
        } catch (RuntimeException e) {
            return false;
        }
    }
}
