package org.asterism.sip.core.internal.objects;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.asterism.sip.api.config.InvalidOptionException;
import org.asterism.sip.api.config.IpNetwork;

/**
 * The endpoint values Asterisk checks beyond a word or a number (res_pjsip/pjsip_configuration.c's handlers and
 * its apply handler), each throwing with the option and value named.
 */
final class EndpointOptionChecks {

    static final List<String> IDENTIFY_METHODS = List.of("username", "auth_username", "ip", "header", "request_uri");

    private static final Set<String> CALLER_PRESENTATIONS = Set.of("allowed_not_screened", "allowed_passed_screen",
            "allowed_failed_screen", "allowed", "prohib_not_screened", "prohib_passed_screen", "prohib_failed_screen",
            "prohib", "unavailable");
    private static final String URI_USER_MARKS = "-._~%!$&'()*+,;=:";
    private static final int MIN_SESSION_EXPIRES = 90;
    private static final int MIN_RTP_PORT = 1024;

    private EndpointOptionChecks() {
    }

    /** {@code identify_by}: known methods, lower case, repeats dropped (an empty value identifies by nothing). */
    static List<String> identifyBy(String value) throws InvalidOptionException {
        List<String> methods = new ArrayList<>();
        for (String name : OptionValues.splitNames(value)) {
            String method = name.toLowerCase(Locale.ROOT);
            if (!IDENTIFY_METHODS.contains(method)) {
                throw new InvalidOptionException("identify_by", value, "unrecognized identification method '" + name
                        + "'; use " + String.join(", ", IDENTIFY_METHODS));
            }
            if (!methods.contains(method)) {
                methods.add(method);
            }
        }
        return methods;
    }

    /** {@code from_user}: only characters a SIP URI user part may hold unescaped. */
    static void fromUser(String value) throws InvalidOptionException {
        for (char c : value.toCharArray()) {
            boolean alphanumeric = c < 128 && Character.isLetterOrDigit(c);
            if (!alphanumeric && URI_USER_MARKS.indexOf(c) < 0) {
                throw new InvalidOptionException("from_user", value, "contains invalid character '" + c + "'");
            }
        }
    }

    static void sessionTimers(int minSe, int sessionExpires) throws InvalidOptionException {
        if (minSe < MIN_SESSION_EXPIRES) {
            throw new InvalidOptionException("timers_min_se", Integer.toString(minSe),
                    "session timer minimum expires time must be " + MIN_SESSION_EXPIRES + " or greater");
        }
        if (sessionExpires < minSe) {
            throw new InvalidOptionException("timers_sess_expires", Integer.toString(sessionExpires),
                    "session timer expires must be at least timers_min_se (" + minSe + ")");
        }
    }

    /** {@code rtp_port_start}/{@code rtp_port_end}: both or neither, from 1024, end above start. */
    static void rtpPortRange(int start, int end) throws InvalidOptionException {
        if (start == 0 && end == 0) {
            return;
        }
        if (start == 0 || end == 0) {
            throw new InvalidOptionException(start == 0 ? "rtp_port_end" : "rtp_port_start",
                    Integer.toString(Math.max(start, end)), "rtp_port_start and rtp_port_end must be set together");
        }
        if (start < MIN_RTP_PORT || end < MIN_RTP_PORT) {
            throw new InvalidOptionException(start < MIN_RTP_PORT ? "rtp_port_start" : "rtp_port_end",
                    Integer.toString(Math.min(start, end)), "rtp_port_start and rtp_port_end must be at least " + MIN_RTP_PORT);
        }
        if (end <= start) {
            throw new InvalidOptionException("rtp_port_end", Integer.toString(end),
                    "rtp_port_end must be greater than rtp_port_start (" + start + ")");
        }
    }

    /** {@code callerid_privacy}: a presentation name or its number. */
    static void callerIdPrivacy(String value) throws InvalidOptionException {
        if (CALLER_PRESENTATIONS.contains(value.toLowerCase(Locale.ROOT)) || value.matches("-?\\d+")) {
            return;
        }
        throw new InvalidOptionException("callerid_privacy", value, "must be one of "
                + String.join(", ", CALLER_PRESENTATIONS.stream().sorted().toList()) + ", or a number");
    }

    /** {@code follow_redirect_methods}: SIP methods Asterisk can follow a 3xx for (only MESSAGE so far). */
    static void followRedirectMethods(String value) throws InvalidOptionException {
        for (String method : OptionValues.splitNames(value)) {
            if (!method.equalsIgnoreCase("message")) {
                throw new InvalidOptionException("follow_redirect_methods", value,
                        "unrecognized SIP method '" + method + "'; only message can be followed");
            }
        }
    }

    /**
     * {@code set_var} items ("NAME=value") in order; a later item for the same name replaces the earlier one
     * in place. A value may itself hold commas: an item without "=" continues the one before it.
     */
    static List<String> channelVariables(List<String> items) throws InvalidOptionException {
        Map<String, String> variables = new LinkedHashMap<>();
        String lastName = null;
        for (String item : items) {
            int equals = item.indexOf('=');
            if (equals < 0) {
                if (lastName == null) {
                    throw new InvalidOptionException("set_var", item, "must be NAME=value");
                }
                variables.put(lastName, variables.get(lastName) + "," + item);
                continue;
            }
            lastName = item.substring(0, equals);
            variables.put(lastName, item.substring(equals + 1));
        }
        List<String> lines = new ArrayList<>();
        variables.forEach((name, value) -> lines.add(name + "=" + value));
        return lines;
    }

    /** {@code permit}, {@code deny}, {@code contact_permit}, {@code contact_deny}: networks, "!" negating. */
    static void networks(String option, List<String> items) throws InvalidOptionException {
        for (String item : items) {
            String network = item.startsWith("!") ? item.substring(1) : item;
            try {
                IpNetwork.parse(network);
            } catch (InvalidOptionException e) {
                throw new InvalidOptionException(option, item, e.getMessage());
            }
        }
    }

    /** {@code preferred_codec_only} replaces {@code incoming_call_offer_pref}; Asterisk refuses both. */
    static void preferredCodecOnly(boolean preferredOnly, String incomingOfferPref) throws InvalidOptionException {
        if (preferredOnly && !incomingOfferPref.equals("local")) {
            throw new InvalidOptionException("preferred_codec_only", "yes",
                    "setting both preferred_codec_only and incoming_call_offer_pref is not supported");
        }
    }
}
