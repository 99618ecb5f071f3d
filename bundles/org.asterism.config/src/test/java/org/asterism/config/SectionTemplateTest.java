package org.asterism.config;

import static org.asterism.config.Parsing.assertError;
import static org.asterism.config.Parsing.names;
import static org.asterism.config.Parsing.pairs;
import static org.asterism.config.Parsing.parse;
import static org.asterism.config.Parsing.parseError;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.junit.Test;

public class SectionTemplateTest {

    @Test
    public void sectionsKeepFileOrderNameAndHeaderLine() throws Exception {
        ConfigDocument doc = parse("[first]\na=1\n\n[second]\nb=2\n");
        assertEquals(List.of("first", "second"), names(doc));
        assertEquals(1, doc.sections().get(0).line());
        assertEquals(4, doc.sections().get(1).line());
        assertEquals("pjsip.conf", doc.sections().get(1).file());
        assertEquals(List.of("b=2"), pairs(doc.sections().get(1)));
    }

    @Test
    public void sameNamedSectionsStaySeparate() throws Exception {
        ConfigDocument doc = parse("[6001]\ntype=endpoint\n[6001]\ntype=aor\n");
        assertEquals(List.of("6001", "6001"), names(doc));
        assertEquals(List.of("type=endpoint"), pairs(doc.sections().get(0)));
        assertEquals(List.of("type=aor"), pairs(doc.sections().get(1)));
    }

    @Test
    public void templateIsNotASectionButIsInherited() throws Exception {
        ConfigDocument doc = parse("[tpl](!)\ncontext=internal\n[6001](tpl)\ncallerid=Alice\n");
        assertEquals(List.of("6001"), names(doc));
        ConfigSection section = doc.sections().get(0);
        assertEquals(List.of("tpl"), section.templates());
        assertEquals(List.of("context=internal", "callerid=Alice"), pairs(section));
        assertEquals(2, section.entries().get(0).line()); // inherited entry keeps the template's line
        assertEquals(4, section.entries().get(1).line());
    }

    @Test
    public void multipleInheritanceFollowsListedOrder() throws Exception {
        ConfigDocument doc = parse("[a](!)\nx=a\n[b](!)\nx=b\ny=b\n[s](b,a)\nx=own\n");
        ConfigSection s = doc.sections().get(0);
        assertEquals(List.of("b", "a"), s.templates());
        assertEquals(List.of("x=b", "y=b", "x=a", "x=own"), pairs(s));
        assertEquals("own", s.last("x").orElseThrow().value());
    }

    @Test
    public void templateOfTemplateIsInheritedRecursively() throws Exception {
        ConfigDocument doc = parse("[base](!)\nb=1\n[mid](!,base)\nm=2\n[leaf](mid)\nl=3\n");
        assertEquals(List.of("leaf"), names(doc));
        assertEquals(List.of("b=1", "m=2", "l=3"), pairs(doc.sections().get(0)));
        assertEquals(List.of("mid"), doc.sections().get(0).templates());
    }

    @Test
    public void bangMayComeAfterTemplates() throws Exception {
        ConfigDocument doc = parse("[base](!)\nb=1\n[mid](base,!)\nm=2\n[leaf](mid)\n");
        assertEquals(List.of("leaf"), names(doc));
        assertEquals(List.of("b=1", "m=2"), pairs(doc.sections().get(0)));
    }

    @Test
    public void inheritanceCopiesWhatTheBaseHasAtThatPoint() throws Exception {
        ConfigDocument doc = parse("[base]\na=1\n[copy](base)\n[base](+)\nb=2\n");
        assertEquals(List.of("a=1", "b=2"), pairs(doc.sections().get(0)));
        assertEquals(List.of("a=1"), pairs(doc.sections().get(1)));
    }

    @Test
    public void concreteSectionsCanBeInheritedFrom() throws Exception {
        ConfigDocument doc = parse("[base]\na=1\n[copy](base)\nb=2\n");
        assertEquals(List.of("base", "copy"), names(doc));
        assertEquals(List.of("a=1", "b=2"), pairs(doc.sections().get(1)));
    }

    @Test
    public void templateNamesMatchCaseInsensitivelyAndTheFirstOneWins() throws Exception {
        ConfigDocument doc = parse("[Tpl](!)\nv=first\n[tpl](!)\nv=second\n[s](TPL)\n");
        assertEquals(List.of("v=first"), pairs(doc.sections().get(0)));
        assertEquals(List.of("TPL"), doc.sections().get(0).templates());
    }

    @Test
    public void additionAppendsToTheFirstConcreteSectionOfThatName() throws Exception {
        ConfigDocument doc = parse("[6001]\ntype=endpoint\n[6001]\ntype=aor\n[other]\n[6001](+)\nallow=ulaw\n");
        assertEquals(List.of("6001", "6001", "other"), names(doc));
        ConfigSection endpoint = doc.sections().get(0);
        assertEquals(List.of("type=endpoint", "allow=ulaw"), pairs(endpoint));
        assertEquals(1, endpoint.line());
        assertEquals(7, endpoint.entries().get(1).line());
        assertEquals(List.of("type=aor"), pairs(doc.sections().get(1)));
    }

    @Test
    public void additionFilterPicksTheSectionWithMatchingEntries() throws Exception {
        ConfigDocument doc = parse("[6001]\ntype=endpoint\n[6001]\ntype=aor\n[6001](+type=aor)\nmax_contacts=1\n");
        assertEquals(List.of("type=endpoint"), pairs(doc.sections().get(0)));
        assertEquals(List.of("type=aor", "max_contacts=1"), pairs(doc.sections().get(1)));
    }

