package org.asterism.sip.session.internal;

import java.util.ListIterator;
import javax.sip.header.RequireHeader;
import javax.sip.header.SupportedHeader;
import javax.sip.message.Message;

/** Option tags in Supported and Require headers (compact forms included: the parser expands them). */
final class OptionTags {

    static final String RELIABLE = "100rel";

    private OptionTags() {
    }

    static boolean supports(Message message, String tag) {
        return listed(message, SupportedHeader.NAME, tag) || requires(message, tag);
    }

    static boolean requires(Message message, String tag) {
        return listed(message, RequireHeader.NAME, tag);
    }

    private static boolean listed(Message message, String headerName, String tag) {
        ListIterator<?> headers = message.getHeaders(headerName);
        while (headers != null && headers.hasNext()) {
            Object header = headers.next();
            String value = header instanceof SupportedHeader supported ? supported.getOptionTag()
                    : header instanceof RequireHeader require ? require.getOptionTag() : null;
            if (value != null && tag.equalsIgnoreCase(value.trim())) {
                return true;
            }
        }
        return false;
    }
}
