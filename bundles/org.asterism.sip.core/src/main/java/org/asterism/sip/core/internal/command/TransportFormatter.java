package org.asterism.sip.core.internal.command;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.asterism.sip.api.cli.CliContext;
import org.asterism.sip.api.cli.ObjectFormatter;
import org.asterism.sip.api.config.HostText;
import org.asterism.sip.api.endpoint.Endpoint;
import org.asterism.sip.api.transport.TransportConfig;
import org.asterism.sip.core.internal.transport.TransportManager;
import org.asterism.sip.core.internal.transport.TransportStatus;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Transports as Asterisk's config_transport.c prints them; under an endpoint, the transport its {@code transport}
 * names (none when unset). A transport that is not listening says why at the end of its line.
 */
@Component(service = { ObjectFormatter.class, TransportFormatter.class })
public class TransportFormatter implements ObjectFormatter, ObjectCatalog<TransportStatus> {

    private final Supplier<List<TransportStatus>> statuses;

    @Activate
    public TransportFormatter(@Reference TransportManager transports) {
        this(transports::statuses);
    }

    TransportFormatter(Supplier<List<TransportStatus>> statuses) {
        this.statuses = statuses;
    }

    @Override
    public String type() {
        return TransportConfig.TYPE;
    }

    @Override
    public void printHeader(CliContext context) {
        context.line("Transport", ":  <TransportId........>  <Type>  <cos>  <tos>  <BindAddress"
                + CliContext.dots(CliContext.MAX_WIDTH - context.indent() - 61) + ">");
    }

    @Override
    public void printForEndpoint(Endpoint endpoint, CliContext context) {
        endpoint.transport().flatMap(this::find).ifPresent(status -> printBody(status, context));
    }

    @Override
    public List<TransportStatus> all() {
        return statuses.get().stream().sorted(Comparator.comparing(this::id)).toList();
    }

    @Override
    public Optional<TransportStatus> find(String id) {
        return statuses.get().stream().filter(status -> status.config().id().equals(id)).findFirst();
    }

    @Override
    public String id(TransportStatus status) {
        return status.config().id();
    }

    @Override
    public void printBody(TransportStatus status, CliContext context) {
        TransportConfig config = status.config();
        context.line("Transport", String.format(":  %-21s  %6s  %5d  %5d  %s%s", config.id(), config.protocol(), config.cos(),
                config.tos(), HostText.hostPort(config.bind()),
                status.state().equals("listening") ? "" : "  (" + status.problem().orElse(status.state()) + ")"));
    }
}
