package org.asterism.security.log.internal;

import java.net.Inet6Address;
import java.net.InetSocketAddress;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.asterism.sip.api.config.HostText;
import org.asterism.sip.api.security.SecurityEvent;
import org.asterism.sip.api.security.SecurityEventType;

/**
 * One event as res_security_log.c writes it: {@code SecurityEvent="InvalidAccountID",EventTV="...",Severity="Error",
 * Service="PJSIP",EventVersion="1",AccountID="...",SessionID="...",LocalAddress="IPV4/UDP/192.0.2.1/5060",
 * RemoteAddress="IPV4/UDP/192.0.2.9/5060"} and the type's own fields, which fail2ban's stock asterisk filter reads.
 */
final class SecurityEventLine {

    /** Asterisk's AST_ISO8601_FORMAT ("%FT%T.%q%z"), in local time. */
    private static final DateTimeFormatter EVENT_TV = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSxx");

    private final ZoneId zone;

    SecurityEventLine(ZoneId zone) {
        this.zone = zone;
    }

    String format(SecurityEvent event) {
        SecurityEventType type = event.type();
        StringBuilder line = new StringBuilder(320).append("SecurityEvent=\"").append(type.eventName()).append('"');
        field(line, "EventTV", EVENT_TV.format(event.time().atZone(zone)));
        field(line, "Severity", type.severity().text());
        field(line, "Service", event.service());
        field(line, "EventVersion", Integer.toString(type.version()));
        field(line, "AccountID", event.accountId());
        field(line, "SessionID", event.sessionId());
        field(line, "LocalAddress", address(event.transport(), event.local()));
        field(line, "RemoteAddress", address(event.transport(), event.remote()));
        Map<String, String> details = event.details();
        for (String name : type.requiredFields()) {
            field(line, name, details.getOrDefault(name, ""));
        }
        for (String name : type.optionalFields()) {
            if (details.containsKey(name)) {
                field(line, name, details.get(name));
            }
        }
        return line.toString();
    }

    /** As ast_json_ipaddr: "IPV4/UDP/192.0.2.1/5060". */
    static String address(String transport, InetSocketAddress address) {
        if (address == null) {
            return "";
        }
        String family = address.getAddress() instanceof Inet6Address ? "IPV6" : "IPV4";
        String host = address.getAddress() == null ? address.getHostString() : HostText.address(address.getAddress());
        return family + "/" + transport + "/" + host + "/" + address.getPort();
    }

    private static void field(StringBuilder line, String name, String value) {
        line.append(',').append(name).append("=\"").append(clean(value)).append('"');
    }

    /**
     * Values come from the network (the From user, the Call-ID): a quote or a line break in one could forge a
     * field, such as a second RemoteAddress naming someone else for fail2ban to ban. Asterisk writes them raw.
     */
    static String clean(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder cleaned = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c < 0x20 || c == 0x7f) {
                if (cleaned == null) {
                    cleaned = new StringBuilder(value.length()).append(value, 0, i);
                }
                cleaned.append(c == '"' ? '\'' : '?');
            } else if (cleaned != null) {
                cleaned.append(c);
            }
        }
        return cleaned == null ? value : cleaned.toString();
    }
}
