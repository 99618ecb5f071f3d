package org.asterism.sip.session.internal;

import java.text.ParseException;
import java.util.Locale;
import java.util.Optional;
import javax.sip.InvalidArgumentException;
import javax.sip.header.HeaderFactory;
import javax.sip.header.ReasonHeader;
import javax.sip.message.Message;
import org.asterism.pbx.api.HangupCause;

/** The Reason header of RFC 3326 with a Q.850 cause, as Asterisk puts on BYE and CANCEL and reads from them. */
final class ReasonHeaders {

    private ReasonHeaders() {
    }

    /** {@code Reason: Q.850;cause=16;text="Normal Clearing"}, or empty for cause 0 or a header the factory refuses. */
    static Optional<ReasonHeader> q850(HeaderFactory headers, int cause) {
        if (cause <= 0) {
            return Optional.empty();
        }
        String text = HangupCause.byCode(cause).map(HangupCause::text).orElse("");
        try {
            return Optional.of(headers.createReasonHeader("Q.850", cause, text));
        } catch (ParseException | InvalidArgumentException e) {
            return Optional.empty();
        }
    }

    /** The Q.850 cause a message's Reason header gives, 0 when it has none. */
    static int q850Cause(Message message) {
        if (message.getHeader(ReasonHeader.NAME) instanceof ReasonHeader reason && reason.getProtocol() != null
                && "q.850".equals(reason.getProtocol().toLowerCase(Locale.ROOT))) {
            return Math.max(0, reason.getCause());
        }
        return 0;
    }
}
