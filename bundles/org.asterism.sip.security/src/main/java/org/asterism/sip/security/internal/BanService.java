package org.asterism.sip.security.internal;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.asterism.sip.api.config.HostText;
import org.asterism.sip.api.SourceFilter;
import org.asterism.sip.api.security.SecurityEvent;
import org.asterism.sip.api.security.SecurityEventListener;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * res_pjsip_security: bans addresses that keep failing. It hears every security event; failures from an address
 * that is not allow-listed are counted, and once banned the address's requests are dropped unanswered before the
 * core looks at them (a {@link SourceFilter}), until the ban ends or an operator lifts it. Bans are kept in
 * {@code data/asterism/bans} across reloads and restarts.
 */
@Component(service = { BanService.class, SecurityEventListener.class, SourceFilter.class }, configurationPid = BanService.PID)
@Designate(ocd = BanConfig.class)
public class BanService implements SecurityEventListener, SourceFilter {

    static final String PID = "org.asterism.sip.security";

    private static final Logger LOG = LoggerFactory.getLogger(BanService.class);

    private final BanList bans;
    private final BanStore store;
    private final Clock clock;

    @Activate
    public BanService(BanConfig config, BundleContext context) {
        this(BanPolicy.of(config), storeFile(context), Clock.systemUTC());
    }

    BanService(BanPolicy policy, Path file, Clock clock) {
        this.bans = new BanList(policy);
        this.store = new BanStore(file);
        this.clock = clock;
        bans.restore(store.load(), clock.instant());
        List<Ban> restored = bans.current(clock.instant());
        if (!restored.isEmpty()) {
            LOG.info("{} address ban(s) still in force from before", restored.size());
        }
    }

    private static Path storeFile(BundleContext context) {
        String data = context.getProperty("karaf.data");
        return Path.of(data == null ? "data" : data, "asterism", "bans");
    }

    @Modified
    void modified(BanConfig config) {
        BanPolicy policy = BanPolicy.of(config);
        bans.policy(policy);
        if (!policy.enabled()) {
            store.save(List.of());
        }
    }

    @Deactivate
    void deactivate() {
        store.close();
    }

    @Override
    public boolean admits(InetAddress source) {
        return !bans.isBanned(source, clock.instant());
    }

    @Override
    public void onSecurityEvent(SecurityEvent event) {
        if (!event.type().isFailure() || event.remote() == null || event.remote().getAddress() == null) {
            return;
        }
        Instant now = clock.instant();
        Optional<Ban> banned = bans.failure(event.remote().getAddress(), now);
        if (banned.isPresent()) {
            Ban ban = banned.get();
            BanPolicy policy = bans.policy();
            LOG.warn("Banned {} for {} seconds after {} security failures within {} seconds (last: {} for '{}')",
                    HostText.address(ban.address()), policy.banTime().toSeconds(), ban.failures(), policy.window().toSeconds(),
                    event.type().eventName(), event.accountId());
            store.save(bans.current(now));
        }
    }

    BanPolicy policy() {
        return bans.policy();
    }

    List<Ban> current() {
        return bans.current(clock.instant());
    }

    Instant now() {
        return clock.instant();
    }

    boolean lift(InetAddress address) {
        boolean lifted = bans.lift(address);
        if (lifted) {
            LOG.info("Ban of {} lifted by an operator", HostText.address(address));
            store.save(current());
        }
        return lifted;
    }

    int liftAll() {
        int lifted = bans.liftAll();
        LOG.info("{} address ban(s) lifted by an operator", lifted);
        store.save(List.of());
        return lifted;
    }
}
