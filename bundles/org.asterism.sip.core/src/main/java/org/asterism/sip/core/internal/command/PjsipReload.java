package org.asterism.sip.core.internal.command;

import java.io.PrintStream;
import java.util.List;

import org.asterism.cli.CliCommand;
import org.asterism.sip.core.internal.sorcery.SorceryStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code pjsip reload}: re-reads pjsip.conf and swaps the objects in at once; the same as {@code module reload res_pjsip}. */
@Component(service = CliCommand.class)
public class PjsipReload implements CliCommand {

    private final SorceryStore store;

    @Activate
    public PjsipReload(@Reference SorceryStore store) {
        this.store = store;
    }

    @Override
    public String command() {
        return "pjsip reload";
    }

    @Override
    public String usage() {
        return "pjsip reload - re-read pjsip.conf from " + store.folder();
    }

    @Override
    public void execute(List<String> args, PrintStream out) {
        List<String> problems = store.reload();
        problems.forEach(out::println);
        out.println(problems.isEmpty() ? "PJSIP configuration reloaded from " + store.folder().resolve("pjsip.conf")
                : "PJSIP configuration reloaded with " + problems.size() + " problem line(s); see above");
    }
}
