package org.asterism.sip.channel.internal;

import org.asterism.pbx.api.HangupCause;

/** SIP status codes to hangup causes and back, as Asterisk's {@code ast_sip_hangup_sip2cause} and chan_pjsip's {@code hangup_cause2sip}. */
final class SipCauses {

    private SipCauses() {
    }

    static HangupCause toCause(int status) {
        return switch (status) {
            case 200 -> HangupCause.NORMAL_CLEARING;
            case 302 -> HangupCause.REDIRECTED_TO_NEW_DESTINATION;
            case 401, 403, 407, 603 -> HangupCause.CALL_REJECTED;
            case 404, 485, 604 -> HangupCause.UNALLOCATED;
            case 408 -> HangupCause.NO_USER_RESPONSE;
            case 409 -> HangupCause.NORMAL_TEMPORARY_FAILURE;
            case 410 -> HangupCause.NUMBER_CHANGED;
            case 420 -> HangupCause.NO_ROUTE_DESTINATION;
            case 480, 483 -> HangupCause.NO_ANSWER;
            case 484 -> HangupCause.INVALID_NUMBER_FORMAT;
            case 486, 600 -> HangupCause.USER_BUSY;
            case 488, 606 -> HangupCause.BEARERCAPABILITY_NOTAVAIL;
            case 500 -> HangupCause.NETWORK_OUT_OF_ORDER;
            case 501 -> HangupCause.FACILITY_REJECTED;
            case 502 -> HangupCause.DESTINATION_OUT_OF_ORDER;
            case 503 -> HangupCause.NORMAL_CIRCUIT_CONGESTION;
            case 504 -> HangupCause.RECOVERY_ON_TIMER_EXPIRE;
            default -> status >= 400 && status < 500 || status >= 600 ? HangupCause.INTERWORKING
                    : status >= 500 && status < 600 ? HangupCause.NORMAL_CIRCUIT_CONGESTION : HangupCause.NORMAL_CLEARING;
        };
    }

    /** The final response for an unanswered incoming call hung up with {@code cause}; 0 when no mapping (603 then). */
    static int toStatus(HangupCause cause) {
        return switch (cause) {
            case REDIRECTED_TO_NEW_DESTINATION -> 302;
            case UNALLOCATED, NO_ROUTE_DESTINATION, NO_ROUTE_TRANSIT_NET -> 404;
            case NORMAL_CIRCUIT_CONGESTION, SWITCH_CONGESTION, CHAN_NOT_IMPLEMENTED -> 503;
            case NO_USER_RESPONSE -> 408;
            case NO_ANSWER, SUBSCRIBER_ABSENT, NORMAL_UNSPECIFIED -> 480;
            case CALL_REJECTED -> 403;
            case NUMBER_CHANGED -> 410;
            case INVALID_NUMBER_FORMAT -> 484;
            case USER_BUSY -> 486;
            case NETWORK_OUT_OF_ORDER, INTERWORKING -> 500;
            case FACILITY_REJECTED -> 501;
            case DESTINATION_OUT_OF_ORDER -> 502;
            case BEARERCAPABILITY_NOTAVAIL -> 488;
            default -> 0;
        };
    }
}
