package org.asterism.sip.core.internal.command;

import static org.asterism.sip.core.internal.command.CliFixture.lines;
import static org.asterism.sip.core.internal.command.FakeConfigStore.aor;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.junit.Test;

public class ShowAorsAndContactsTest {

    static final String RULE = "=".repeat(90);
    static final String AOR_HEADER = "      Aor:  <Aor" + ".".repeat(46) + ">  <MaxContact>";
    static final String CONTACT_HEADER = "  Contact:  <Aor/ContactUri" + ".".repeat(30) + "> <Hash....> <Status> <RTT(ms)..>";

    private final CliFixture cli = new CliFixture();

    /** AoR 6001 has a registered and a static contact; AoR david one registered; AoR empty none. */
    public ShowAorsAndContactsTest() {
        cli.store.add(aor("david", 10)).add(aor("6001", 1, "sip:6001@192.0.2.20")).add(aor("empty", 0));
        cli.locations.register("david", "sip:david@198.51.100.7:5062").register("6001", "sip:6001@192.0.2.10:5060");
    }

    @Test
    public void showAorsPrintsEachAorWithItsContactsByAorId() throws Exception {
        assertEquals(List.of("", AOR_HEADER,
                "    Contact:  <Aor/ContactUri" + ".".repeat(28) + "> <Hash....> <Status> <RTT(ms)..>",
                RULE, "",
                "      Aor:  6001                                                 1",
                "    Contact:  6001/sip:6001@192.0.2.10:5060                c972bbe88a NonQual         nan",
                "    Contact:  6001/sip:6001@192.0.2.20                     ccee4e1ff8 NonQual         nan",
                "",
                "      Aor:  david                                               10",
                "    Contact:  david/sip:david@198.51.100.7:5062            20b18e9b3c NonQual         nan",
                "",
                "      Aor:  empty                                                0",
                "",
                "",
                "Objects found: 3",
                "",
                ""), lines(new AorCommands.ShowAll(cli.aors).run(List.of())));
    }

    @Test
    public void showAorPrintsItsOptions() throws Exception {
        assertEquals(List.of("", AOR_HEADER,
                "    Contact:  <Aor/ContactUri" + ".".repeat(28) + "> <Hash....> <Status> <RTT(ms)..>",
                RULE, "",
                "      Aor:  6001                                                 1",
                "    Contact:  6001/sip:6001@192.0.2.10:5060                c972bbe88a NonQual         nan",
                "    Contact:  6001/sip:6001@192.0.2.20                     ccee4e1ff8 NonQual         nan",
                "",
                "",
                " ParameterName : ParameterValue",
                " ===================================",
                " contact       : sip:6001@192.0.2.20",
                " max_contacts  : 1",
                "",
                ""), lines(new AorCommands.ShowOne(cli.aors).run(List.of("6001"))));
        assertEquals("Unable to find object heman.\n\n", new AorCommands.ShowOne(cli.aors).run(List.of("heman")));
    }

    @Test
    public void listAorsWithLike() throws Exception {
        assertEquals(List.of("", AOR_HEADER, RULE, "",
                "      Aor:  david                                               10",
                "      Aor:  empty                                                0",
                "",
                "Objects found: 2",
                "",
                ""), lines(new AorCommands.ListAll(cli.aors).run(List.of("like", "[a-z]"))));
    }

    @Test
    public void showContactsListsRegisteredAndStaticContactsByAorAndUri() throws Exception {
        assertEquals(List.of("", CONTACT_HEADER, RULE, "",
                "  Contact:  6001/sip:6001@192.0.2.10:5060                  c972bbe88a NonQual         nan",
                "  Contact:  6001/sip:6001@192.0.2.20                       ccee4e1ff8 NonQual         nan",
                "  Contact:  david/sip:david@198.51.100.7:5062              20b18e9b3c NonQual         nan",
                "",
                "Objects found: 3",
                "",
                ""), lines(new ContactCommands.ShowAll(cli.contacts).run(List.of())));
        List<String> like = lines(new ContactCommands.ListAll(cli.contacts).run(List.of("like", "192\\.0\\.2\\.20")));
        assertEquals("  Contact:  6001/sip:6001@192.0.2.20                       ccee4e1ff8 NonQual         nan", like.get(4));
        assertEquals("Objects found: 1", like.get(6));
    }

    @Test
    public void withoutTheLocationModuleOnlyStaticContactsShow() throws Exception {
        ContactFormatter contacts = new ContactFormatter(cli.store, null);
        assertEquals(List.of("6001/sip:6001@192.0.2.20"), contacts.all().stream().map(ContactFormatter.AorContact::id).toList());
        assertEquals("No objects found.\n\n", new ContactCommands.ShowAll(new ContactFormatter(new FakeConfigStore(), null)).run(List.of()));
    }

    @Test
    public void aQualifiedContactShowsItsStateAndRoundTripTime() throws Exception {
        FakeConfigStore store = new FakeConfigStore();
        store.add(new org.asterism.sip.api.endpoint.Aor("7001", 1, false, false, 60, 7200, 3600, 60, 3.0, false,
                List.of("sip:7001@192.0.2.30", "sip:7001@192.0.2.31"), List.of(), false, java.util.Optional.empty(), "", java.util.Map.of()));
        org.asterism.sip.api.client.ContactStatusRegistry statuses = new org.asterism.sip.api.client.ContactStatusRegistry() {
            @Override
            public org.asterism.sip.api.client.ContactStatus status(String aor, String uri) {
                return new org.asterism.sip.api.client.ContactStatus(aor, uri, uri.endsWith(".30")
                        ? org.asterism.sip.api.client.ContactStatus.State.REACHABLE
                        : org.asterism.sip.api.client.ContactStatus.State.UNREACHABLE, java.time.Duration.ofNanos(1_234_000), java.time.Instant.EPOCH);
            }

            @Override
            public List<org.asterism.sip.api.client.ContactStatus> statuses() {
                return List.of();
            }
        };
        List<String> shown = lines(new ContactCommands.ShowAll(new ContactFormatter(store, null, statuses)).run(List.of()));
        assertEquals("  Contact:  7001/sip:7001@192.0.2.30                       " + new ContactFormatter.AorContact("7001",
                "sip:7001@192.0.2.30").hash().substring(0, 10) + " Avail         1.234", shown.get(4));
        assertTrue(shown.get(5), shown.get(5).endsWith(" Unavail         nan"));
    }
}
