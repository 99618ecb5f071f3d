package org.asterism.sip.registrar.internal;

import java.text.ParseException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import javax.sip.message.Response;

import org.asterism.loader.UseCount;
import org.asterism.sip.api.SipRequestContext;
import org.asterism.sip.api.SipService;
import org.asterism.sip.api.config.ConfigStore;
import org.asterism.sip.api.endpoint.Aor;
import org.asterism.sip.api.endpoint.Endpoint;
import org.asterism.sip.api.location.LocationStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The registrar (RFC 3261 §10.3, Asterisk's res_pjsip_registrar): binds the contacts of a REGISTER to the AoR
 * its To URI names, among the AoRs of the endpoint that sent it. The bindings are stored off the SIP thread;
 * the answer goes out once they are durable. Registrations in flight are this module's use count.
 */
@Component(service = { SipService.class, UseCount.class })
public class RegistrarService implements SipService, UseCount {

    private static final Logger LOG = LoggerFactory.getLogger(RegistrarService.class);

    private final ConfigStore config;
    private final LocationStore location;
    private final Clock clock;
    private final AtomicInteger inFlight = new AtomicInteger();

    @Activate
    public RegistrarService(@Reference ConfigStore config, @Reference LocationStore location) {
        this(config, location, Clock.systemUTC());
    }

    RegistrarService(ConfigStore config, LocationStore location, Clock clock) {
        this.config = config;
        this.location = location;
        this.clock = clock;
    }

    @Override
    public Set<String> methods() {
        return Set.of("REGISTER");
    }

    @Override
    public Set<String> supportedOptions() {
        return Set.of("path");
    }

    @Override
    public int useCount() {
        return inFlight.get();
    }

    @Override
    public String describe() {
        return "registrations in flight";
    }

    @Override
    public boolean handle(SipRequestContext request) {
        Optional<Endpoint> endpoint = request.endpoint().flatMap(id -> config.find(Endpoint.TYPE, id, Endpoint.class));
        if (endpoint.isEmpty()) {
            request.respond(Response.FORBIDDEN, "No matching endpoint found");
            return true;
        }
        RegisterRequest register;
        try {
            register = RegisterRequest.parse(request.request());
        } catch (RegisterRequest.Malformed e) {
            request.respond(Response.BAD_REQUEST, e.getMessage());
            return true;
        }
        Optional<Aor> aor = findAor(endpoint.get(), register);
        if (aor.isEmpty()) {
            LOG.warn("AOR '{}' not found for endpoint '{}' ({})", register.aorUser(), endpoint.get().id(), request.source());
            request.respond(Response.NOT_FOUND);
            return true;
        }
        if (aor.get().maxContacts() == 0 && !register.isQuery()) {
            LOG.warn("AOR '{}' has no configured max_contacts. Endpoint '{}' unable to register", aor.get().id(), endpoint.get().id());
            request.respond(Response.FORBIDDEN);
            return true;
        }
        BindingPlan plan = new BindingPlan(aor.get(), endpoint.get().id(), register, request.source(),
                (a, b) -> sameUri(request, a, b));
        Optional<BindingPlan.Refused> refused = plan.precheck();
        if (refused.isPresent()) {
            refuse(request, refused.get());
            return true;
        }
        store(request, aor.get(), register, plan);
        return true;
    }

    private void store(SipRequestContext request, Aor aor, RegisterRequest register, BindingPlan plan) {
        inFlight.incrementAndGet();
        AtomicReference<BindingPlan.Outcome> outcome = new AtomicReference<>();
        location.update(aor.id(), existing -> {
            if (register.isQuery()) {
                return existing;
            }
            BindingPlan.Outcome decided = plan.apply(existing, clock.instant());
            outcome.set(decided);
            return decided instanceof BindingPlan.Accepted accepted ? accepted.contacts() : existing;
        }).whenComplete((contacts, failure) -> {
            try {
                if (failure != null) {
                    LOG.error("Could not store the contacts of AOR '{}': {}", aor.id(), failure.toString());
                    request.respond(Response.SERVER_INTERNAL_ERROR, "Could not store the registration");
                } else if (outcome.get() instanceof BindingPlan.Refused refusal) {
                    refuse(request, refusal);
                } else {
                    if (outcome.get() instanceof BindingPlan.Accepted accepted) {
                        accepted.changes().forEach(LOG::info);
                    }
                    request.send(RegistrationAnswer.ok(request, contacts, aor, clock.instant()));
                }
            } finally {
                inFlight.decrementAndGet();
            }
        });
    }

    /** The AoR the To user names, as Asterisk looks it up: "user@domain" first, then "user", among the endpoint's AoRs. */
    private Optional<Aor> findAor(Endpoint endpoint, RegisterRequest register) {
        for (String candidate : List.of(register.aorUser() + "@" + register.domain(), register.aorUser())) {
            if (endpoint.aors().contains(candidate)) {
                Optional<Aor> aor = config.find(Aor.TYPE, candidate, Aor.class);
                if (aor.isPresent()) {
                    return aor;
                }
            }
        }
        return Optional.empty();
    }

    private static void refuse(SipRequestContext request, BindingPlan.Refused refusal) {
        refusal.warning().ifPresent(LOG::warn);
        Response response = request.createResponse(refusal.status());
        try {
            response.setReasonPhrase(refusal.reason());
            for (Map.Entry<String, String> header : refusal.headers().entrySet()) {
                response.addHeader(request.headerFactory().createHeader(header.getKey(), header.getValue()));
            }
        } catch (ParseException e) {
            throw new IllegalStateException("refusal headers", e);
        }
        request.send(response);
    }

    /** RFC 3261 §19.1.4 URI equality, through the stack's own parser; text equality when either does not parse. */
    private static boolean sameUri(SipRequestContext request, String left, String right) {
        try {
            return request.addressFactory().createURI(left).equals(request.addressFactory().createURI(right));
        } catch (ParseException e) {
            return left.equals(right);
        }
    }

}
