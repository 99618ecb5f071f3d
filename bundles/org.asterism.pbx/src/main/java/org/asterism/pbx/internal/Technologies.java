package org.asterism.pbx.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.asterism.pbx.api.ChannelTechnology;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** The channel technologies loaded now (Asterisk's channel backends list), found by type case-insensitively. */
@Component(service = Technologies.class)
public class Technologies {

    private final List<ChannelTechnology> loaded = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addTechnology(ChannelTechnology technology) {
        loaded.add(technology);
    }

    public void removeTechnology(ChannelTechnology technology) {
        loaded.remove(technology);
    }

    public Optional<ChannelTechnology> find(String type) {
        String wanted = type.toLowerCase(Locale.ROOT);
        return loaded.stream().filter(t -> t.type().toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }

    /** In the order they were registered, as {@code core show channeltypes} lists them. */
    public List<ChannelTechnology> all() {
        return List.copyOf(loaded);
    }
}
