package org.asterism.sip.security.internal;

import java.net.InetAddress;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who is banned and who is failing: failures are counted per address in a sliding window; once an address
 * reaches the policy's count within the window it is banned for the ban time. Safe for any number of threads;
 * the check on every request is one map lookup (none at all while nobody is banned).
 */
final class BanList {

    /** Failing addresses tracked at most, so a flood of spoofed sources cannot exhaust memory. */
    static final int MAX_TRACKED = 100_000;

    private final Map<InetAddress, Ban> bans = new ConcurrentHashMap<>();
    private final Map<InetAddress, ArrayDeque<Instant>> failing = new ConcurrentHashMap<>();
    private volatile BanPolicy policy;

    BanList(BanPolicy policy) {
        this.policy = policy;
    }

    BanPolicy policy() {
        return policy;
    }

    /** A new policy applies to failures from now on; turning banning off lifts every ban. */
    void policy(BanPolicy next) {
        policy = next;
        if (!next.enabled()) {
            bans.clear();
            failing.clear();
        }
    }

    boolean isBanned(InetAddress address, Instant now) {
        if (bans.isEmpty()) {
            return false;
        }
        Ban ban = bans.get(address);
        if (ban == null) {
            return false;
        }
        if (!ban.until().isAfter(now)) {
            bans.remove(address, ban);
            return false;
        }
        return true;
    }

    /** Counts a failure; the ban it caused, if this one tipped the address over. */
    Optional<Ban> failure(InetAddress address, Instant now) {
        BanPolicy current = policy;
        if (!current.enabled() || current.allows(address) || isBanned(address, now)) {
            return Optional.empty();
        }
        ArrayDeque<Instant> times = failing.get(address);
        if (times == null) {
            if (failing.size() >= MAX_TRACKED) {
                forgetQuietAddresses(now, current);
                if (failing.size() >= MAX_TRACKED) {
                    return Optional.empty();
                }
            }
            times = failing.computeIfAbsent(address, key -> new ArrayDeque<>());
        }
        int count;
        synchronized (times) {
            Instant oldest = now.minus(current.window());
            while (!times.isEmpty() && !times.peekFirst().isAfter(oldest)) {
                times.pollFirst();
            }
            times.addLast(now);
            count = times.size();
        }
        if (count < current.failures()) {
            return Optional.empty();
        }
        failing.remove(address);
        Ban ban = new Ban(address, now, now.plus(current.banTime()), count);
        bans.put(address, ban);
        return Optional.of(ban);
    }

    boolean lift(InetAddress address) {
        failing.remove(address);
        return bans.remove(address) != null;
    }

    int liftAll() {
        int lifted = bans.size();
        bans.clear();
        failing.clear();
        return lifted;
    }

    /** The bans in force, oldest first; expired ones are dropped. */
    List<Ban> current(Instant now) {
        bans.values().removeIf(ban -> !ban.until().isAfter(now));
        return bans.values().stream().sorted(Comparator.comparing(Ban::since)).toList();
    }

    /** Bans kept from before a restart or reload; expired ones are dropped. */
    void restore(Collection<Ban> kept, Instant now) {
        for (Ban ban : kept) {
            if (ban.until().isAfter(now) && policy.enabled()) {
                bans.put(ban.address(), ban);
            }
        }
    }

    private void forgetQuietAddresses(Instant now, BanPolicy current) {
        Instant oldest = now.minus(current.window());
        failing.values().removeIf(times -> {
            synchronized (times) {
                return times.isEmpty() || !times.peekLast().isAfter(oldest);
            }
        });
    }
}
