package org.asterism.sip.core.internal.client;

import java.text.ParseException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sip.InvalidArgumentException;
import javax.sip.header.AuthorizationHeader;
import javax.sip.header.CSeqHeader;
import javax.sip.header.HeaderFactory;
import javax.sip.header.ProxyAuthenticateHeader;
import javax.sip.header.ViaHeader;
import javax.sip.header.WWWAuthenticateHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.asterism.sip.api.client.OutboundAuthenticator;

/**
 * An authenticator that answers the first challenge of any response with credentials naming its realm and nonce
 * (response "0123"), as the API asks: a copy with CSeq one up and no Via branch. Records the auth ids of each call.
 */
public final class FakeOutboundAuthenticator implements OutboundAuthenticator {

    public final List<List<String>> calls = new CopyOnWriteArrayList<>();
    public volatile boolean refuse;

    @Override
    public Optional<Request> authenticate(List<String> outboundAuths, Response challenge, Request challenged, HeaderFactory headers) {
        calls.add(outboundAuths);
        if (refuse) {
            return Optional.empty();
        }
        boolean proxy = challenge.getStatusCode() == Response.PROXY_AUTHENTICATION_REQUIRED;
        WWWAuthenticateHeader offer = (WWWAuthenticateHeader) challenge.getHeader(proxy ? ProxyAuthenticateHeader.NAME : WWWAuthenticateHeader.NAME);
        try {
            Request next = (Request) challenged.clone();
            AuthorizationHeader credentials = proxy ? headers.createProxyAuthorizationHeader("Digest") : headers.createAuthorizationHeader("Digest");
            credentials.setUsername(outboundAuths.get(0));
            credentials.setRealm(offer.getRealm());
            credentials.setNonce(offer.getNonce());
            credentials.setParameter("uri", challenged.getRequestURI().toString());
            credentials.setResponse("0123");
            next.removeHeader(credentials.getName());
            next.addHeader(credentials);
            CSeqHeader cseq = (CSeqHeader) next.getHeader(CSeqHeader.NAME);
            cseq.setSeqNumber(cseq.getSeqNumber() + 1);
            ((ViaHeader) next.getHeader(ViaHeader.NAME)).removeParameter("branch");
            return Optional.of(next);
        } catch (ParseException | InvalidArgumentException e) {
            throw new IllegalStateException(e);
        }
    }
}
