package org.asterism.sip.core.internal.pipeline;

import java.text.ParseException;

import javax.sip.header.ServerHeader;
import javax.sip.header.UserAgentHeader;
import javax.sip.message.Message;
import javax.sip.message.Request;

import org.asterism.sip.api.OutgoingSupplement;
import org.asterism.sip.api.SipRequestContext;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/** Names the server in what it sends: Server on responses, User-Agent on requests (Asterisk's user_agent). */
@Component(service = OutgoingSupplement.class)
public class ServerHeaderSupplement implements OutgoingSupplement {

    private final String product;

    @Activate
    public ServerHeaderSupplement(BundleContext context) {
        var version = context.getBundle().getVersion();
        this.product = "Asterism " + version.getMajor() + "." + version.getMinor() + "." + version.getMicro();
    }

    @Override
    public int priority() {
        return Integer.MIN_VALUE; // first, so later supplements may replace it
    }

    @Override
    public void supplement(Message message, SipRequestContext request) {
        String name = message instanceof Request ? UserAgentHeader.NAME : ServerHeader.NAME;
        if (message.getHeader(name) == null) {
            try {
                message.setHeader(request.headerFactory().createHeader(name, product));
            } catch (ParseException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
