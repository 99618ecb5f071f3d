package org.asterism.pbx.config.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.asterism.config.ConfigParser;
import org.asterism.pbx.api.dialplan.DialplanContext;
import org.asterism.pbx.api.dialplan.DialplanEntry;
import org.junit.Test;

public class ExtensionsParserTest {

    private static ParsedDialplan parse(String text) throws Exception {
        return new ExtensionsParser().parse(new ConfigParser().parse("extensions.conf", text, Path.of(".")));
    }

    private static List<String> problems(ParsedDialplan parsed) {
        return parsed.problems().stream().map(p -> (p.error() ? "ERROR: " : "WARNING: ") + p.message())
                .collect(Collectors.toList());
    }

    private static DialplanContext context(ParsedDialplan parsed, String name) {
        return parsed.contexts().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    /** Each entry as "pattern[/cid],priority[(label)],App(data) @line". */
    private static List<String> entries(DialplanContext context) {
        return context.entries().stream().map(e -> e.pattern() + e.callerIdMatch().map(c -> "/" + c).orElse("") + ","
                + (e.priority() == DialplanEntry.HINT ? "hint" : Integer.toString(e.priority()))
                + e.label().map(l -> "(" + l + ")").orElse("") + "," + e.application() + "(" + e.data() + ") @" + e.line())
                .collect(Collectors.toList());
    }

    @Test
    public void extenSameAndPriorities() throws Exception {
        ParsedDialplan parsed = parse("[default]\n"
                + "exten => 100,1,Answer()\n"
                + " same => n,Playback(demo-congrats)\n"
                + " same => n(done),Hangup()\n"
                + "exten => 101,1(start),NoOp(a,b)\n"
                + "exten => 101,n,Set(X=(1))\n"
                + "exten => 101,s,NoOp(same as last)\n"
                + "exten => 101,start+5,NoOp(relative to a label)\n"
                + "exten => 101,n+2,NoOp(skip)\n"
                + "exten => 102,hint,PJSIP/102&PJSIP/103\n"
                + "exten => s,1,NoOp\n");
        assertEquals(List.of(
                "100,1,Answer() @2",
                "100,2,Playback(demo-congrats) @3",
                "100,3(done),Hangup() @4",
                "101,1(start),NoOp(a,b) @5",
                "101,2,Set(X=(1)) @6",
                "101,6,NoOp(relative to a label) @8",
                "101,9,NoOp(skip) @9",
                "102,hint,(PJSIP/102&PJSIP/103) @10",
                "s,1,NoOp() @11"), entries(context(parsed, "default")));
        assertEquals(List.of(
                "WARNING: Unable to register extension '101' priority 2 in 'default', already in use",
                "WARNING: Unable to register extension at line 7 of extensions.conf (context 'default')"),
                problems(parsed));
    }

    @Test
    public void callerIdAndPatternsWithCommasInSets() throws Exception {
        ParsedDialplan parsed = parse("[default]\n"
                + "exten => 100/_2XX,1,NoOp(internal)\n"
                + "exten => 100/(555) 123-4567,1,NoOp(boss)\n"
                + "exten => _[1,2]XX,1,NoOp(set with a comma)\n"
                + " same => n,NoOp(same pattern)\n"
                + "exten => 300/_2XX,1,NoOp(first)\n"
                + " same => n,NoOp(keeps the caller ID)\n");
        assertEquals(List.of(
                "100/_2XX,1,NoOp(internal) @2",
                "100/5551234567,1,NoOp(boss) @3",
                "_[1,2]XX,1,NoOp(set with a comma) @4",
                "_[1,2]XX,2,NoOp(same pattern) @5",
                "300/_2XX,1,NoOp(first) @6",
                "300/_2XX,2,NoOp(keeps the caller ID) @7"), entries(context(parsed, "default")));
        assertTrue(parsed.problems().isEmpty());
    }

    @Test
    public void everyErrorAsPbxConfigWordsIt() throws Exception {
        ParsedDialplan parsed = parse("[default]\n"
                + "same => n,NoOp(no exten yet)\n"           // 2
                + "exten => 100,n,NoOp(no previous)\n"       // 3
                + "exten => 100,s,NoOp(no previous)\n"       // 4
                + "exten => 100,one,NoOp(not a number)\n"    // 5
                + "exten => 100,0,NoOp(zero)\n"              // 6
                + "exten => 100,1(lbl,NoOp(label)\n"         // 7
                + "exten => 100,1,NoOp(unclosed\n"           // 8
                + "exten => 100,1,NoOp(again)\n"             // 9
                + "exten => 100,2(x),NoOp()\n"               // 10
                + "exten => 100,3(x),NoOp()\n"               // 11
                + "exten => ,1,NoOp(no name)\n"              // 12
                + "exten => _.,1,NoOp(everything)\n"         // 13
                + "include => other\n"                       // 14
                + "include => other\n"                       // 15
                + "switch => IAX2/user@peer/context\n"       // 16
                + "frobnicate => yes\n"                      // 17
                + "ignorepat => 9\n"                         // 18
                + "[other]\n"
                + "[general]\n"
                + "colour = blue\n");                        // 21
        assertEquals(List.of(
                "ERROR: No previous pattern in the first entry of context 'default' to match 'same' at line 2 of extensions.conf!",
                "WARNING: Can't use 'next' priority on the first entry at line 3 of extensions.conf! (context 'default')",
                "WARNING: Can't use 'same' priority on the first entry at line 4 of extensions.conf! (context 'default')",
                "WARNING: Invalid priority/label 'one' at line 5 of extensions.conf (context 'default')",
                "WARNING: Invalid priority '0' at line 6 of extensions.conf (context 'default')",
                "WARNING: Label missing trailing ')' at line 7 of extensions.conf (context 'default')",
                "WARNING: No closing parenthesis found? 'NoOp(unclosed' at line 8 of extensions.conf (context 'default')",
                "WARNING: Unable to register extension '100' priority 1 in 'default', already in use",
                "WARNING: Unable to register extension at line 9 of extensions.conf (context 'default')",
                "WARNING: Extension '100' priority 3 in 'default', label 'x' already in use at priority 2",
                "ERROR: You have to be kidding-- add exten '' to context default? Figure out a name and call me back. Action ignored.",
                "WARNING: Unable to register extension at line 12 of extensions.conf (context 'default')",
                "WARNING: The use of '_.' for an extension is strongly discouraged and can have unexpected behavior.  "
                        + "Please use '_X.' instead at line 13 of extensions.conf (context 'default')",
                "WARNING: Context 'other' already included in 'default' context on include at line 15 of extensions.conf",
                "WARNING: Unable to include switch 'IAX2/user@peer/context' in context 'default' at line 16 of "
                        + "extensions.conf (alternative switches are not supported)",
                "WARNING: ==!!== Unknown directive: frobnicate at line 17 of extensions.conf -- IGNORING!!! (context 'default')",
                "WARNING: Unknown option 'colour' in [general] at line 21 of extensions.conf, ignored"),
                problems(parsed));
        // only the bad lines were dropped
        assertEquals(List.of(
                "100,1,NoOp(unclosed) @8",
                "100,2(x),NoOp() @10",
                "100,3,NoOp() @11",
                "_.,1,NoOp(everything) @13"), entries(context(parsed, "default")));
        assertEquals(List.of("other"), context(parsed, "default").includes());
    }

    @Test
    public void generalAndGlobals() throws Exception {
        ParsedDialplan parsed = parse("[general]\nstatic=yes\nwriteprotect=no\nclearglobalvars=yes\n"
                + "extenpatternmatchnew=no\nautofallthrough=no\n"
                + "[globals]\nTRUNK=PJSIP/trunk\nPREFIX=9\n[GLOBALS]\nOTHER=${TRUNK}\n");
        assertTrue(parsed.clearGlobals());
        assertEquals(Map.of("TRUNK", "PJSIP/trunk", "PREFIX", "9", "OTHER", "${TRUNK}"), parsed.globals());
        assertEquals(List.of("TRUNK", "PREFIX", "OTHER"), List.copyOf(parsed.globals().keySet()));
        assertTrue(parsed.contexts().isEmpty());
        assertEquals(List.of("WARNING: autofallthrough=no is not supported at line 6 of extensions.conf: a call that "
                + "runs out of priorities is hung up, as with autofallthrough=yes"), problems(parsed));
    }

    @Test
    public void sectionsOfTheSameNameAreOneContextAndTemplatesApply() throws Exception {
        ParsedDialplan parsed = parse("[macro-like](!)\nexten => s,1,NoOp(from template)\n"
                + "[default](macro-like)\nexten => 100,1,NoOp(a)\n"
                + "[default]\nsame => n,NoOp(no previous pattern here)\nexten => 101,1,NoOp(b)\n"
                + "[default](+)\nexten => 101,2,NoOp(c)\n");
        assertEquals(1, parsed.contexts().size());
        // (+) adds to the first [default], as config.c does; the engine sorts priorities anyway
        assertEquals(List.of("s,1,NoOp(from template) @2", "100,1,NoOp(a) @4", "101,2,NoOp(c) @9", "101,1,NoOp(b) @7"),
                entries(context(parsed, "default")));
        assertEquals(1, parsed.problems().size()); // "same" at the top of the second [default]
        assertEquals("pbx_config", parsed.contexts().get(0).registrar());
    }

    @Test
    public void includedFilesNameTheirOwnFile() throws Exception {
        Path dir = java.nio.file.Files.createTempDirectory("extensions");
        java.nio.file.Files.writeString(dir.resolve("extensions_custom.conf"), "exten => 300,1,NoOp(custom)\n");
        ParsedDialplan parsed = new ExtensionsParser().parse(new ConfigParser().parse("extensions.conf",
                "[default]\nexten => 100,1,NoOp()\n#include extensions_custom.conf\n", dir));
        DialplanEntry custom = context(parsed, "default").entries().get(1);
        assertEquals("extensions_custom.conf", custom.file());
        assertEquals(1, custom.line());
        assertFalse(custom.label().isPresent());
        assertEquals(Optional.empty(), custom.callerIdMatch());
    }
}
