package org.asterism.sip.session.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sip.header.Header;
import javax.sip.message.Message;
import org.asterism.sip.api.endpoint.Endpoint;

/**
 * RFC 4028 session timers as pjsip's timer module applies them for Asterisk ({@code timers}, {@code timers_min_se},
 * {@code timers_sess_expires}): what an INVITE asks for and what we agree to.
 *
 * @param refusal 0 to accept, 422 (Session Interval Too Small; answer with {@code Min-SE: minSe}) or 421 (Extension
 *        Required: timer)
 * @param interval the session interval in seconds, 0 for no session timer
 * @param weRefresh whether we send the refreshes (else we expect them)
 * @param peerSupports whether the peer supports timers (our 2xx then carries {@code Require: timer})
 * @param minSe the Min-SE to announce
 */
record SessionTimerTerms(int refusal, int interval, boolean weRefresh, boolean peerSupports, int minSe) {

    static final String SESSION_EXPIRES = "Session-Expires";
    static final String MIN_SE = "Min-SE";
    static final String TIMER = "timer";
    private static final Pattern SECONDS = Pattern.compile("^\\s*(\\d{1,9})");
    private static final Pattern REFRESHER = Pattern.compile(";\\s*refresher\\s*=\\s*(uac|uas)", Pattern.CASE_INSENSITIVE);

    static SessionTimerTerms none(int minSe) {
        return new SessionTimerTerms(0, 0, false, false, minSe);
    }

    /** What we agree to for an incoming INVITE, we being its UAS. */
    static SessionTimerTerms forIncoming(Endpoint endpoint, Message invite) {
        String mode = endpoint.timers();
        int ourMinSe = Math.max(90, endpoint.timersMinSe());
        if ("no".equals(mode)) {
            return none(ourMinSe);
        }
        Optional<String> expires = value(invite, SESSION_EXPIRES, "x");
        int requested = expires.map(SessionTimerTerms::seconds).orElse(0);
        int theirMinSe = value(invite, MIN_SE, null).map(SessionTimerTerms::seconds).orElse(0);
        boolean supports = OptionTags.supports(invite, TIMER);
        if (expires.isPresent() && requested < ourMinSe) {
            return new SessionTimerTerms(422, 0, false, supports, ourMinSe);
        }
        if ("required".equals(mode) && !supports) {
            return new SessionTimerTerms(421, 0, false, false, ourMinSe);
        }
        if (expires.isEmpty() && !supports && !"always".equals(mode)) {
            return none(ourMinSe);
        }
        int interval = Math.max(expires.isPresent() ? requested : Math.max(endpoint.timersSessExpires(), ourMinSe),
                Math.max(theirMinSe, ourMinSe));
        String refresher = expires.map(SessionTimerTerms::refresher).orElse("");
        boolean weRefresh = "uas".equals(refresher) || (refresher.isEmpty() && !supports);
        return new SessionTimerTerms(0, interval, weRefresh, supports, ourMinSe);
    }

    /** What the 2xx to our INVITE agreed to, we being its UAC. */
    static SessionTimerTerms forAnswer(Endpoint endpoint, Message ok) {
        int ourMinSe = Math.max(90, endpoint.timersMinSe());
        if ("no".equals(endpoint.timers())) {
            return none(ourMinSe);
        }
        Optional<String> expires = value(ok, SESSION_EXPIRES, "x");
        if (expires.isEmpty()) {
            // The UAS does not do timers: RFC 4028 §7.4 has the UAC refresh, if it wanted a timer at all
            return "always".equals(endpoint.timers()) || "required".equals(endpoint.timers())
                    ? new SessionTimerTerms(0, Math.max(endpoint.timersSessExpires(), ourMinSe), true, false, ourMinSe)
                    : none(ourMinSe);
        }
        int interval = Math.max(seconds(expires.get()), ourMinSe);
        return new SessionTimerTerms(0, interval, !"uas".equals(refresher(expires.get())), true, ourMinSe);
    }

    /** Session-Expires value for a 2xx we send (we are UAS) or a request we send (we are UAC). */
    String expiresValue(boolean weAreUas) {
        String refresher = weRefresh == weAreUas ? "uas" : "uac";
        return interval + ";refresher=" + refresher;
    }

    /** When the refresher should refresh (half the interval), in seconds. */
    long refreshAfterSeconds() {
        return Math.max(1, interval / 2);
    }

    /** When, with no refresh, the other side has let the session expire (RFC 4028 §10). */
    long expireAfterSeconds() {
        return Math.max(1, interval - Math.min(32, interval / 3));
    }

    private static Optional<String> value(Message message, String name, String compact) {
        Header header = message.getHeader(name);
        if (header == null && compact != null) {
            header = message.getHeader(compact);
        }
        if (header == null) {
            return Optional.empty();
        }
        String text = header.toString(); // the whole header as written: NIST's own types keep parameters out of getValue()
        int colon = text.indexOf(':');
        return Optional.of((colon >= 0 ? text.substring(colon + 1) : text).trim());
    }

    private static int seconds(String value) {
        Matcher matcher = SECONDS.matcher(value);
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
    }

    private static String refresher(String value) {
        Matcher matcher = REFRESHER.matcher(value);
        return matcher.find() ? matcher.group(1).toLowerCase(Locale.ROOT) : "";
    }
}
