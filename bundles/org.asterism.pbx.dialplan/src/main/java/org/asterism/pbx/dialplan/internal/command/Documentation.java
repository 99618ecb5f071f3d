package org.asterism.pbx.dialplan.internal.command;

import java.io.PrintStream;

import org.asterism.pbx.dialplan.internal.Documented;

/** The "-= Info about ... =-" page of {@code core show application} and {@code core show function}. */
final class Documentation {

    private static final String NONE = "Not available";

    private Documentation() {
    }

    static void print(PrintStream out, String kind, String name, String synopsis, Object service) {
        Documented docs = service instanceof Documented d ? d : null;
        StringBuilder page = new StringBuilder();
        page.append('\n').append("  -= Info about ").append(kind).append(" '").append(name).append("' =- \n\n");
        section(page, "[Synopsis]", synopsis == null || synopsis.isEmpty() ? NONE : synopsis);
        section(page, "[Provided By]", docs != null ? "core" : NONE);
        section(page, "[Since]", docs != null ? docs.since() : NONE);
        section(page, "[Description]", docs != null ? docs.description() : NONE);
        section(page, "[Syntax]", docs != null ? docs.syntax() : NONE);
        section(page, "[Arguments]", docs != null ? docs.arguments() : NONE);
        section(page, "[See Also]", docs != null ? docs.seeAlso() : NONE);
        out.print(page);
    }

    private static void section(StringBuilder page, String title, String text) {
        page.append(title).append('\n').append(text).append("\n\n");
    }
}
