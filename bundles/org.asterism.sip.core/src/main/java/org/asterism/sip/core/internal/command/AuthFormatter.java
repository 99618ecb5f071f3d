package org.asterism.sip.core.internal.command;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.asterism.sip.api.cli.CliContext;
import org.asterism.sip.api.cli.ObjectFormatter;
import org.asterism.sip.api.config.ConfigStore;
import org.asterism.sip.api.endpoint.Auth;
import org.asterism.sip.api.endpoint.Endpoint;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Auths as Asterisk's config_auth.c prints them: {@code Auth:  <id>/<username>}; under an endpoint its
 * {@code outbound_auth} as {@code OutAuth:}, then its {@code auth} as {@code InAuth:}.
 */
@Component(service = { ObjectFormatter.class, AuthFormatter.class })
public class AuthFormatter implements ObjectFormatter, ObjectCatalog<Auth> {

    private final ConfigStore store;

    @Activate
    public AuthFormatter(@Reference ConfigStore store) {
        this.store = store;
    }

    @Override
    public String type() {
        return Auth.TYPE;
    }

    @Override
    public void printHeader(CliContext context) {
        context.line("I/OAuth", ":  <AuthId/UserName" + CliContext.dots(CliContext.MAX_WIDTH - context.indent() - 20) + ">");
    }

    @Override
    public void printForEndpoint(Endpoint endpoint, CliContext context) {
        print("Out", endpoint.outboundAuth(), context);
        print("In", endpoint.auth(), context);
    }

    private void print(String direction, List<String> ids, CliContext context) {
        for (String id : ids) {
            find(id).ifPresent(auth -> print(direction, auth, context));
        }
    }

    @Override
    public List<Auth> all() {
        return store.all(Auth.TYPE, Auth.class).stream().sorted(Comparator.comparing(Auth::id)).toList();
    }

    @Override
    public Optional<Auth> find(String id) {
        return store.find(Auth.TYPE, id, Auth.class);
    }

    @Override
    public String id(Auth auth) {
        return auth.id();
    }

    @Override
    public void printBody(Auth auth, CliContext context) {
        print("", auth, context);
    }

    private static void print(String direction, Auth auth, CliContext context) {
        context.line(direction + "Auth", ":  " + auth.id() + "/" + auth.username());
        context.printDetails(auth.options());
    }
}
