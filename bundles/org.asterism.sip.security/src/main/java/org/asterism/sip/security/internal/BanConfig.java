package org.asterism.sip.security.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The ban's settings, configuration PID {@value BanService#PID} ({@code etc/org.asterism.sip.security.cfg}, changes
 * apply at once). Defaults: an address with 10 security failures within 60 s is ignored for 15 minutes; loopback
 * is never banned. A phone with the right password causes no failures; one with a wrong password retrying every
 * 30 s causes about two a minute.
 */
@ObjectClassDefinition(name = "Asterism address bans", description = "Ignore addresses that keep failing authentication")
public @interface BanConfig {

    @AttributeDefinition(description = "Ban at all (false: count nothing, lift every ban)")
    boolean enabled() default true;

    @AttributeDefinition(description = "Security failures (InvalidAccountID, InvalidPassword, ChallengeResponseFailed, FailedACL) that ban an address")
    int failures() default 10;

    @AttributeDefinition(description = "Seconds within which those failures must fall")
    int window() default 60;

    @AttributeDefinition(description = "Seconds an address stays banned")
    int ban_time() default 900;

    @AttributeDefinition(description = "Networks never banned, CIDR (127.0.0.0/8, 10.0.0.0/8, fd00::/8)")
    String[] allow() default { "127.0.0.0/8", "::1" };
}
