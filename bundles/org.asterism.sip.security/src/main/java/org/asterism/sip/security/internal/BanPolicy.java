package org.asterism.sip.security.internal;

import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.asterism.sip.api.config.InvalidOptionException;
import org.asterism.sip.api.config.IpNetwork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The ban's settings, checked: what {@link BanConfig} says, with nonsense values refused by name. */
record BanPolicy(boolean enabled, int failures, Duration window, Duration banTime, List<IpNetwork> allow) {

    private static final Logger LOG = LoggerFactory.getLogger(BanPolicy.class);

    BanPolicy {
        allow = List.copyOf(allow);
    }

    boolean allows(InetAddress address) {
        return allow.stream().anyMatch(network -> network.contains(address));
    }

    /** The policy a configuration gives; a bad value is logged, naming PID, option and value, and its default used. */
    static BanPolicy of(BanConfig config) {
        List<IpNetwork> allow = new ArrayList<>();
        for (String entry : config.allow()) {
            for (String network : entry.split(",")) {
                if (network.isBlank()) {
                    continue;
                }
                try {
                    allow.add(IpNetwork.parse(network));
                } catch (InvalidOptionException e) {
                    LOG.error("Invalid value '{}' for option 'allow' of {}: {}; that network is not allow-listed",
                            network.trim(), BanService.PID, e.getMessage());
                }
            }
        }
        return new BanPolicy(config.enabled(), positive("failures", config.failures(), 10),
                Duration.ofSeconds(positive("window", config.window(), 60)),
                Duration.ofSeconds(positive("ban_time", config.ban_time(), 900)), allow);
    }

    private static int positive(String option, int value, int fallback) {
        if (value > 0) {
            return value;
        }
        LOG.error("Invalid value '{}' for option '{}' of {}: must be at least 1; using {}", value, option, BanService.PID, fallback);
        return fallback;
    }
}
