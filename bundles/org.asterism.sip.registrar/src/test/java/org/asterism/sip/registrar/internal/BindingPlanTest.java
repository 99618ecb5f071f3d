package org.asterism.sip.registrar.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.asterism.sip.api.endpoint.Aor;
import org.asterism.sip.api.location.Contact;
import org.junit.Test;

public class BindingPlanTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final InetSocketAddress PHONE = new InetSocketAddress("127.0.0.1", 5061);

    private static Aor aor(int maxContacts, boolean removeExisting, List<String> staticContacts) {
        return new Aor("6001", maxContacts, removeExisting, false, 60, 7200, 3600, 0, 3.0, false, staticContacts, List.of(), true,
                Optional.empty(), "", Map.of());
    }

    private static RegisterRequest register(int expiresHeader, RequestedBinding... bindings) {
        return new RegisterRequest("6001", "127.0.0.1", List.of(bindings), false, expiresHeader, List.of("<sip:edge.example;lr>"),
                Set.of("path"), Set.of(), "call-1", 1, Optional.of("phone/1.0"), Optional.of("127.0.0.1:5061"));
    }

    /** A REGISTER of one binding that came by a proxy's Path, with the given Supported and Require option tags. */
    private static RegisterRequest viaProxy(Set<String> supported, Set<String> required) {
        return new RegisterRequest("6001", "127.0.0.1", List.of(new RequestedBinding("sip:a@127.0.0.1", 600)), false, -1,
                List.of("<sip:edge.example;lr>"), supported, required, "call-1", 1, Optional.empty(), Optional.empty());
    }

    private static Aor withPath(boolean supportPath) {
        return new Aor("6001", 1, false, false, 60, 7200, 3600, 0, 3.0, false, List.of(), List.of(), supportPath,
                Optional.empty(), "", Map.of());
    }

    private static BindingPlan plan(Aor aor, RegisterRequest request) {
        return new BindingPlan(aor, "6001", request, PHONE, String::equals);
    }

    private static List<Contact> accepted(BindingPlan.Outcome outcome) {
        assertTrue(outcome.toString(), outcome instanceof BindingPlan.Accepted);
        return ((BindingPlan.Accepted) outcome).contacts();
    }

    @Test
    public void expiryComesFromTheContactThenTheHeaderThenTheAorDefault() {
        List<Contact> bound = accepted(plan(aor(5, false, List.of()), register(-1,
                new RequestedBinding("sip:a@127.0.0.1:5061", 120), new RequestedBinding("sip:b@127.0.0.1:5061", -1)))
                .apply(List.of(), NOW));
        assertEquals(NOW.plusSeconds(120), bound.get(0).expiresAt());
        assertEquals(NOW.plusSeconds(3600), bound.get(1).expiresAt());
        List<Contact> viaHeader = accepted(plan(aor(5, false, List.of()), register(300, new RequestedBinding("sip:a@127.0.0.1", -1)))
                .apply(List.of(), NOW));
        assertEquals(NOW.plusSeconds(300), viaHeader.get(0).expiresAt());
    }

    @Test
    public void expiryAboveTheMaximumIsCappedAndBelowTheMinimumRefusedWith423() {
        assertEquals(NOW.plusSeconds(7200), accepted(plan(aor(1, false, List.of()), register(-1,
                new RequestedBinding("sip:a@127.0.0.1", 99999))).apply(List.of(), NOW)).get(0).expiresAt());
        BindingPlan.Refused brief = plan(aor(1, false, List.of()), register(-1, new RequestedBinding("sip:a@127.0.0.1", 30)))
                .precheck().orElseThrow();
        assertEquals(423, brief.status());
        assertEquals(Map.of("Min-Expires", "60"), brief.headers());
    }

    @Test
    public void aRefreshKeepsOneBindingAndExpiresZeroRemovesIt() {
        Aor aor = aor(3, false, List.of());
        List<Contact> first = accepted(plan(aor, register(-1, new RequestedBinding("sip:a@127.0.0.1", 600))).apply(List.of(), NOW));
        List<Contact> refreshed = accepted(plan(aor, register(-1, new RequestedBinding("sip:a@127.0.0.1", 900)))
                .apply(first, NOW.plusSeconds(10)));
        assertEquals(1, refreshed.size());
        assertEquals(NOW.plusSeconds(910), refreshed.get(0).expiresAt());
        assertEquals(List.of(), accepted(plan(aor, register(-1, new RequestedBinding("sip:a@127.0.0.1", 0))).apply(refreshed, NOW)));
    }

    @Test
    public void exceedingMaxContactsIsRefusedWithAsterisksWarning() {
        Aor aor = aor(1, false, List.of());
        List<Contact> one = accepted(plan(aor, register(-1, new RequestedBinding("sip:a@127.0.0.1", 600))).apply(List.of(), NOW));
        BindingPlan.Outcome second = plan(aor, register(-1, new RequestedBinding("sip:b@127.0.0.1", 600))).apply(one, NOW);
        BindingPlan.Refused refused = (BindingPlan.Refused) second;
        assertEquals(403, refused.status());
        assertEquals(Optional.of("Registration attempt from endpoint '6001' to AOR '6001' will exceed max contacts of 1"), refused.warning());
    }

    @Test
    public void removeExistingReplacesTheContactsThatExpireSoonest() {
        Aor aor = aor(2, true, List.of());
        List<Contact> two = accepted(plan(aor, register(-1, new RequestedBinding("sip:old@127.0.0.1", 100),
                new RequestedBinding("sip:newer@127.0.0.1", 900))).apply(List.of(), NOW));
        List<Contact> after = accepted(plan(aor, register(-1, new RequestedBinding("sip:third@127.0.0.1", 600))).apply(two, NOW));
        assertEquals(List.of("sip:third@127.0.0.1", "sip:newer@127.0.0.1"), after.stream().map(Contact::uri).toList());
    }

    @Test
    public void theWildcardRemovesEveryBinding() {
        Aor aor = aor(3, false, List.of());
        List<Contact> bound = accepted(plan(aor, register(-1, new RequestedBinding("sip:a@127.0.0.1", 600),
                new RequestedBinding("sip:b@127.0.0.1", 600))).apply(List.of(), NOW));
        RegisterRequest wildcard = new RegisterRequest("6001", "127.0.0.1", List.of(), true, 0, List.of(), Set.of(), Set.of(),
                "call-1", 2, Optional.empty(), Optional.empty());
        BindingPlan.Accepted cleared = (BindingPlan.Accepted) plan(aor, wildcard).apply(bound, NOW);
        assertEquals(List.of(), cleared.contacts());
        assertEquals(2, cleared.changes().size());
    }

    @Test
    public void aStaticContactCannotBeRegistered() {
        BindingPlan.Refused refused = plan(aor(3, false, List.of("sip:desk@10.0.0.5")), register(-1,
                new RequestedBinding("sip:desk@10.0.0.5", 600))).precheck().orElseThrow();
        assertEquals(403, refused.status());
        assertEquals("Contact is configured statically", refused.reason());
    }

    @Test
    public void bindingsKeepWhatNatAndPathNeed() {
        Contact bound = accepted(plan(aor(1, false, List.of()), register(-1, new RequestedBinding("sip:a@192.168.1.20:5060", 600)))
                .apply(List.of(), NOW)).get(0);
        assertEquals(Optional.of(PHONE), bound.source());
        assertEquals(List.of("<sip:edge.example;lr>"), bound.path());
        assertEquals(Optional.of("6001"), bound.endpoint());
        assertEquals(Optional.of("phone/1.0"), bound.userAgent());
    }

    @Test
    public void requirePathToAnAorWithoutSupportPathIsRefusedWith420NamingPath() {
        BindingPlan.Refused refused = plan(withPath(false), viaProxy(Set.of("path"), Set.of("path"))).precheck().orElseThrow();
        assertEquals(420, refused.status());
        assertEquals(Map.of("Unsupported", "path"), refused.headers());
        assertTrue(refused.warning().orElse("").contains("support_path=no"));
    }

    @Test
    public void aPathTheClientDidNotDeclareSupportForIsRefusedWith420AsAsteriskDoes() {
        BindingPlan.Refused refused = plan(withPath(true), viaProxy(Set.of("timer"), Set.of())).precheck().orElseThrow();
        assertEquals(420, refused.status());
        assertEquals(Optional.of("Invalid modifications made to REGISTER request from '6001' by intervening proxy"), refused.warning());
    }

    @Test
    public void pathIsStoredOnlyWhereTheAorSupportsIt() {
        assertEquals(Optional.empty(), plan(withPath(true), viaProxy(Set.of("path"), Set.of("path"))).precheck());
        assertEquals(List.of("<sip:edge.example;lr>"), accepted(plan(withPath(true), viaProxy(Set.of("path"), Set.of("path")))
                .apply(List.of(), NOW)).get(0).path());
        // without support_path and without Require: path, the Path is ignored, as in Asterisk
        assertEquals(Optional.empty(), plan(withPath(false), viaProxy(Set.of(), Set.of())).precheck());
        assertEquals(List.of(), accepted(plan(withPath(false), viaProxy(Set.of(), Set.of())).apply(List.of(), NOW)).get(0).path());
    }
}
