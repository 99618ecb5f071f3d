package org.asterism.sip.api.config;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The configuration objects in force. A reload replaces the whole set at once: a reader sees either
 * the old objects or the new ones, never a mix.
 */
@ProviderType
public interface ConfigStore {

    <T> Optional<T> find(String type, String id, Class<T> objectClass);

    /** Every object of a type, in the order of the configuration. */
    <T> List<T> all(String type, Class<T> objectClass);

    /** Re-reads the configuration sources and swaps in the result; returns the problems it found. */
    List<String> reload();
}
