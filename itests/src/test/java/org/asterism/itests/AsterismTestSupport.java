package org.asterism.itests;

import static org.ops4j.pax.exam.CoreOptions.systemTimeout;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.replaceConfigurationFile;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import javax.inject.Inject;

import org.apache.karaf.shell.api.console.SessionFactory;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;

/**
 * Boots the Asterism distribution (the assembly's tar.gz, offline) once per test class with the test
 * pjsip.conf: UDP and TCP transports on 127.0.0.1:15060. Subclasses run {@code @RunWith(PaxExam.class)}
 * and {@code @ExamReactorStrategy(PerClass.class)}; their test methods run inside the container.
 */
public abstract class AsterismTestSupport {

    /** Where the server listens; every test sends to this host only. */
    public static final String SERVER_HOST = "127.0.0.1";
    public static final int SIP_PORT = 15060;

    static final String ITESTS_DIR = "asterism.itests.dir";
    static final String RFC4475_DIR = "asterism.rfc4475.dir";

    @Inject
    protected SessionFactory sessionFactory;

    private ShellCommands shell;

    @Configuration
    public Option[] config() throws IOException {
        File distribution = new File(requiredProperty("asterism.distribution"));
        File itests = new File(requiredProperty(ITESTS_DIR)).getAbsoluteFile();
        String repository = requiredProperty("maven.repo.local");
        File rfc4475 = new File(itests, "../bundles/org.asterism.sip.core/src/test/resources/rfc4475");
        List<Option> options = new ArrayList<>(List.of(
            karafDistributionConfiguration()
                .frameworkUrl(distribution.toURI().toString())
                .name("Asterism")
                .unpackDirectory(new File(itests, "target/exam"))
                .useDeployFolder(false),
            configureConsole().ignoreLocalConsole(),
            logLevel(LogLevel.INFO),
            systemTimeout(120_000),
            // resolve the probe and the 'exam' feature from the local repository only
            editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository", repository),
            editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.defaultRepositories",
                new File(repository).toURI() + "@id=local@snapshots"),
            editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.repositories", ""),
            editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.offline", "true"),
            // keep Karaf's own listeners off the defaults so a concurrently running server does not clash
            editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", Integer.toString(freeTcpPort())),
            editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", Integer.toString(freeTcpPort())),
            editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort", Integer.toString(freeTcpPort())),
            editConfigurationFilePut("etc/system.properties", ITESTS_DIR, itests.getPath()),
            editConfigurationFilePut("etc/system.properties", RFC4475_DIR, rfc4475.getCanonicalPath()),
            replaceConfigurationFile("etc/asterism/pjsip.conf", new File(itests, pjsipConfFile()))));
        if (extensionsConfFile() != null) {
            options.add(replaceConfigurationFile("etc/asterism/extensions.conf", new File(itests, extensionsConfFile())));
        }
        if (Boolean.getBoolean("asterism.itests.keep")) {
            options.add(keepRuntimeFolder()); // -Dasterism.itests.keep=true: leave target/exam/<uuid> for post-mortems
        }
        return options.toArray(new Option[0]);
    }

    /** The pjsip.conf this class boots with, relative to the itests folder. */
    protected String pjsipConfFile() {
        return "src/test/resources/etc/asterism/pjsip.conf";
    }

    /** The extensions.conf this class boots with, relative to the itests folder; null keeps the shipped sample. */
    protected String extensionsConfFile() {
        return null;
    }

    private static volatile AssertionError sipNeverAnswered;

    /**
     * Waits (up to a minute after boot) until the server answers an OPTIONS on 127.0.0.1:15060/UDP with 200.
     * Once that has failed in a container, later calls fail at once instead of waiting again.
     */
    protected static void awaitSipAnswering() {
        if (sipNeverAnswered != null) {
            throw sipNeverAnswered;
        }
        try {
            Await.waitForAssert(Duration.ofSeconds(60), () -> {
                SipResponse response = OptionsPing.udp(SIP_PORT, Duration.ofSeconds(1));
                if (response == null || response.status() != 200) {
                    throw new AssertionError("OPTIONS to 127.0.0.1:" + SIP_PORT + "/UDP got "
                        + (response == null ? "no answer" : response.toString()));
                }
            });
        } catch (AssertionError e) {
            sipNeverAnswered = e;
            throw e;
        }
    }

    /** Runs Karaf commands in this container and returns what they printed. */
    protected ShellCommands shell() {
        if (shell == null) {
            shell = new ShellCommands(sessionFactory, Duration.ofSeconds(30));
        }
        return shell;
    }

    /** The itests folder on disk (SIPp scenarios, logs under target/). */
    protected static Path itestsDir() {
        return Paths.get(requiredProperty(ITESTS_DIR));
    }

    /** The folder holding the 49 RFC 4475 messages. */
    protected static Path rfc4475Dir() {
        return Paths.get(requiredProperty(RFC4475_DIR));
    }

    /** {@code ${karaf.etc}/asterism/pjsip.conf} of the running container. */
    protected static Path pjsipConf() {
        return Paths.get(requiredProperty("karaf.etc"), "asterism", "pjsip.conf");
    }

    /** {@code ${karaf.data}/log/karaf.log} of the running container. */
    protected static KarafLog karafLog() {
        return new KarafLog(Paths.get(requiredProperty("karaf.data"), "log", "karaf.log"));
    }

    protected static Sipp sipp(String scenario) {
        return new Sipp(itestsDir().resolve("src/test/resources/sipp").resolve(scenario),
            itestsDir().resolve("target/sipp-logs"), SERVER_HOST, SIP_PORT);
    }

    static String requiredProperty(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isEmpty()) {
            throw new IllegalStateException("system property " + name + " is not set (run through mvn verify -pl itests)");
        }
        return value;
    }

    static int freeTcpPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
