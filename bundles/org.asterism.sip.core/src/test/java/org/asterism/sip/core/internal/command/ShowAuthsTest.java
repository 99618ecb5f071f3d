package org.asterism.sip.core.internal.command;

import static org.asterism.sip.core.internal.command.CliFixture.lines;
import static org.asterism.sip.core.internal.command.FakeConfigStore.auth;
import static org.junit.Assert.assertEquals;

import java.util.List;

import org.junit.Test;

public class ShowAuthsTest {

    static final String HEADER = "  I/OAuth:  <AuthId/UserName" + ".".repeat(61) + ">";

    private final CliFixture cli = new CliFixture();

    public ShowAuthsTest() {
        cli.store.add(auth("upstream", "asterism")).add(auth("david-auth", "david"));
    }

    @Test
    public void showAuthsByIdWithoutDirection() throws Exception {
        assertEquals(90, HEADER.length());
        assertEquals(List.of("", HEADER, "=".repeat(90), "",
                "     Auth:  david-auth/david",
                "     Auth:  upstream/asterism",
                "",
                "Objects found: 2",
                "",
                ""), lines(new AuthCommands.ShowAll(cli.auths).run(List.of())));
        assertEquals("No objects found.\n\n", new AuthCommands.ListAll(cli.auths).run(List.of("like", "^x")));
    }

    @Test
    public void showAuthPrintsItsOptions() throws Exception {
        assertEquals(List.of("", HEADER, "=".repeat(90), "",
                "     Auth:  david-auth/david",
                "",
                " ParameterName  : ParameterValue",
                " ===============================",
                " auth_type      : userpass",
                " nonce_lifetime : 32",
                " password       : secret",
                " username       : david",
                "",
                ""), lines(new AuthCommands.ShowOne(cli.auths).run(List.of("david-auth"))));
        assertEquals("Unable to find object heman.\n\n", new AuthCommands.ShowOne(cli.auths).run(List.of("heman")));
    }
}
