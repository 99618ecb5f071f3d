package org.asterism.pbx.api;

import java.util.Arrays;
import java.util.Optional;

/** Asterisk's hangup causes ({@code causes.h}, Q.850 codes) and the text {@code ast_cause2str} gives them. */
public enum HangupCause {
    NOT_DEFINED(0, "Not Defined"),
    UNALLOCATED(1, "Unallocated (unassigned) number"),
    NO_ROUTE_TRANSIT_NET(2, "No route to specified transmit network"),
    NO_ROUTE_DESTINATION(3, "No route to destination"),
    CHANNEL_UNACCEPTABLE(6, "Channel unacceptable"),
    NORMAL_CLEARING(16, "Normal Clearing"),
    USER_BUSY(17, "User busy"),
    NO_USER_RESPONSE(18, "No user responding"),
    NO_ANSWER(19, "User alerting, no answer"),
    SUBSCRIBER_ABSENT(20, "Subscriber absent"),
    CALL_REJECTED(21, "Call Rejected"),
    NUMBER_CHANGED(22, "Number changed"),
    REDIRECTED_TO_NEW_DESTINATION(23, "Redirected to new destination"),
    ANSWERED_ELSEWHERE(26, "Answered elsewhere"),
    DESTINATION_OUT_OF_ORDER(27, "Destination out of order"),
    INVALID_NUMBER_FORMAT(28, "Invalid number format"),
    FACILITY_REJECTED(29, "Facility rejected"),
    RESPONSE_TO_STATUS_ENQUIRY(30, "Response to STATus ENQuiry"),
    NORMAL_UNSPECIFIED(31, "Normal, unspecified"),
    NORMAL_CIRCUIT_CONGESTION(34, "Circuit/channel congestion"),
    NETWORK_OUT_OF_ORDER(38, "Network out of order"),
    NORMAL_TEMPORARY_FAILURE(41, "Temporary failure"),
    SWITCH_CONGESTION(42, "Switching equipment congestion"),
    ACCESS_INFO_DISCARDED(43, "Access information discarded"),
    REQUESTED_CHAN_UNAVAIL(44, "Requested channel not available"),
    FACILITY_NOT_SUBSCRIBED(50, "Facility not subscribed"),
    OUTGOING_CALL_BARRED(52, "Outgoing call barred"),
    INCOMING_CALL_BARRED(54, "Incoming call barred"),
    BEARERCAPABILITY_NOTAUTH(57, "Bearer capability not authorized"),
    BEARERCAPABILITY_NOTAVAIL(58, "Bearer capability not available"),
    BEARERCAPABILITY_NOTIMPL(65, "Bearer capability not implemented"),
    CHAN_NOT_IMPLEMENTED(66, "Channel not implemented"),
    FACILITY_NOT_IMPLEMENTED(69, "Facility not implemented"),
    INVALID_CALL_REFERENCE(81, "Invalid call reference value"),
    INCOMPATIBLE_DESTINATION(88, "Incompatible destination"),
    INVALID_MSG_UNSPECIFIED(95, "Invalid message unspecified"),
    MANDATORY_IE_MISSING(96, "Mandatory information element is missing"),
    MESSAGE_TYPE_NONEXIST(97, "Message type nonexist."),
    WRONG_MESSAGE(98, "Wrong message"),
    IE_NONEXIST(99, "Info. element nonexist or not implemented"),
    INVALID_IE_CONTENTS(100, "Invalid information element contents"),
    WRONG_CALL_STATE(101, "Message not compatible with call state"),
    RECOVERY_ON_TIMER_EXPIRE(102, "Recover on timer expiry"),
    MANDATORY_IE_LENGTH_ERROR(103, "Mandatory IE length error"),
    PROTOCOL_ERROR(111, "Protocol error, unspecified"),
    INTERWORKING(127, "Interworking, unspecified");

    private final int code;
    private final String text;

    HangupCause(int code, String text) {
        this.code = code;
        this.text = text;
    }

    /** The Q.850 code, as {@code ${HANGUPCAUSE}} gives it. */
    public int code() {
        return code;
    }

    /** As {@code ast_cause2str}. */
    public String text() {
        return text;
    }

    public static Optional<HangupCause> byCode(int code) {
        return Arrays.stream(values()).filter(c -> c.code == code).findFirst();
    }
}
