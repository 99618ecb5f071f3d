package org.asterism.pbx.api.dialplan;

import org.asterism.pbx.api.Channel;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A dialplan function ({@code ${CALLERID(num)}}, {@code Set(CALLERID(name)=x)}), registered as an OSGi service.
 * Must not block.
 */
@ConsumerType
public interface DialplanFunction {

    /** The name, upper case as Asterisk writes it: "CALLERID". */
    String name();

    /** One line for {@code core show functions}. */
    String synopsis();

    /**
     * Reads it: {@code ${CALLERID(num)}} calls {@code read(channel, "num")}.
     *
     * @throws IllegalArgumentException with a message for the log when the arguments are wrong (reads then give "")
     */
    String read(Channel channel, String arguments);

    /**
     * Writes it: {@code Set(CALLERID(num)=201)}.
     *
     * @throws UnsupportedOperationException when it cannot be written
     * @throws IllegalArgumentException with a message for the log when the arguments or value are wrong
     */
    default void write(Channel channel, String arguments, String value) {
        throw new UnsupportedOperationException(name() + " cannot be written");
    }
}
