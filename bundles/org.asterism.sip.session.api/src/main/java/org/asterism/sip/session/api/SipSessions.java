package org.asterism.sip.session.api;

import java.util.List;
import javax.sip.address.URI;
import org.asterism.sip.api.endpoint.Endpoint;
import org.osgi.annotation.versioning.ProviderType;

/** Makes outgoing sessions and lists the live ones; provided by the session module. */
@ProviderType
public interface SipSessions {

    /**
     * A new outgoing session to one contact of an endpoint, not yet sent ({@link SipSession#call()} sends it).
     *
     * @param target the contact URI to send the INVITE to (Request-URI)
     * @param caller who we present as (From's display name and user, unless the endpoint's {@code from_user} says
     *        otherwise), and in P-Asserted-Identity when {@code send_pai}
     */
    SipSession create(Endpoint endpoint, URI target, PartyIdentity caller);

    /** The live sessions. */
    List<SipSession> list();
}
