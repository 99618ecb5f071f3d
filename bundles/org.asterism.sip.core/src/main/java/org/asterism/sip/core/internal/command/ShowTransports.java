package org.asterism.sip.core.internal.command;

import java.io.PrintStream;
import java.util.List;

import org.asterism.cli.CliCommand;
import org.asterism.sip.api.config.HostText;
import org.asterism.sip.api.transport.TransportConfig;
import org.asterism.sip.core.internal.transport.TransportManager;
import org.asterism.sip.core.internal.transport.TransportStatus;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code pjsip show transports}, laid out as Asterisk prints it; a transport that is not listening says why. */
@Component(service = CliCommand.class)
public class ShowTransports implements CliCommand {

    static final String HEADER = "Transport:  <TransportId........>  <Type>  <cos>  <tos>  <BindAddress....................>";

    private final TransportManager transports;

    @Activate
    public ShowTransports(@Reference TransportManager transports) {
        this.transports = transports;
    }

    @Override
    public String command() {
        return "pjsip show transports";
    }

    @Override
    public String usage() {
        return "pjsip show transports - list the transports and where they listen";
    }

    @Override
    public void execute(List<String> args, PrintStream out) {
        print(transports.statuses(), out);
    }

    static void print(List<TransportStatus> statuses, PrintStream out) {
        out.println();
        out.println(HEADER);
        out.println("=".repeat(HEADER.length()));
        out.println();
        for (TransportStatus status : statuses) {
            TransportConfig config = status.config();
            out.printf("Transport:  %-21s  %6s  %5d  %5d  %s%s%n", config.id(), config.protocol(), config.cos(), config.tos(),
                    HostText.hostPort(config.bind()), status.state().equals("listening") ? "" : "  (" + status.problem().orElse(status.state()) + ")");
        }
        out.println();
        out.println("Objects found: " + statuses.size());
        out.println();
    }

}
