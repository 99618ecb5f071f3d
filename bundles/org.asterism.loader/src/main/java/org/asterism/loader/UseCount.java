package org.asterism.loader;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Live things that depend on a module: channels, subscriptions, registrations in flight.
 *
 * <p>A module bundle registers one or more of these as services; the loader adds up those registered by
 * the module's bundle. While the sum is above zero, {@code module unload} refuses unless forced.
 */
@ConsumerType
public interface UseCount {

    /** What is using the module now; never negative. */
    int useCount();

    /** A short noun for what is counted, used in refusal messages ("active calls"). */
    String describe();
}
