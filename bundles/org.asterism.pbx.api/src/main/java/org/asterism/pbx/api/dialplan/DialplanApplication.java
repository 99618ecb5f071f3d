package org.asterism.pbx.api.dialplan;

import java.util.concurrent.CompletionStage;
import org.asterism.pbx.api.Channel;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A dialplan application (Answer, Dial, Echo, Playback...), registered as an OSGi service; a bundle adds
 * applications by registering more. Names are matched case-insensitively, as in Asterisk.
 *
 * <p>{@link #execute} must not block: it starts the work and returns a stage that completes when the application is
 * done (Echo: when the channel hangs up; Wait: when the time is up). The PBX then goes to the next priority, or to where
 * the application {@link Channel#jump jumped}, or hangs up on {@link Result#HANGUP}.
 */
@ConsumerType
public interface DialplanApplication {

    /** As written in the dialplan: "Playback". */
    String name();

    /** One line for {@code core show applications}. */
    String synopsis();

    /**
     * Runs the application on a channel.
     *
     * @param data the arguments, variables already substituted (split them with {@link ApplicationArguments})
     * @return completes with what the PBX does next; completing exceptionally is logged and hangs the channel up
     */
    CompletionStage<Result> execute(Channel channel, String data);

    /** What the PBX does after an application, as Asterisk's return values 0 and -1. */
    enum Result {
        /** Go on with the next priority (or where the application jumped to). */
        CONTINUE,
        /** Stop the dialplan and hang the channel up. */
        HANGUP
    }
}
