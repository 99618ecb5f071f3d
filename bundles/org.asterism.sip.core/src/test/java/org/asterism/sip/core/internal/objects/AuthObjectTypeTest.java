package org.asterism.sip.core.internal.objects;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Optional;

import org.asterism.sip.api.endpoint.Auth;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class AuthObjectTypeTest {

    private static final String MD5 = "dce9ccd0a69e3ef90d8b9bf725053e78";
    private static final String SHA256 = "a".repeat(64);

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private Auth auth(String options) throws Exception {
        PjsipConf conf = PjsipConf.load(folder.getRoot().toPath(), "[6001]\ntype=auth\n" + options);
        assertEquals(List.of(), conf.problems());
        return conf.get("auth", "6001", Auth.class);
    }

    private String problem(String options) throws Exception {
        PjsipConf conf = PjsipConf.load(folder.getRoot().toPath(), "[6001]\ntype=auth\n" + options);
        assertEquals(conf.problems().toString(), 2, conf.problems().size());
        assertEquals("Could not create an object of type 'auth' with id '6001' from configuration file 'pjsip.conf'",
                conf.problems().get(1));
        return conf.problems().get(0);
    }

    @Test
    public void aUsernameAndPasswordIsEnoughAndTheRestDefaults() throws Exception {
        Auth auth = auth("username=6001\npassword=secret\n");
        assertEquals("userpass", auth.authType());
        assertTrue(auth.isDigest());
        assertEquals("6001", auth.username());
        assertEquals(Optional.of("secret"), auth.password());
        assertEquals(Optional.empty(), auth.md5Cred());
        assertEquals(Optional.empty(), auth.realm());
        assertEquals(32, auth.nonceLifetime());
        assertEquals(AuthOptionTable.TABLE.names().size(), auth.options().size());
        assertEquals("userpass", auth.options().get("auth_type"));
    }

    @Test
    public void typedOptionsAreRead() throws Exception {
        Auth auth = auth("auth_type=MD5\nusername=6001\nmd5_cred=" + MD5 + "\nrealm=pbx.example.com\nnonce_lifetime=60\n");
        assertEquals("md5", auth.authType());
        assertEquals(Optional.empty(), auth.password());
        assertEquals(Optional.of(MD5), auth.md5Cred());
        assertEquals(Optional.of("pbx.example.com"), auth.realm());
        assertEquals(60, auth.nonceLifetime());
    }

    @Test
    public void anMd5PasswordDigestIsTheMd5Credential() throws Exception {
        assertEquals(Optional.of(MD5), auth("auth_type=digest\nusername=6001\npassword_digest=md5:" + MD5 + "\n").md5Cred());
    }

    @Test
    public void digestsMustCoverEverySupportedAlgorithmWithoutAPassword() throws Exception {
        auth("username=6001\nsupported_algorithms_uas=sha-256\nsupported_algorithms_uac=SHA-256\npassword_digest=SHA-256:"
                + SHA256 + "\n");
        assertTrue(problem("username=6001\nsupported_algorithms_uas=sha-256\npassword_digest=SHA-256:" + SHA256 + "\n")
                .contains("no plain text password or MD5 digest (password_digest) for supported algorithm MD5"));
        auth("username=6001\nsupported_algorithms_uas=sha-256,md5\npassword=secret\n");
        assertEquals("Error parsing password= in section '6001' of pjsip.conf: no plain text password or SHA-256 digest "
                + "(password_digest) for supported algorithm SHA-256",
                problem("username=6001\nsupported_algorithms_uac=SHA-256\nmd5_cred=" + MD5 + "\n"));
    }

    @Test
    public void googleOauthNeedsItsThreeOptions() throws Exception {
        Auth auth = auth("auth_type=google_oauth\nusername=me@example.com\nrefresh_token=t\noauth_clientid=c\noauth_secret=s\n");
        assertFalse(auth.isDigest());
        assertTrue(problem("auth_type=google_oauth\nusername=me\nrefresh_token=t\noauth_clientid=c\n")
                .startsWith("Error parsing oauth_secret= in section '6001' of pjsip.conf: 'google_oauth' authentication needs"));
    }

    @Test
    public void badValuesAreRefusedWithTheOptionNamed() throws Exception {
        assertEquals("Error parsing auth_type=plain at line 3 of pjsip.conf: must be one of userpass, md5, digest, google_oauth",
                problem("auth_type=plain\nusername=6001\npassword=secret\n"));
        assertEquals("Error parsing md5_cred=abc at line 4 of pjsip.conf: MD5 digest must be 32 hex characters, not 3",
                problem("username=6001\nmd5_cred=abc\n"));
        assertTrue(problem("username=6001\npassword=x\nsupported_algorithms_uas=sha-1\n")
                .startsWith("Error parsing supported_algorithms_uas=sha-1 at line 5 of pjsip.conf: unknown digest algorithm"));
        assertTrue(problem("username=6001\npassword_digest=SHA-256:" + MD5 + "\n").contains("SHA-256 digest must be 64"));
        assertTrue(problem("username=6001\npassword=x\nnonce_lifetime=-5\n").startsWith("Error parsing nonce_lifetime=-5"));
    }

    @Test
    public void anAuthWithoutUsernameOrSecretIsRefusedAsAsteriskDoes() throws Exception {
        assertEquals("Error parsing username= in section '6001' of pjsip.conf: an auth needs a username",
                problem("auth_type=userpass\npassword=secret\n"));
        assertEquals("Error parsing password= in section '6001' of pjsip.conf: no plain text password or MD5 digest "
                + "(password_digest) for supported algorithm MD5", problem("username=6001\n"));
    }

    @Test
    public void anUnknownOptionIsRefused() throws Exception {
        assertEquals("Could not find option suitable for category '6001' named 'secret' at line 5 of pjsip.conf",
                problem("username=6001\npassword=x\nsecret=y\n"));
    }
}
