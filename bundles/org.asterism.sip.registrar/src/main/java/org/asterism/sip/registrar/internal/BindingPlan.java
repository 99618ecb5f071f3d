package org.asterism.sip.registrar.internal;

import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;

import org.asterism.sip.api.endpoint.Aor;
import org.asterism.sip.api.location.Contact;

/**
 * Works out an AoR's bindings after a REGISTER (RFC 3261 §10.3 steps 6–8, with Asterisk's max_contacts,
 * remove_existing and static-contact rules). Pure: it is given the stored contacts and returns the new
 * list or a refusal, so the location store can run it atomically for the AoR.
 */
final class BindingPlan {

    /** What the plan decided. */
    sealed interface Outcome permits Accepted, Refused {
    }

    /** The AoR's contacts from now on, and one log line for each change. */
    record Accepted(List<Contact> contacts, List<String> changes) implements Outcome {
    }

    /** The answer to send instead, and a warning for the log when Asterisk logs one. */
    record Refused(int status, String reason, Map<String, String> headers, Optional<String> warning) implements Outcome {
    }

    private final Aor aor;
    private final String endpoint;
    private final RegisterRequest request;
    private final InetSocketAddress source;
    private final BiPredicate<String, String> sameUri;

    BindingPlan(Aor aor, String endpoint, RegisterRequest request, InetSocketAddress source, BiPredicate<String, String> sameUri) {
        this.aor = aor;
        this.endpoint = endpoint;
        this.request = request;
        this.source = source;
        this.sameUri = sameUri;
    }

    /** The option tag of RFC 3327. */
    static final String PATH = "path";

    /**
     * Checks that need no stored contacts: Path (RFC 3327), expiry bounds and static contacts. Empty when the request
     * may go on.
     */
    Optional<Refused> precheck() {
        Optional<Refused> path = pathCheck();
        if (path.isPresent()) {
            return path;
        }
        for (RequestedBinding binding : request.bindings()) {
            int expires = requestedExpiry(binding);
            if (expires > 0 && expires < aor.minimumExpiration()) {
                return Optional.of(new Refused(423, "Interval Too Brief",
                        Map.of("Min-Expires", Integer.toString(aor.minimumExpiration())), Optional.empty()));
            }
            for (String permanent : aor.contacts()) {
                if (sameUri.test(permanent, binding.uri())) {
                    return Optional.of(new Refused(403, "Contact is configured statically", Map.of(),
                            Optional.of("Endpoint '" + endpoint + "' tried to register contact '" + binding.uri() + "', which AOR '"
                                    + aor.id() + "' has as a static contact")));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Path is supported per AoR ({@code support_path}). An AoR without it cannot honour {@code Require: path}, so that is
     * refused with 420 naming the option (RFC 3261 §8.2.2.3, RFC 3327 §5.3) rather than accepted with the Path dropped.
     * An AoR with it refuses a Path the client did not declare {@code Supported: path} for, with 420 and Asterisk's
     * warning (registrar_validate_path): a proxy on the way added Path although the client does not support it.
     */
    private Optional<Refused> pathCheck() {
        if (!aor.supportPath() && request.required().contains(PATH)) {
            return Optional.of(new Refused(420, "Bad Extension", Map.of("Unsupported", PATH), Optional.of("Endpoint '" + endpoint
                    + "' requires Path, which AOR '" + aor.id() + "' does not support (support_path=no)")));
        }
        if (aor.supportPath() && !request.path().isEmpty() && !request.supported().contains(PATH)) {
            return Optional.of(new Refused(420, "Bad Extension", Map.of(), Optional.of(
                    "Invalid modifications made to REGISTER request from '" + endpoint + "' by intervening proxy")));
        }
        return Optional.empty();
    }

    Outcome apply(List<Contact> existing, Instant now) {
        if (request.wildcard()) {
            List<String> changes = new ArrayList<>();
            existing.forEach(contact -> changes.add(removed(contact)));
            return new Accepted(List.of(), changes);
        }
        List<Contact> result = new ArrayList<>(existing);
        List<String> changes = new ArrayList<>();
        List<Contact> touched = new ArrayList<>();
        for (RequestedBinding binding : request.bindings()) {
            int expires = Math.min(requestedExpiry(binding), aor.maximumExpiration());
            Optional<Contact> current = result.stream().filter(contact -> sameUri.test(contact.uri(), binding.uri())).findFirst();
            current.ifPresent(result::remove);
            if (expires == 0) {
                current.ifPresent(contact -> changes.add(removed(contact)));
                continue;
            }
            Contact bound = contact(binding.uri(), now.plusSeconds(expires));
            result.add(bound);
            touched.add(bound);
            changes.add(current.isPresent()
                    ? "Refreshed contact '" + binding.uri() + "' on AOR '" + aor.id() + "' with new expiration of " + expires + " seconds"
                    : "Added contact '" + binding.uri() + "' to AOR '" + aor.id() + "' with expiration of " + expires + " seconds");
        }
        if (result.size() > aor.maxContacts()) {
            if (!aor.removeExisting() || touched.size() > aor.maxContacts()) {
                return new Refused(403, "Forbidden", Map.of(), Optional.of("Registration attempt from endpoint '" + endpoint
                        + "' to AOR '" + aor.id() + "' will exceed max contacts of " + aor.maxContacts()));
            }
            // remove_existing: make room by dropping the other contacts that expire soonest
            List<Contact> others = new ArrayList<>(result);
            others.removeAll(touched);
            others.sort(Comparator.comparing(Contact::expiresAt));
            for (Contact victim : others) {
                if (result.size() <= aor.maxContacts()) {
                    break;
                }
                result.remove(victim);
                changes.add(removed(victim));
            }
        }
        result.sort(Comparator.comparing(Contact::expiresAt).thenComparing(Contact::uri));
        return new Accepted(List.copyOf(result), changes);
    }

    /** The contact's own expires, else the Expires header, else the AoR's default (RFC 3261 §10.3 step 6). */
    private int requestedExpiry(RequestedBinding binding) {
        if (binding.expires() >= 0) {
            return binding.expires();
        }
        return request.expiresHeader() >= 0 ? request.expiresHeader() : aor.defaultExpiration();
    }

    private Contact contact(String uri, Instant expiresAt) {
        return new Contact(aor.id(), uri, expiresAt, aor.supportPath() ? request.path() : List.of(), request.userAgent(),
                Optional.of(endpoint), request.viaAddress(), Optional.of(request.callId()), request.cseq(), Optional.ofNullable(source),
                aor.qualifyFrequency(), aor.qualifyTimeout(), aor.authenticateQualify(), aor.outboundProxy());
    }

    private String removed(Contact contact) {
        return "Removed contact '" + contact.uri() + "' from AOR '" + aor.id() + "' due to request";
    }
}
