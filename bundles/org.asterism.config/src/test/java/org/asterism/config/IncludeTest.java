package org.asterism.config;

import static org.asterism.config.Parsing.assertError;
import static org.asterism.config.Parsing.names;
import static org.asterism.config.Parsing.pairs;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class IncludeTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private Path dir;

    @Before
    public void setUp() {
        dir = folder.getRoot().toPath();
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private ConfigDocument parseMain(String text) throws Exception {
        return new ConfigParser().parse(write("pjsip.conf", text));
    }

    private ConfigSyntaxException parseMainError(String text) throws Exception {
        try {
            parseMain(text);
        } catch (ConfigSyntaxException e) {
            return e;
        }
        fail("expected a ConfigSyntaxException");
        return null;
    }

    @Test
    public void plainQuotedAndAngledIncludes() throws Exception {
        write("a.conf", "[a]\nx=1\n");
        write("b.conf", "[b]\nx=2\n");
        write("c.conf", "[c]\nx=3\n");
        ConfigDocument doc = parseMain("[main]\n#include a.conf\n#include \"b.conf\"\n#include <c.conf>\n[end]\n");
        assertEquals(List.of("main", "a", "b", "c", "end"), names(doc));
        assertEquals("b.conf", doc.sections().get(2).file());
        assertEquals(1, doc.sections().get(2).line());
        assertEquals(new ConfigEntry("x", "2", "b.conf", 2), doc.sections().get(2).entries().get(0));
    }

    @Test
    public void directiveNamesAreCaseInsensitive() throws Exception {
        write("a.conf", "[a]\n");
        assertEquals(List.of("a"), names(parseMain("#INCLUDE a.conf\n")));
    }

    @Test
    public void filesListsEveryFileRead() throws Exception {
        Path a = write("conf.d/a.conf", "[a]\n");
        Path main = write("pjsip.conf", "#include conf.d/a.conf\n#tryinclude missing.conf\n");
        ConfigDocument doc = new ConfigParser().parse(main);
        assertEquals(List.of(main.toAbsolutePath().normalize(), a.toAbsolutePath().normalize()), doc.files());
        assertEquals("conf.d/a.conf", doc.sections().get(0).file());
    }

    @Test
    public void nestedRelativeIncludesResolveAgainstTheConfigFolderLikeAsterisk() throws Exception {
        // config.c prefixes every relative name with the configuration folder, not the including file's folder
        write("conf.d/trunks.conf", "[trunk]\n#include conf.d/trunk-auth.conf\n");
        write("conf.d/trunk-auth.conf", "password=secret\n");
        ConfigDocument doc = parseMain("#include conf.d/trunks.conf\n");
        ConfigSection trunk = doc.sections().get(0);
        assertEquals("conf.d/trunks.conf", trunk.file());
        assertEquals(new ConfigEntry("password", "secret", "conf.d/trunk-auth.conf", 1), trunk.entries().get(0));
    }

    @Test
    public void includesFromTextResolveAgainstBaseDir() throws Exception {
        write("conf.d/a.conf", "[a]\nx=1\n");
        ConfigDocument doc = new ConfigParser().parse("pjsip.conf", "#include conf.d/a.conf\n", dir);
        assertEquals(List.of("a"), names(doc));
        assertEquals("conf.d/a.conf", doc.sections().get(0).file());
        assertEquals(List.of(dir.resolve("conf.d/a.conf").toAbsolutePath().normalize()), doc.files());
    }

    @Test
    public void absoluteIncludePath() throws Exception {
        Path other = folder.newFolder("elsewhere").toPath().resolve("x.conf");
        Files.writeString(other, "[x]\n");
        ConfigDocument doc = parseMain("#include " + other.toAbsolutePath() + "\n");
        assertEquals(List.of("x"), names(doc));
    }

    @Test
    public void globIncludesMatchesInSortedOrderAndSkipsDotFiles() throws Exception {
        write("conf.d/20-b.conf", "[b]\n");
        write("conf.d/10-a.conf", "[a]\n");
        write("conf.d/30-c.conf", "[c]\n");
        write("conf.d/.#10-a.conf", "[editor-lock]\n");
        write("conf.d/notes.txt", "[not-conf]\n");
        Files.createDirectories(dir.resolve("conf.d/sub.conf"));
        ConfigDocument doc = parseMain("[first]\n#include \"conf.d/*.conf\"\n[last]\n");
        assertEquals(List.of("first", "a", "b", "c", "last"), names(doc));
        assertEquals("conf.d/10-a.conf", doc.sections().get(1).file());
        assertEquals(List.of("'conf.d/sub.conf' is not a regular file, ignoring at line 2 of pjsip.conf"), doc.warnings());
    }

    @Test
    public void globInAFolderName() throws Exception {
        write("sites/east/pjsip.conf", "[east]\n");
        write("sites/west/pjsip.conf", "[west]\n");
        assertEquals(List.of("east", "west"), names(parseMain("#include sites/*/pjsip.conf\n")));
    }

    @Test
    public void includeThatMatchesNothingIsAnError() throws Exception {
        assertError(parseMainError("[s]\n\n#include missing.conf\n"), "pjsip.conf", 3,
                "The file 'missing.conf' was listed as a #include but it does not exist");
        assertError(parseMainError("#include \"conf.d/*.conf\"\n"), "pjsip.conf", 1,
                "The file 'conf.d/*.conf' was listed as a #include but it does not exist");
    }

    @Test
    public void tryincludeOfAMissingFileIsFine() throws Exception {
        ConfigDocument doc = parseMain("[s]\n#tryinclude missing.conf\n#tryinclude \"none/*.conf\"\nx=1\n");
        assertEquals(List.of("x=1"), pairs(doc.sections().get(0)));
        assertTrue(doc.warnings().isEmpty());
        assertEquals(1, doc.files().size());
    }

    @Test
    public void includedFileContinuesTheCurrentSectionAndTheIncluderResumesIts() throws Exception {
        write("more.conf", "b=2\n[other]\nc=3\n");
        ConfigDocument doc = parseMain("[s]\na=1\n#include more.conf\nd=4\n");
        assertEquals(List.of("s", "other"), names(doc));
        assertEquals(List.of("a=1", "b=2", "d=4"), pairs(doc.sections().get(0)));
        assertEquals(List.of("c=3"), pairs(doc.sections().get(1)));
    }

    @Test
    public void templatesFromAnIncludedFileAreInherited() throws Exception {
        write("templates.conf", "[endpoint-basic](!)\ntype=endpoint\ncontext=internal\n");
        ConfigDocument doc = parseMain("#include templates.conf\n[6001](endpoint-basic)\nauth=6001\n");
        ConfigSection endpoint = doc.sections().get(0);
        assertEquals(List.of("type=endpoint", "context=internal", "auth=6001"), pairs(endpoint));
        assertEquals("templates.conf", endpoint.entries().get(0).file());
        assertEquals("pjsip.conf", endpoint.entries().get(2).file());
    }

    @Test
    public void selfIncludeIsALoop() throws Exception {
        assertError(parseMainError("[s]\n#include pjsip.conf\n"), "pjsip.conf", 2,
                "#include loop: pjsip.conf -> pjsip.conf");
    }

    @Test
    public void indirectIncludeLoopIsReportedWhereItCloses() throws Exception {
        write("a.conf", "[a]\n#include b.conf\n");
        write("b.conf", "\n\n#tryinclude a.conf\n");
        assertError(parseMainError("#include a.conf\n"), "b.conf", 3,
                "#include loop: a.conf -> b.conf -> a.conf");
    }

    @Test
    public void includingTheSameFileTwiceIsNotALoop() throws Exception {
        write("common.conf", "x=1\n");
        ConfigDocument doc = parseMain("[a]\n#include common.conf\n[b]\n#include common.conf\n");
        assertEquals(List.of("x=1"), pairs(doc.sections().get(0)));
        assertEquals(List.of("x=1"), pairs(doc.sections().get(1)));
        assertEquals(2, doc.files().size());
    }

    @Test
    public void tenNestedIncludesAreAllowedButNotEleven() throws Exception {
        for (int i = 1; i <= 11; i++) {
            write("level" + i + ".conf", i < 11 ? "#include level" + (i + 1) + ".conf\n" : "[deep]\n");
        }
        assertError(parseMainError("#include level1.conf\n"), "level10.conf", 1,
                "Maximum Include level (10) exceeded");

        write("level10.conf", "[deep]\n");
        assertEquals(List.of("deep"), names(parseMain("#include level1.conf\n")));
    }

    @Test
    public void execIsRefused() throws Exception {
        assertError(parseMainError("[s]\n#exec /usr/local/bin/make-config.sh\n"), "pjsip.conf", 2,
                "#exec is not supported: Asterism does not run programs from configuration files");
    }

    @Test
    public void unknownDirectiveAndMissingArgumentAreWarnings() throws Exception {
        ConfigDocument doc = parseMain("[s]\n#incldue a.conf\n#include\nx=1\n");
        assertEquals(List.of("x=1"), pairs(doc.sections().get(0)));
        assertEquals(List.of("Unknown directive '#incldue' at line 2 of pjsip.conf",
                "Directive '#include' needs an argument (filename) at line 3 of pjsip.conf"), doc.warnings());
    }

    @Test
    public void errorInAnIncludedFileNamesThatFile() throws Exception {
        write("conf.d/bad.conf", "[ok]\nx=1\n[broken\n");
        assertError(parseMainError("#include conf.d/bad.conf\n"), "conf.d/bad.conf", 3,
                "parse error: no closing ']'");
    }

    @Test
    public void entryInAnIncludedFileWithoutAnySectionIsAnError() throws Exception {
        write("orphan.conf", "; nothing yet\nx=1\n");
        assertError(parseMainError("#include orphan.conf\n"), "orphan.conf", 2, "parse error: No category context");
    }

    @Test
    public void missingMainFileIsAnIOException() throws Exception {
        try {
            new ConfigParser().parse(dir.resolve("absent.conf"));
            fail("expected an IOException");
        } catch (IOException expected) {
            // the file does not exist
        }
    }
}
