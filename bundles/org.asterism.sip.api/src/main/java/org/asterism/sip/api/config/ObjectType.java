package org.asterism.sip.api.config;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A kind of configuration object, named as in {@code type=} ("transport", "endpoint", "identify").
 *
 * <p>{@link #create} reads the options it knows through {@link ObjectOptions}; any option of the section
 * that it did not read is unknown, and the core then rejects the whole object with Asterisk's error naming
 * the file, line, option and object. Options that belong to capabilities not built yet must still be
 * read (or {@linkplain ObjectOptions#accept accepted}) so that real configurations load.
 *
 * @param <T> the immutable object it builds
 */
@ConsumerType
public interface ObjectType<T> {

    /** The {@code type=} value. */
    String name();

    /**
     * Whether at most one object of this type may exist ({@code global}, {@code system}); a further section
     * is reported and ignored, as Asterisk does.
     */
    default boolean singleton() {
        return false;
    }

    /** Builds one object; throws to reject the section. */
    T create(ObjectOptions options) throws InvalidOptionException;
}
