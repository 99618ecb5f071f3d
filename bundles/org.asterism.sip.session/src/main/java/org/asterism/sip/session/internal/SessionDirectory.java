package org.asterism.sip.session.internal;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.asterism.loader.UseCount;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live sessions: the module's use count, and what a forced unload ends (each with a BYE or CANCEL carrying a
 * Reason, so that the peers hang up rather than wait for media that will not come).
 */
@Component(service = { SessionDirectory.class, UseCount.class })
public class SessionDirectory implements UseCount {

    private static final Logger LOG = LoggerFactory.getLogger(SessionDirectory.class);
    /** Q.850 "Temporary failure": the service went away, a retry may work. */
    static final int UNLOAD_CAUSE = 41;

    private final Set<SipSessionImpl> live = ConcurrentHashMap.newKeySet();

    @Deactivate
    void deactivate() {
        List<SipSessionImpl> ending = List.copyOf(live);
        if (!ending.isEmpty()) {
            LOG.warn("res_pjsip_session unloaded with {} live session(s): ending them", ending.size());
        }
        for (SipSessionImpl session : ending) {
            session.end(503, UNLOAD_CAUSE);
        }
    }

    void add(SipSessionImpl session) {
        live.add(session);
    }

    void remove(SipSessionImpl session) {
        live.remove(session);
    }

    List<SipSessionImpl> list() {
        return List.copyOf(live);
    }

    @Override
    public int useCount() {
        return live.size();
    }

    @Override
    public String describe() {
        return "active sessions";
    }
}
