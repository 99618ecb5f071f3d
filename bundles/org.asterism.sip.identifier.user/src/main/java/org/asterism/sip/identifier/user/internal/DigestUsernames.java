package org.asterism.sip.identifier.user.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.ListIterator;

import javax.sip.header.AuthorizationHeader;
import javax.sip.message.Request;

/**
 * The username and realm of each Digest {@code Authorization} header, in message order. Like Asterisk, only
 * {@code Authorization} counts: Asterisk challenges with 401, so {@code Proxy-Authorization} is meant for a
 * proxy on the way, not for us.
 */
final class DigestUsernames {

    private DigestUsernames() {
    }

    static List<ClaimedIdentity> of(Request request) {
        List<ClaimedIdentity> credentials = new ArrayList<>(1);
        ListIterator<?> headers = request.getHeaders(AuthorizationHeader.NAME);
        while (headers != null && headers.hasNext()) {
            if (headers.next() instanceof AuthorizationHeader header && "digest".equalsIgnoreCase(header.getScheme())
                    && header.getUsername() != null && !header.getUsername().isEmpty()) {
                credentials.add(new ClaimedIdentity(header.getUsername(), header.getRealm() == null ? "" : header.getRealm()));
            }
        }
        return credentials;
    }
}
