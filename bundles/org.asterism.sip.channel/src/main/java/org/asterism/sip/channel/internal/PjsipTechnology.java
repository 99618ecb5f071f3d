package org.asterism.sip.channel.internal;

import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sip.address.AddressFactory;
import javax.sip.address.SipURI;
import javax.sip.address.URI;
import org.asterism.media.api.Translator;
import org.asterism.pbx.api.CallerId;
import org.asterism.pbx.api.Channel;
import org.asterism.pbx.api.ChannelRequestException;
import org.asterism.pbx.api.ChannelState;
import org.asterism.pbx.api.ChannelTechnology;
import org.asterism.pbx.api.Channels;
import org.asterism.pbx.api.DeviceState;
import org.asterism.pbx.api.HangupCause;
import org.asterism.sip.api.client.SipClient;
import org.asterism.sip.api.config.ConfigStore;
import org.asterism.sip.api.endpoint.Aor;
import org.asterism.sip.api.endpoint.Endpoint;
import org.asterism.sip.api.location.Contact;
import org.asterism.sip.api.location.LocationStore;
import org.asterism.sip.session.api.PartyIdentity;
import org.asterism.sip.session.api.SipSession;
import org.asterism.sip.session.api.SipSessions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The "PJSIP" technology: {@code Dial(PJSIP/201)} rings every contact of the endpoint's AoRs,
 * {@code PJSIP/201/sip:201@10.0.0.2} one URI, {@code PJSIP/5551234@trunk} the number at the trunk's contacts.
 */
@Component(service = ChannelTechnology.class)
public class PjsipTechnology implements ChannelTechnology {

    private static final Logger LOG = LoggerFactory.getLogger(PjsipTechnology.class);

    private final ConfigStore config;
    private final LocationStore location;
    private final Channels channels;
    private final SipSessions sessions;
    private final SipClient client;
    private volatile Translator translator;

    @Activate
    public PjsipTechnology(@Reference ConfigStore config, @Reference LocationStore location, @Reference Channels channels,
            @Reference SipSessions sessions, @Reference SipClient client) {
        this.config = config;
        this.location = location;
        this.channels = channels;
        this.sessions = sessions;
        this.client = client;
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
    public String type() {
        return ChannelSpecs.TECHNOLOGY;
    }

    @Override
    public String description() {
        return "PJSIP Channel Driver";
    }

    @Override
    public Channel request(String address, Optional<Channel> requestor) throws ChannelRequestException {
        DialString dial = DialString.parse(address);
        Endpoint endpoint = config.find(Endpoint.TYPE, dial.endpoint(), Endpoint.class).orElseThrow(() -> {
            LOG.error("Unable to create PJSIP channel - endpoint '{}' was not found", dial.endpoint());
            return new ChannelRequestException(HangupCause.NO_ROUTE_DESTINATION, "endpoint '" + dial.endpoint() + "' was not found");
        });
        List<URI> targets = targets(endpoint, dial);
        if (targets.isEmpty()) {
            LOG.warn("Unable to create PJSIP channel to '{}': no contact is registered or configured", dial.endpoint());
            throw new ChannelRequestException(HangupCause.SUBSCRIBER_ABSENT, "endpoint '" + dial.endpoint() + "' has no contact");
        }
        CallerId callerId = requestor.map(Channel::callerId).orElse(CallerId.UNKNOWN);
        PartyIdentity identity = new PartyIdentity(callerId.name(), callerId.number(), callerId.restricted());
        List<SipSession> legs = new ArrayList<>();
        for (URI target : targets) {
            legs.add(sessions.create(endpoint, target, identity));
        }
        PjsipChannelDriver driver = new PjsipChannelDriver(endpoint.dtmfMode(), legs, Optional.ofNullable(translator));
        Channel channel = channels.create(ChannelSpecs.of(endpoint, ChannelState.DOWN, callerId,
                dial.user().orElse("s")), driver);
        driver.bind(channel);
        return channel;
    }

    /** The Request-URIs to ring: the explicit one, else every contact of the endpoint's AoRs (dynamic, then static). */
    private List<URI> targets(Endpoint endpoint, DialString dial) throws ChannelRequestException {
        AddressFactory addresses = client.addressFactory();
        List<String> uris = new ArrayList<>();
        if (dial.uri().isPresent()) {
            uris.add(dial.uri().get());
        } else {
            for (String aorId : endpoint.aors()) {
                location.contacts(aorId).stream().map(Contact::uri).forEach(uris::add);
                config.find(Aor.TYPE, aorId, Aor.class).ifPresent(aor -> uris.addAll(aor.contacts()));
            }
        }
        List<URI> targets = new ArrayList<>();
        for (String text : uris) {
            try {
                URI uri = addresses.createURI(text.trim());
                if (dial.user().isPresent() && uri instanceof SipURI sip) {
                    sip.setUser(dial.user().get());
                }
                targets.add(uri);
            } catch (ParseException e) {
                LOG.warn("PJSIP/{}: contact '{}' is not a URI: {}", dial.endpoint(), text, e.getMessage());
            }
        }
        return targets;
    }

    @Override
    public DeviceState deviceState(String resource) {
        Optional<Endpoint> endpoint = config.find(Endpoint.TYPE, resource, Endpoint.class);
        if (endpoint.isEmpty()) {
            return DeviceState.INVALID;
        }
        boolean reachable = endpoint.get().aors().stream().anyMatch(aor -> !location.contacts(aor).isEmpty()
                || config.find(Aor.TYPE, aor, Aor.class).map(a -> !a.contacts().isEmpty()).orElse(false));
        return reachable ? DeviceState.NOT_INUSE : DeviceState.UNAVAILABLE;
    }
}
