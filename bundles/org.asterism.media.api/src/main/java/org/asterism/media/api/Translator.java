package org.asterism.media.api;

import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Translation paths between formats, built by the PBX core from the {@link Codec}s loaded now (decode, resample
 * between 8 and 16 kHz where needed, encode), as Asterisk's {@code translate.c}.
 */
@ProviderType
public interface Translator {

    /** A new path from one format to another for one stream, or empty when no loaded codec can do it. Identity when equal. */
    Optional<Transcoder> path(Format from, Format to);

    /** Whether {@link #path} would find one now. */
    boolean canTranslate(Format from, Format to);
}
