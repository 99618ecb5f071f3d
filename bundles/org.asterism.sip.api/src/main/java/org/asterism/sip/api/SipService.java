package org.asterism.sip.api;

import java.util.Set;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Handles requests of some SIP methods: the registrar handles REGISTER, the session module INVITE.
 *
 * <p>Registered as an OSGi service; services for the same method are tried by descending
 * {@code service.ranking}, and the first that returns {@code true} owns the request. The methods that
 * registered services name make up the {@code Allow} header, so unregistering a service removes its
 * method: a request for it then gets 405.
 *
 * <p>{@link #handle} runs on a SIP thread and must not block on I/O; see {@link SipRequestContext}.
 */
@ConsumerType
public interface SipService {

    /** Methods this service answers, upper case: {@code Set.of("OPTIONS")}. */
    Set<String> methods();

    /** Body types it understands; they make up the {@code Accept} header. */
    default Set<String> acceptedContentTypes() {
        return Set.of();
    }

    /** SIP option tags it implements; they make up {@code Supported}, and a {@code Require} of
     * anything else gets 420. */
    default Set<String> supportedOptions() {
        return Set.of();
    }

    /**
     * Whether a request must come from an identified (and authenticated) endpoint before it reaches
     * this service. OPTIONS pings to the server itself need not.
     */
    default boolean requiresEndpoint() {
        return true;
    }

    /** Takes the request and answers it, now or later; {@code false} passes it to the next service. */
    boolean handle(SipRequestContext request);
}
