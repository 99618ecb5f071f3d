package org.asterism.sip.api;

import java.util.Set;

/**
 * What the server could do when a request arrived: what the loaded {@link SipService}s add up to. These
 * make up Allow, Supported and Accept, so they change as modules load and unload.
 *
 * @param allowedMethods methods some loaded service answers, in the order Allow lists them
 * @param supportedOptions SIP option tags implemented
 * @param acceptedContentTypes body types understood, as {@code type/subtype}
 */
public record Capabilities(Set<String> allowedMethods, Set<String> supportedOptions, Set<String> acceptedContentTypes) {
}
