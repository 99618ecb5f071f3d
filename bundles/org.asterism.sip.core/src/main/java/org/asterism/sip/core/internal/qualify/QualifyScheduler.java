package org.asterism.sip.core.internal.qualify;

import java.text.ParseException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import javax.sip.message.Request;
import javax.sip.message.Response;

import org.asterism.sip.api.client.ContactStatus.State;
import org.asterism.sip.api.client.RequestFailedException;
import org.asterism.sip.api.client.SipClient;
import org.asterism.sip.api.config.ConfigListener;
import org.asterism.sip.api.config.ConfigStore;
import org.asterism.sip.api.endpoint.Aor;
import org.asterism.sip.api.endpoint.Endpoint;
import org.asterism.sip.api.location.Contact;
import org.asterism.sip.api.location.ContactListener;
import org.asterism.sip.api.location.LocationStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Qualify, as Asterisk's {@code res_pjsip/pjsip_options.c}: every AoR with {@code qualify_frequency} above 0 sends
 * OPTIONS to each of its contacts (its static {@code contact=} URIs and the contacts registered to it) every
 * {@code qualify_frequency} seconds, the first time after a random part of that period. Any final response within
 * {@code qualify_timeout} makes the contact Reachable with its round-trip time (only a 2xx with
 * {@code qualify_2xx_only}); none makes it Unreachable.
 *
 * <p>A challenge to the OPTIONS is answered with the {@code outbound_auth} of the contact's endpoint: the endpoint that
 * registered it, else the first endpoint that lists the AoR, as pjsip_options.c finds it. {@code authenticate_qualify}
 * plays no part, as in Asterisk, where it is documented as doing nothing. The round-trip time then spans the
 * challenge and the answer, as Asterisk measures it from the first OPTIONS.
 *
 * <p>All state lives on one scheduler thread; at most {@link #MAX_IN_FLIGHT} OPTIONS are outstanding at a time, and
 * a contact whose turn comes when that many are out is skipped until its AoR's next round.
 */
@Component(service = { QualifyScheduler.class, ConfigListener.class, ContactListener.class }, immediate = true)
public class QualifyScheduler implements ConfigListener, ContactListener {

    private static final Logger LOG = LoggerFactory.getLogger(QualifyScheduler.class);

    /** OPTIONS outstanding at most, over all AoRs. */
    static final int MAX_IN_FLIGHT = 64;

    private final SipClient client;
    private final ConfigStore config;
    private final ContactStatusStore statuses;
    private final ScheduledThreadPoolExecutor scheduler;
    private final Semaphore inFlight;
    private volatile LocationStore locations;

    // only touched on the scheduler thread
    private final Map<String, QualifiedAor> aors = new HashMap<>();
    private volatile Map<String, String> endpointByAor = Map.of();

    @Activate
    public QualifyScheduler(@Reference SipClient client, @Reference ConfigStore config, @Reference ContactStatusStore statuses) {
        this(client, config, statuses, MAX_IN_FLIGHT);
    }

    QualifyScheduler(SipClient client, ConfigStore config, ContactStatusStore statuses, int maxInFlight) {
        this.client = client;
        this.config = config;
        this.statuses = statuses;
        this.inFlight = new Semaphore(maxInFlight);
        this.scheduler = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "asterism-qualify");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.setRemoveOnCancelPolicy(true);
        submit(this::synchronize);
    }

    @Deactivate
    public void deactivate() {
        scheduler.shutdownNow();
        statuses.clear();
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void setLocationStore(LocationStore store) {
        locations = store;
        submit(this::synchronize);
    }

    void unsetLocationStore(LocationStore store) {
        if (locations == store) {
            locations = null;
            submit(this::synchronize);
        }
    }

    @Override
    public void configChanged(ConfigStore changed) {
        submit(this::synchronize);
    }

    @Override
    public void contactsChanged(String aor, List<Contact> before, List<Contact> after) {
        submit(() -> {
            QualifiedAor qualified = aors.get(aor);
            if (qualified != null) {
                Set<String> added = qualified.contacts(after);
                added.forEach(uri -> qualify(qualified, uri)); // a new contact is qualified at once
            }
        });
    }

    /**
     * Sends OPTIONS now to every contact of the AoR, whether or not it qualifies periodically (only the contacts of
     * one that does get a status); false if there is no such AoR.
     */
    public boolean qualifyNow(String aorId) {
        Optional<Aor> aor = config.find(Aor.TYPE, aorId, Aor.class);
        if (aor.isEmpty()) {
            return false;
        }
        submit(() -> {
            QualifiedAor qualified = aors.get(aorId);
            if (qualified != null) {
                qualified.contacts.forEach(uri -> qualify(qualified, uri));
                return;
            }
            List<Contact> registered = registered(aorId);
            Map<String, String> registeredBy = registeredBy(registered);
            uris(aor.get(), registered).forEach(uri -> qualify(aor.get(), uri, registeredBy.get(uri)));
        });
        return true;
    }

    /** Makes the scheduled AoRs and their contacts those of the configuration and location store now. */
    private void synchronize() {
        Map<String, String> firstEndpoint = new HashMap<>();
        for (Endpoint endpoint : config.all(Endpoint.TYPE, Endpoint.class)) {
            endpoint.aors().forEach(aor -> firstEndpoint.putIfAbsent(aor.strip(), endpoint.id()));
        }
        endpointByAor = firstEndpoint;
        Map<String, Aor> wanted = new HashMap<>();
        for (Aor aor : config.all(Aor.TYPE, Aor.class)) {
            if (aor.qualifyFrequency() > 0) {
                wanted.put(aor.id(), aor);
            }
        }
        for (Iterator<Map.Entry<String, QualifiedAor>> entries = aors.entrySet().iterator(); entries.hasNext();) {
            Map.Entry<String, QualifiedAor> entry = entries.next();
            Aor aor = wanted.get(entry.getKey());
            QualifiedAor qualified = entry.getValue();
            if (aor == null) {
                qualified.stop();
                entries.remove();
            } else if (aor.qualifyFrequency() != qualified.config.qualifyFrequency()) {
                qualified.task.cancel(false);
                qualified.config = aor;
                schedule(qualified);
            } else {
                qualified.config = aor;
            }
        }
        for (Aor aor : wanted.values()) {
            QualifiedAor qualified = aors.computeIfAbsent(aor.id(), id -> start(aor));
            qualified.contacts(registered(aor.id()));
        }
    }

    private QualifiedAor start(Aor aor) {
        QualifiedAor qualified = new QualifiedAor(aor);
        schedule(qualified);
        return qualified;
    }

    /** Qualifies the AoR's contacts every qualify_frequency, the first time after a random part of it (as Asterisk). */
    private void schedule(QualifiedAor qualified) {
        Aor aor = qualified.config;
        long periodMillis = aor.qualifyFrequency() * 1000L;
        long firstMillis = Math.max(1, (long) (periodMillis * ThreadLocalRandom.current().nextDouble()));
        qualified.task = scheduler.scheduleAtFixedRate(guarded(() -> qualified.contacts.forEach(uri -> qualify(qualified, uri))),
                firstMillis, periodMillis, TimeUnit.MILLISECONDS);
        LOG.debug("AOR '{}' qualifies every {} s, first in {} ms", aor.id(), aor.qualifyFrequency(), firstMillis);
    }

    private List<Contact> registered(String aor) {
        LocationStore store = locations;
        return store == null ? List.of() : store.contacts(aor);
    }

    /** The static contacts, then the registered ones. */
    private static Set<String> uris(Aor aor, List<Contact> registered) {
        Set<String> uris = new LinkedHashSet<>(aor.contacts());
        registered.forEach(contact -> uris.add(contact.uri()));
        return uris;
    }

    /** Registered contact URIs by the endpoint that registered them, where known. */
    private static Map<String, String> registeredBy(List<Contact> registered) {
        Map<String, String> endpoints = new HashMap<>();
        registered.forEach(contact -> contact.endpoint().ifPresent(endpoint -> endpoints.put(contact.uri(), endpoint)));
        return endpoints;
    }

    /**
     * The {@code outbound_auth} to answer a challenge to a contact's OPTIONS with: that of the endpoint that
     * registered the contact if it still exists, else of the first endpoint listing the AoR; none without an endpoint.
     */
    List<String> outboundAuths(String aor, String registeredBy) {
        Optional<Endpoint> endpoint = registeredBy == null ? Optional.empty()
                : config.find(Endpoint.TYPE, registeredBy, Endpoint.class);
        if (endpoint.isEmpty()) {
            String first = endpointByAor.get(aor);
            endpoint = first == null ? Optional.empty() : config.find(Endpoint.TYPE, first, Endpoint.class);
        }
        return endpoint.map(Endpoint::outboundAuth).orElse(List.of());
    }

    private void qualify(QualifiedAor qualified, String uri) {
        qualify(qualified.config, uri, qualified.registeredBy.get(uri));
    }

    /** Sends one OPTIONS to a contact; the outcome is recorded on the scheduler thread. */
    private void qualify(Aor aor, String uri, String registeredBy) {
        if (!inFlight.tryAcquire()) {
            LOG.debug("Qualify of contact {}/{} skipped this round: {} OPTIONS already in flight", aor.id(), uri, MAX_IN_FLIGHT);
            return;
        }
        CompletionStage<Response> answer;
        long sentAt;
        try {
            Request options = client.newRequest(Request.OPTIONS, client.addressFactory().createURI(uri));
            sentAt = System.nanoTime();
            double timeout = aor.qualifyTimeout();
            List<String> auths = outboundAuths(aor.id(), registeredBy);
            answer = timeout > 0 ? client.send(options, Duration.ofNanos((long) (timeout * 1_000_000_000L)), auths)
                    : client.send(options, auths);
        } catch (ParseException | RequestFailedException | RuntimeException e) {
            inFlight.release();
            LOG.error("Unable to send request to qualify contact {} on AOR {}: {}", uri, aor.id(), e.getMessage());
            return;
        }
        answer.whenComplete((response, failure) -> {
            Duration rtt = Duration.ofNanos(System.nanoTime() - sentAt);
            inFlight.release();
            submit(() -> {
                if (failure != null) {
                    LOG.debug("Qualify of contact {}/{} failed: {}", aor.id(), uri, failure.getMessage());
                }
                statuses.update(aor.id(), uri, reachable(aor, response, failure) ? State.REACHABLE : State.UNREACHABLE, rtt);
            });
        });
    }

    /** Any final response is an answer; with {@code qualify_2xx_only}, only a 2xx (pjsip_options.c). */
    static boolean reachable(Aor aor, Response response, Throwable failure) {
        if (failure != null || response == null) {
            return false;
        }
        boolean only2xx = "yes".equals(aor.options().get("qualify_2xx_only"));
        return !only2xx || response.getStatusCode() / 100 == 2;
    }

    private void submit(Runnable task) {
        if (scheduler.isShutdown()) {
            return;
        }
        scheduler.execute(guarded(task));
    }

    /** The task, made unable to throw: an exception would end a periodic task for good. */
    private static Runnable guarded(Runnable task) {
        return () -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.error("Qualify task failed", e);
            }
        };
    }

    /** An AoR that qualifies: its configuration, its contacts and its periodic task. */
    private final class QualifiedAor {
        Aor config;
        Set<String> contacts = new LinkedHashSet<>();
        Map<String, String> registeredBy = Map.of();
        ScheduledFuture<?> task;

        QualifiedAor(Aor config) {
            this.config = config;
        }

        /**
         * Makes the static contacts and {@code registered} the contacts, tracking new ones and dropping gone ones;
         * returns the new ones.
         */
        Set<String> contacts(List<Contact> registered) {
            registeredBy = registeredBy(registered);
            Set<String> current = uris(config, registered);
            Set<String> added = new LinkedHashSet<>(current);
            added.removeAll(contacts);
            for (String gone : contacts) {
                if (!current.contains(gone)) {
                    statuses.untrack(config.id(), gone);
                }
            }
            added.forEach(uri -> statuses.track(config.id(), uri));
            contacts = current;
            return added;
        }

        void stop() {
            task.cancel(false);
            contacts.forEach(uri -> statuses.untrack(config.id(), uri));
            contacts = Set.of();
        }
    }
}
