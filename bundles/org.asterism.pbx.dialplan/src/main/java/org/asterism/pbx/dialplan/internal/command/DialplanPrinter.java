package org.asterism.pbx.dialplan.internal.command;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.asterism.pbx.dialplan.internal.PbxLog;
import org.asterism.pbx.dialplan.internal.match.ExtensionPattern;
import org.asterism.pbx.dialplan.internal.plan.CompiledContext;
import org.asterism.pbx.dialplan.internal.plan.CompiledDialplan;
import org.asterism.pbx.dialplan.internal.plan.CompiledExtension;
import org.asterism.pbx.dialplan.internal.plan.CompiledPriority;
import org.asterism.pbx.dialplan.internal.plan.Include;

/**
 * {@code dialplan show [[exten@]context]} in Asterisk's layout (pbx.c's {@code handle_show_dialplan} and
 * {@code show_dialplan_helper}): one block per context, each extension's first priority after its name and the others
 * below with their labels, includes, an empty line after each context, and the counting footer. With an extension,
 * only the matching extensions, and those of the included contexts.
 */
final class DialplanPrinter {

    /** pbx.c's AST_PBX_MAX_STACK. */
    private static final int MAX_STACK = 512;

    private final CompiledDialplan plan;
    private final PrintStream out;
    private final PbxLog log;
    private int totalContexts;
    private int totalExtensions;
    private int totalPriorities;
    private boolean contextExists;
    private boolean extensionExists;

    DialplanPrinter(CompiledDialplan plan, PrintStream out, PbxLog log) {
        this.plan = plan;
        this.out = out;
        this.log = log;
    }

    /** @param context the one context to show, null for all; @param exten the extension to show, null for all */
    void show(String context, String exten) {
        helper(context, exten, false, new ArrayList<>());
        if (context != null && !contextExists) {
            out.println("There is no existence of '" + context + "' context");
            return;
        }
        if (exten != null && !extensionExists) {
            out.println(context != null ? "There is no existence of " + exten + "@" + context + " extension"
                    : "There is no existence of '" + exten + "' extension in all contexts");
            return;
        }
        out.println("-= " + totalExtensions + " " + (totalExtensions == 1 ? "extension" : "extensions") + " ("
                + totalPriorities + " " + (totalPriorities == 1 ? "priority" : "priorities") + ") in " + totalContexts + " "
                + (totalContexts == 1 ? "context" : "contexts") + ". =-");
    }

    private void helper(String context, String exten, boolean included, List<String> includes) {
        for (CompiledContext c : plan.contexts()) {
            if (context != null && !c.name().equals(context)) {
                continue;
            }
            contextExists = true;
            boolean headerPrinted = false;
            if (exten == null) {
                totalContexts++;
                out.println("[ Context '" + c.name() + "' created by '" + c.registrar() + "' ]");
                headerPrinted = true;
            }
            for (CompiledExtension e : c.extensions()) {
                if (exten != null && !ExtensionPattern.matches(e.name(), exten)) {
                    continue;
                }
                extensionExists = true;
                if (!headerPrinted) {
                    totalContexts++;
                    out.println("[ " + (included ? "Included context" : "Context") + " '" + c.name() + "' created by '"
                            + c.registrar() + "' ]");
                    headerPrinted = true;
                }
                Iterator<CompiledPriority> priorities = e.priorities().iterator();
                CompiledPriority first = priorities.next();
                totalPriorities++;
                String name = e.callerIdMatch() != null ? "'" + e.name() + "' (CID match '" + e.callerIdMatch() + "') => "
                        : "'" + e.name() + "' =>";
                line(name, first);
                totalExtensions++;
                while (priorities.hasNext()) {
                    CompiledPriority p = priorities.next();
                    totalPriorities++;
                    line(p.label() != null ? "   [" + p.label() + "]" : "", p);
                }
            }
            for (Include include : c.includes()) {
                if (exten == null) {
                    out.println(String.format("  Include =>        %-45s [%s]", "'" + include.written() + "'", include.registrar()));
                } else if (includes.size() >= MAX_STACK) {
                    log.warning("Maximum include depth exceeded!");
                } else if (includes.stream().anyMatch(name -> name.equalsIgnoreCase(include.written()))) {
                    log.warning("Avoiding circular include of " + include.written() + " within " + context);
                } else {
                    List<String> deeper = new ArrayList<>(includes);
                    deeper.add(include.written());
                    helper(include.written(), exten, true, deeper);
                }
            }
            if (headerPrinted) {
                out.println();
            }
        }
    }

    private void line(String name, CompiledPriority p) {
        String what = p.isHint() ? "hint: " + p.data() : p.priority() + ". " + p.application() + "(" + p.data() + ")";
        if (p.file() != null && !p.file().isEmpty()) {
            out.println(String.format("  %-17s %-45s [%s:%d]", name, what, p.file(), p.line()));
        } else {
            out.println(String.format("  %-17s %-45s [%s]", name, what, p.registrar()));
        }
    }
}