    @Test
    public void additionFilterWithSeveralExpressions() throws Exception {
        ConfigDocument doc = parse("[x]\ntype=aor\n[x]\ntype=aor\nqualify_frequency=10\n"
                + "[x](+type=aor&qualify_frequency=10)\nmax_contacts=2\n");
        assertEquals(List.of("type=aor"), pairs(doc.sections().get(0)));
        assertEquals(List.of("type=aor", "qualify_frequency=10", "max_contacts=2"), pairs(doc.sections().get(1)));
    }

    @Test
    public void additionWithTemplatesAppendsTheirEntries() throws Exception {
        ConfigDocument doc = parse("[t](!)\nt=1\n[s]\na=1\n[s](+,t)\nb=2\n");
        assertEquals(List.of("s"), names(doc));
        assertEquals(List.of("a=1", "t=1", "b=2"), pairs(doc.sections().get(0)));
        assertEquals(List.of("t"), doc.sections().get(0).templates());
    }

    @Test
    public void templatesListedBeforeThePlusAreAppendedToo() throws Exception {
        ConfigDocument doc = parse("[t](!)\nt=1\n[u](!)\nu=1\n[s]\na=1\n[s](t,+,u)\nb=2\n");
        assertEquals(List.of("s"), names(doc));
        assertEquals(List.of("a=1", "t=1", "u=1", "b=2"), pairs(doc.sections().get(0)));
        assertEquals(List.of("t", "u"), doc.sections().get(0).templates());
    }

    @Test
    public void additionFilterCanTargetTemplates() throws Exception {
        ConfigDocument doc = parse("[t](!)\nx=1\n[t](+TEMPLATES=include)\ny=2\n[u](t)\n");
        assertEquals(List.of("u"), names(doc));
        assertEquals(List.of("x=1", "y=2"), pairs(doc.sections().get(0)));

        // TEMPLATES=restrict skips the concrete [t] that a plain (+) would pick
        ConfigDocument restricted = parse("[t](!)\nx=1\n[t]\nx=1\n[t](+TEMPLATES=restrict)\ny=2\n[u](t)\n");
        assertEquals(List.of("t", "u"), names(restricted));
        assertEquals(List.of("x=1"), pairs(restricted.sections().get(0)));
        assertEquals(List.of("x=1", "y=2"), pairs(restricted.sections().get(1)));
    }

    @Test
    public void additionWithBangTurnsTheSectionIntoATemplate() throws Exception {
        ConfigDocument doc = parse("[s]\na=1\n[s](+,!)\n[u](s)\n");
        assertEquals(List.of("u"), names(doc));
        assertEquals(List.of("a=1"), pairs(doc.sections().get(0)));
    }

    @Test
    public void additionToAMissingSectionIsAnError() throws Exception {
        assertError(parseError("[a]\nx=1\n[b](+)\ny=2\n"), "pjsip.conf", 3,
                "Category addition requested, but category 'b' does not exist");
    }

    @Test
    public void additionDoesNotFindTemplates() throws Exception {
        assertError(parseError("[t](!)\nx=1\n[t](+)\ny=2\n"), "pjsip.conf", 3,
                "Category addition requested, but category 't' does not exist");
    }

    @Test
    public void additionFilterThatMatchesNothingIsAnError() throws Exception {
        assertError(parseError("[6001]\ntype=endpoint\n[6001](+type=aor)\n"), "pjsip.conf", 3,
                "Category addition requested, but category '6001' does not exist");
    }

    @Test
    public void missingTemplateIsAnError() throws Exception {
        assertError(parseError("[a](!)\n\n[s](a,nope)\n"), "pjsip.conf", 3,
                "Inheritance requested, but category 'nope' does not exist");
    }

    @Test
    public void templateMustBeDefinedBeforeItIsUsed() throws Exception {
        assertError(parseError("[s](later)\n[later](!)\nx=1\n"), "pjsip.conf", 1,
                "Inheritance requested, but category 'later' does not exist");
    }

    @Test
    public void optionsAreTakenAsWrittenLikeAsterisk() throws Exception {
        // config.c does not trim the comma-separated options: " b" is a different name
        assertError(parseError("[a](!)\n[b](!)\n[s](a, b)\n"), "pjsip.conf", 3,
                "Inheritance requested, but category ' b' does not exist");
    }

    @Test
    public void textAfterTheClosingBracketIsIgnored() throws Exception {
        ConfigDocument doc = parse("[s] trailing words\nx=1\n");
        assertEquals(List.of("s"), names(doc));
        assertTrue(doc.warnings().isEmpty());
    }

    @Test
    public void sectionsAndEntriesAreImmutable() throws Exception {
        ConfigDocument doc = parse("[s]\nx=1\n");
        assertUnsupported(() -> doc.sections().clear());
        assertUnsupported(() -> doc.sections().get(0).entries().clear());
        assertUnsupported(() -> doc.sections().get(0).all("x").clear());
        assertUnsupported(() -> doc.sections().get(0).templates().add("t"));
    }

    private static void assertUnsupported(Runnable change) {
        try {
            change.run();
        } catch (UnsupportedOperationException expected) {
            return;
        }
        throw new AssertionError("list is mutable");
    }
}
