package org.asterism.pbx.internal.command;

import java.io.PrintStream;
import java.util.List;
import org.asterism.cli.CliCommand;
import org.asterism.pbx.api.ChannelTechnology;
import org.asterism.pbx.internal.Technologies;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code core show channeltypes}, as main/channel.c prints it. Every technology here answers device state and
 * indications through the API; presence state and transfer are not part of it.
 */
@Component(service = CliCommand.class)
public class ShowChannelTypes implements CliCommand {

    private static final String FORMAT = "%-15.15s  %-40.40s %-13.13s %-13.13s %-13.13s %-13.13s\n";

    private final Technologies technologies;

    @Activate
    public ShowChannelTypes(@Reference Technologies technologies) {
        this.technologies = technologies;
    }

    @Override
    public String command() {
        return "core show channeltypes";
    }

    @Override
    public String usage() {
        return "core show channeltypes - list the channel types registered";
    }

    @Override
    public void execute(List<String> args, PrintStream out) {
        List<ChannelTechnology> all = technologies.all();
        StringBuilder text = new StringBuilder();
        text.append(String.format(FORMAT, "Type", "Description", "Devicestate", "Presencestate", "Indications", "Transfer"));
        text.append(String.format(FORMAT, "-------------", "-------------", "-------------", "-------------",
                "-------------", "-------------"));
        for (ChannelTechnology technology : all) {
            text.append(String.format(FORMAT, technology.type(), technology.description(), "yes", "no", "yes", "no"));
        }
        text.append("----------\n").append(all.size()).append(" channel drivers registered.\n");
        out.print(text);
    }
}
