package org.asterism.pbx.api.dialplan;

import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.asterism.pbx.api.Channel;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The dialplan engine, provided by the PBX core: extension matching as Asterisk's ({@code _X.}, {@code _NXX},
 * {@code [1-5]}, {@code !}, includes, caller ID matches, its ordering of patterns), variable substitution and the
 * PBX loop that runs applications.
 */
@ProviderType
public interface Dialplan {

    /** Whether {@code exten} exists at {@code priority} in {@code context} (following includes) for that caller. */
    boolean exists(String context, String exten, int priority, String callerNumber);

    /** Whether {@code exten} could still become an extension with more digits (for overlap dialling: 484). */
    boolean canMatchMore(String context, String exten, String callerNumber);

    /** Whether the context exists at all. */
    boolean hasContext(String context);

    /**
     * Runs the dialplan on a channel from its {@link Channel#location()} until an application ends it, no priority is
     * left or the channel hangs up; then hangs the channel up (as Asterisk's {@code ast_pbx_start}). Completes when the
     * channel is hung up.
     */
    CompletionStage<Void> run(Channel channel);

    /** {@code ${VAR}}, {@code ${FUNC(args)}}, {@code ${VAR:offset:length}} and {@code $[expression]} substituted. */
    String substitute(Channel channel, String text);

    /** The devices of an extension's hint ("PJSIP/201&PJSIP/202"), if it has one. */
    Optional<String> hint(String context, String exten);
}
