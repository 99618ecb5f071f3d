package org.asterism.sip.core.internal.objects;

import java.util.List;
import java.util.Optional;

import org.asterism.sip.api.config.InvalidOptionException;
import org.asterism.sip.api.config.ObjectOptions;
import org.asterism.sip.api.config.ObjectType;
import org.asterism.sip.api.endpoint.Endpoint;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code type=endpoint}: every option res_pjsip documents, checked as Asterisk checks it. */
@Component(service = ObjectType.class)
public class EndpointObjectType implements ObjectType<Endpoint> {

    private static final Logger LOG = LoggerFactory.getLogger(EndpointObjectType.class);

    @Override
    public String name() {
        return Endpoint.TYPE;
    }

    @Override
    public Endpoint create(ObjectOptions options) throws InvalidOptionException {
        OptionValues values = EndpointOptionTable.TABLE.read(options);
        check(values);
        adjustSdpNames(options.id(), values);
        if (values.given("stir_shaken")) {
            LOG.warn("Endpoint {}: Option 'stir_shaken' is no longer supported.  Use 'stir_shaken_profile' instead.",
                    options.id());
        }
        String timers = values.text("timers").equals("forced") ? "always" : values.text("timers");
        return new Endpoint(options.id(),
                values.text("context"),
                values.names("aors"),
                values.names("auth"),
                values.names("outbound_auth"),
                EndpointOptionChecks.identifyBy(values.text("identify_by")),
                values.optionalText("transport"),
                CodecList.forEndpoint(options.entries("allow", "disallow")),
                values.optionalText("from_user"),
                values.optionalText("from_domain"),
                values.names("mailboxes"),
                values.bool("rewrite_contact"),
                values.bool("force_rport"),
                values.bool("rtp_symmetric"),
                values.bool("direct_media"),
                values.text("dtmf_mode"),
                values.optionalText("callerid"),
                values.bool("trust_id_inbound"),
                values.bool("send_pai"),
                timers,
                values.integer("timers_min_se"),
                values.integer("timers_sess_expires"),
                values.text("100rel"),
                values.text("language"),
                EndpointOptionChecks.channelVariables(values.items("set_var")),
                values.text("accountcode"),
                values.asMap());
    }

    private static void check(OptionValues values) throws InvalidOptionException {
        Optional<String> fromUser = values.optionalText("from_user");
        if (fromUser.isPresent()) {
            EndpointOptionChecks.fromUser(fromUser.get());
        }
        EndpointOptionChecks.sessionTimers(values.integer("timers_min_se"), values.integer("timers_sess_expires"));
        EndpointOptionChecks.rtpPortRange(values.integer("rtp_port_start"), values.integer("rtp_port_end"));
        EndpointOptionChecks.callerIdPrivacy(values.text("callerid_privacy"));
        EndpointOptionChecks.followRedirectMethods(values.text("follow_redirect_methods"));
        EndpointOptionChecks.preferredCodecOnly(values.bool("preferred_codec_only"), values.text("incoming_call_offer_pref"));
        for (String option : CodecNegotiationPrefs.OPTIONS) {
            CodecNegotiationPrefs.check(option, values.text(option));
        }
        for (String option : List.of("permit", "deny", "contact_permit", "contact_deny")) {
            EndpointOptionChecks.networks(option, values.items(option));
        }
    }

    /** As Asterisk: an empty {@code sdp_session}, or an empty or spaced {@code sdp_owner}, becomes "-" (RFC 8866). */
    private static void adjustSdpNames(String id, OptionValues values) {
        if (values.text("sdp_session").isBlank()) {
            LOG.warn("SDP session was set to empty on endpoint '{}'. Not permitted as per RFC8866. SDP session set to '-'.", id);
            values.replace("sdp_session", "-");
        }
        String owner = values.text("sdp_owner");
        if (owner.isEmpty() || owner.chars().anyMatch(Character::isWhitespace)) {
            LOG.warn("SDP origin username on endpoint '{}' is empty or contains spaces ('{}'). Not permitted as per RFC8866. "
                    + "Setting to '-'.", id, owner);
            values.replace("sdp_owner", "-");
        }
    }
}
