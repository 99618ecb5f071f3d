package org.asterism.pbx.dialplan.internal.command;

import static org.junit.Assert.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.asterism.cli.CliCommand;
import org.asterism.pbx.api.dialplan.DialplanContext;
import org.asterism.pbx.api.dialplan.DialplanEntry;
import org.asterism.pbx.api.dialplan.DialplanSource;
import org.asterism.pbx.dialplan.internal.Pbx;
import org.asterism.pbx.dialplan.internal.TestDialplan;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** {@code dialplan show}, compared line by line with what Asterisk's format strings print. */
public class DialplanShowTest {

    private final Pbx pbx = new Pbx();

    @Before
    public void load() {
        pbx.load(new TestDialplan().context("default")
                .exten("100", 1, "Answer()")
                .exten("100", 2, "Playback(demo-congrats)")
                .label("100", 3, "done", "Hangup()")
                .hint("201", "PJSIP/201")
                .exten("201", 1, "Dial(PJSIP/201,30)")
                .exten("300/_2XX", 1, "NoOp(internal)")
                .exten("_2XX", 1, "Dial(PJSIP/${EXTEN},30)")
                .include("other"));
        DialplanSource groovy = new DialplanSource() {
            @Override
            public String registrar() {
                return "pbx_groovy";
            }

            @Override
            public List<DialplanContext> contexts() {
                return List.of(new DialplanContext("other", List.of(new DialplanEntry("s", Optional.empty(), 1,
                        Optional.empty(), "NoOp", "from groovy", null, 0)), List.of(), "pbx_groovy"));
            }
        };
        pbx.load(groovy);
    }

    @After
    public void close() {
        pbx.close();
    }

    private List<String> show(String... args) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CliCommand command = new DialplanShow(pbx.engine);
        command.execute(List.of(args), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return List.of(bytes.toString(StandardCharsets.UTF_8).split("\n", -1));
    }

    @Test
    public void everything() throws Exception {
        assertEquals(List.of(
                "[ Context 'other' created by 'pbx_groovy' ]",
                "  's' =>            1. NoOp(from groovy)                          [pbx_groovy]",
                "",
                "[ Context 'default' created by 'pbx_config' ]",
                "  '100' =>          1. Answer()                                   [extensions.conf:1]",
                "                    2. Playback(demo-congrats)                    [extensions.conf:2]",
                "     [done]         3. Hangup()                                   [extensions.conf:3]",
                "  '201' =>          hint: PJSIP/201                               [extensions.conf:4]",
                "                    1. Dial(PJSIP/201,30)                         [extensions.conf:5]",
                "  '300' (CID match '_2XX') =>  1. NoOp(internal)                             [extensions.conf:6]",
                "  '_2XX' =>         1. Dial(PJSIP/${EXTEN},30)                    [extensions.conf:7]",
                "  Include =>        'other'                                       [pbx_config]",
                "",
                "-= 5 extensions (8 priorities) in 2 contexts. =-",
                ""), show());
    }

    @Test
    public void oneContext() throws Exception {
        List<String> lines = show("default");
        assertEquals("[ Context 'default' created by 'pbx_config' ]", lines.get(0));
        assertEquals("-= 4 extensions (7 priorities) in 1 context. =-", lines.get(lines.size() - 2));
    }

    @Test
    public void oneExtensionShowsWhatMatchesIt() throws Exception {
        assertEquals(List.of(
                "[ Context 'default' created by 'pbx_config' ]",
                "  '201' =>          hint: PJSIP/201                               [extensions.conf:4]",
                "                    1. Dial(PJSIP/201,30)                         [extensions.conf:5]",
                "  '_2XX' =>         1. Dial(PJSIP/${EXTEN},30)                    [extensions.conf:7]",
                "",
                "-= 2 extensions (3 priorities) in 1 context. =-",
                ""), show("201@default"));
    }

    @Test
    public void anExtensionFoundInAnIncludedContext() throws Exception {
        assertEquals(List.of(
                "[ Included context 'other' created by 'pbx_groovy' ]",
                "  's' =>            1. NoOp(from groovy)                          [pbx_groovy]",
                "",
                "-= 1 extension (1 priority) in 1 context. =-",
                ""), show("s@default"));
    }

    @Test
    public void unknownContextsAndExtensions() throws Exception {
        assertEquals(List.of("There is no existence of 'nosuch' context", ""), show("nosuch"));
        assertEquals(List.of("There is no existence of 999@default extension", ""), show("999@default"));
        assertEquals(List.of("There is no existence of '999' extension in all contexts", ""), show("999@"));
    }
}
