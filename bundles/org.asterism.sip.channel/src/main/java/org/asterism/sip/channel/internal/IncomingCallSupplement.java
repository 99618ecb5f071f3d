package org.asterism.sip.channel.internal;

import java.util.Optional;
import java.util.Set;
import javax.sip.message.Request;
import org.asterism.media.api.Translator;
import org.asterism.pbx.api.CallerId;
import org.asterism.pbx.api.Channel;
import org.asterism.pbx.api.ChannelState;
import org.asterism.pbx.api.Channels;
import org.asterism.pbx.api.dialplan.Dialplan;
import org.asterism.sip.api.SipRequestContext;
import org.asterism.sip.session.api.PartyIdentity;
import org.asterism.sip.session.api.SessionState;
import org.asterism.sip.session.api.SessionSupplement;
import org.asterism.sip.session.api.SipSession;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A new incoming session becomes a channel in state Ring and the dialplan starts on it at the endpoint's context and the
 * dialled extension (chan_pjsip's {@code chan_pjsip_incoming_request}).
 */
@Component(service = SessionSupplement.class)
public class IncomingCallSupplement implements SessionSupplement {

    private static final Logger LOG = LoggerFactory.getLogger(IncomingCallSupplement.class);

    private final Channels channels;
    private volatile Dialplan dialplan;
    private volatile Translator translator;

    @Activate
    public IncomingCallSupplement(@Reference Channels channels) {
        this.channels = channels;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void setDialplan(Dialplan bound) {
        dialplan = bound;
    }

    void unsetDialplan(Dialplan unbound) {
        if (dialplan == unbound) {
            dialplan = null;
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void setTranslator(Translator bound) {
        translator = bound;
    }

    void unsetTranslator(Translator unbound) {
        if (translator == unbound) {
            translator = null;
        }
    }

    @Override
    public Set<String> methods() {
        return Set.of(Request.INVITE);
    }

    @Override
    public int priority() {
        return PRIORITY_CHANNEL;
    }

    @Override
    public boolean incomingRequest(SipSession session, SipRequestContext request) {
        if (!session.isInbound() || session.state() != SessionState.INCOMING || session.attribute(PjsipChannelDriver.CHANNEL).isPresent()) {
            return false;
        }
        Dialplan plan = dialplan;
        if (plan == null) {
            return false; // the session refuses the call: nobody to run it
        }
        PartyIdentity caller = session.remoteIdentity();
        PjsipChannelDriver driver = new PjsipChannelDriver(session, Optional.ofNullable(translator));
        Channel channel = channels.create(ChannelSpecs.of(session.endpoint(), ChannelState.RING,
                new CallerId(caller.name(), caller.number(), caller.restricted()), session.exten()), driver);
        driver.bind(channel);
        plan.run(channel).whenComplete((done, failure) -> {
            if (failure != null) {
                LOG.warn("Dialplan on {} failed: {}", channel.name(), failure.toString());
            }
        });
        return false;
    }
}
