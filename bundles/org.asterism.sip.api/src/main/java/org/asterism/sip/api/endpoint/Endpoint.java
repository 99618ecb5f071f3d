package org.asterism.sip.api.endpoint;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@code type=endpoint} section: who a SIP peer is and how calls with it behave.
 *
 * <p>Lists are as Asterisk splits them: comma-separated, trimmed, blanks dropped. Option names and defaults are
 * Asterisk's; the default is given in brackets.
 *
 * @param id the section name
 * @param context {@code context}, the dialplan context for incoming calls ["default"]
 * @param aors {@code aors}, the AoR names whose contacts reach this endpoint
 * @param auth {@code auth}, the auth names that may authenticate requests from it
 * @param outboundAuth {@code outbound_auth}, the auth names used to answer its challenges
 * @param identifyBy {@code identify_by}, lower case: username, auth_username, ip, header, request_uri ["username,ip"]
 * @param transport {@code transport}, the transport to send with, if pinned
 * @param allow the codecs offered, in preference order, after applying {@code allow} and {@code disallow} as
 *        Asterisk does ("all", "!codec"); names as Asterisk's formats ("ulaw", "g722", "opus"), framing dropped
 * @param fromUser {@code from_user}, the user part of From on requests we send, if set
 * @param fromDomain {@code from_domain}, the host part of From on requests we send, if set
 * @param mailboxes {@code mailboxes}, for unsolicited MWI
 * @param rewriteContact {@code rewrite_contact} [no]
 * @param forceRport {@code force_rport} [yes]
 * @param rtpSymmetric {@code rtp_symmetric} [no]
 * @param directMedia {@code direct_media} [yes]
 * @param dtmfMode {@code dtmf_mode}: rfc4733, inband, info, auto, auto_info or none [rfc4733]
 * @param callerid {@code callerid} as written ("Name" &lt;number&gt;), if set
 * @param trustIdInbound {@code trust_id_inbound} [no]
 * @param sendPai {@code send_pai} [no]
 * @param timers {@code timers}: no, yes, required or always ("forced" reads as always) [yes]
 * @param timersMinSe {@code timers_min_se} in seconds, 90 or more [90]
 * @param timersSessExpires {@code timers_sess_expires} in seconds, at least timersMinSe [1800]
 * @param oneHundredRel {@code 100rel}: no, yes, required or peer_supported [yes]
 * @param language {@code language} [""]
 * @param setVar {@code set_var} lines as "NAME=value", in order; a later line for the same name replaces it
 * @param accountcode {@code accountcode} [""]
 * @param options every documented endpoint option as read (booleans as yes/no, words lower case), defaults
 *        filled in; repeated options (allow, disallow, set_var, permit, deny, ...) joined with commas
 */
public record Endpoint(String id, String context, List<String> aors, List<String> auth, List<String> outboundAuth,
        List<String> identifyBy, Optional<String> transport, List<String> allow, Optional<String> fromUser,
        Optional<String> fromDomain, List<String> mailboxes, boolean rewriteContact, boolean forceRport,
        boolean rtpSymmetric, boolean directMedia, String dtmfMode, Optional<String> callerid, boolean trustIdInbound,
        boolean sendPai, String timers, int timersMinSe, int timersSessExpires, String oneHundredRel, String language,
        List<String> setVar, String accountcode, Map<String, String> options) {

    public static final String TYPE = "endpoint";

    public Endpoint {
        aors = List.copyOf(aors);
        auth = List.copyOf(auth);
        outboundAuth = List.copyOf(outboundAuth);
        identifyBy = List.copyOf(identifyBy);
        allow = List.copyOf(allow);
        mailboxes = List.copyOf(mailboxes);
        setVar = List.copyOf(setVar);
        options = Map.copyOf(options);
    }

    /** Whether {@code identify_by} lets requests find this endpoint by that method ("username", "ip", ...). */
    public boolean identifiableBy(String method) {
        return identifyBy.contains(method);
    }
}
