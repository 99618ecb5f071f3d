package org.asterism.pbx.config.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.asterism.pbx.api.dialplan.DialplanContext;
import org.asterism.pbx.api.dialplan.DialplanSource;
import org.asterism.pbx.config.internal.command.DialplanReload;
import org.junit.Test;

public class ExtensionsConfigTest {

    /** Records the registration made for the engine, as the service registry would hold it. */
    private static final class Registry implements SourcePublisher {
        DialplanSource source;
        final List<Map<String, Object>> properties = new ArrayList<>();
        boolean withdrawn;

        @Override
        public Published publish(DialplanSource published, Map<String, Object> initial) {
            source = published;
            properties.add(initial);
            return new Published() {
                @Override
                public void update(Map<String, Object> changed) {
                    properties.add(changed);
                }

                @Override
                public void withdraw() {
                    withdrawn = true;
                }
            };
        }

        Object last(String property) {
            return properties.get(properties.size() - 1).get(property);
        }
    }

    private final Registry registry = new Registry();

    private static List<String> names(DialplanSource source) {
        return source.contexts().stream().map(DialplanContext::name).toList();
    }

    @Test
    public void aMissingFileGivesAnEmptyDialplan() throws Exception {
        Path dir = Files.createTempDirectory("etc");
        ExtensionsConfig config = new ExtensionsConfig(dir, registry);
        assertTrue(registry.source.contexts().isEmpty());
        assertEquals("pbx_config", registry.source.registrar());
        assertEquals(1L, registry.last(DialplanSource.GENERATION));
        assertEquals(List.of("Parsing '" + dir.resolve("extensions.conf") + "': Not found (No such file or directory)"),
                config.reload());
        config.deactivate();
        assertTrue(registry.withdrawn);
    }

    @Test
    public void reloadSwapsTheContextsAndBumpsTheGeneration() throws Exception {
        Path dir = Files.createTempDirectory("etc");
        Path file = dir.resolve("extensions.conf");
        Files.writeString(file, "[default]\nexten => 100,1,NoOp()\n");
        ExtensionsConfig config = new ExtensionsConfig(dir, registry);
        assertEquals(List.of("default"), names(registry.source));
        List<DialplanContext> before = registry.source.contexts();

        Files.writeString(file, "[general]\nclearglobalvars=yes\n[globals]\nX=1\n[internal]\nexten => 200,1,NoOp()\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DialplanReload(config).execute(List.of(), new PrintStream(out, true, StandardCharsets.UTF_8));
        assertEquals("Dialplan reloaded.\n", out.toString(StandardCharsets.UTF_8));
        assertEquals(List.of("internal"), names(registry.source));
        assertEquals(Map.of("X", "1"), registry.source.globals());
        assertEquals(2L, registry.last(DialplanSource.GENERATION));
        assertEquals(true, registry.last(ExtensionsConfig.CLEAR_GLOBALS));
        assertEquals(List.of("default"), before.stream().map(DialplanContext::name).toList()); // what was read stays read
    }

    @Test
    public void aFileThatCannotBeParsedKeepsTheDialplanInForce() throws Exception {
        Path dir = Files.createTempDirectory("etc");
        Path file = dir.resolve("extensions.conf");
        Files.writeString(file, "[default]\nexten => 100,1,NoOp()\n");
        ExtensionsConfig config = new ExtensionsConfig(dir, registry);
        Files.writeString(file, "[default]\nexten 100,1,NoOp()\n");
        assertEquals(List.of("No '=' (equal sign) at line 2 of extensions.conf; the dialplan in force is kept"),
                config.reload());
        assertEquals(List.of("default"), names(registry.source));
    }

    @Test
    public void theShippedSampleLoadsCleanly() throws Exception {
        Path sample = Path.of("../../karaf-assembly/src/main/resources/assembly/etc/asterism");
        new ExtensionsConfig(sample, registry);
        assertEquals(List.of("default"), names(registry.source));
        ParsedDialplan parsed = new ExtensionsParser().parse(new org.asterism.config.ConfigParser()
                .parse(sample.resolve("extensions.conf")));
        assertTrue(parsed.problems().toString(), parsed.problems().isEmpty());
        List<String> written = registry.source.contexts().get(0).entries().stream()
                .map(e -> e.pattern() + "," + e.priority() + "," + e.application() + "(" + e.data() + ")").toList();
        assertEquals(List.of(
                "100,1,Answer()", "100,2,Playback(demo-congrats)", "100,3,Hangup()",
                "600,1,Answer()", "600,2,Playback(beep)", "600,3,Echo()", "600,4,Hangup()",
                "601,1,Answer()", "601,2,Playback(tone-440)", "601,3,Hangup()",
                "_2XX,1,Dial(PJSIP/${EXTEN},30)", "_2XX,2,Hangup()",
                "201,-1,(PJSIP/201)", "202,-1,(PJSIP/202)"), written);
    }
}
