package org.asterism.sip.core.internal.pipeline;

import org.asterism.sip.api.Authenticator;
import org.asterism.sip.api.SipRequestContext;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Asks the {@link Authenticator} (the highest ranked, when several are loaded) whether the request may
 * go on. A request that needs an endpoint but matched none is refused with 403 when no authenticator is
 * loaded; with one, it answers such requests with a challenge that looks like any other.
 */
@Component(service = AuthenticationStage.class)
public class AuthenticationStage {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile Authenticator authenticator;

    /** @return true when the request may be dispatched; otherwise it has been answered */
    public boolean admit(SipRequestContext request, String endpoint) {
        Authenticator current = authenticator;
        if (current == null) {
            if (endpoint == null) {
                request.respond(403, "No matching endpoint found");
                return false;
            }
            return true;
        }
        return current.authenticate(request, endpoint) == Authenticator.Result.ACCEPTED;
    }
}
