package org.asterism.sip.channel.internal.command;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.asterism.cli.CliCommand;
import org.asterism.pbx.api.Channel;
import org.asterism.pbx.api.Channels;
import org.asterism.sip.api.cli.CliContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code pjsip show channels}, laid out as chan_pjsip's {@code cli_channel_print_header}/{@code _body}: each PJSIP
 * channel with its application, state and age, then the dialled extension and connected line.
 */
@Component(service = CliCommand.class)
public class ShowChannels implements CliCommand {

    private static final String RULE = "=".repeat(CliContext.MAX_WIDTH);

    private final Channels channels;

    @Activate
    public ShowChannels(@Reference Channels channels) {
        this.channels = channels;
    }

    @Override
    public String command() {
        return "pjsip show channels";
    }

    @Override
    public String usage() {
        return "pjsip show channels";
    }

    @Override
    public void execute(List<String> args, PrintStream out) {
        out.print(render(channels.list().stream().filter(c -> "PJSIP".equals(c.technology()))
                .sorted(Comparator.comparing(Channel::name)).toList(), Instant.now()));
    }

    static String render(List<Channel> list, Instant now) {
        if (list.isEmpty()) {
            return "No objects found.\n\n";
        }
        CliContext context = new CliContext(true, false, false);
        context.append("\n");
        int filler = CliContext.LAST_TABSTOP - context.indent() - 13;
        context.line("Channel", ":  <ChannelId" + CliContext.dots(filler) + ">  <State.....>  <Time.....>\n");
        context.nested(() -> context.line("Exten",
                ": <DialedExten" + CliContext.dots(CliContext.LAST_TABSTOP - context.indent() - 38) + ">  CLCID: <ConnectedLineCID.......>\n"));
        context.append(RULE + "\n\n");
        for (Channel channel : list) {
            String name = channel.name() + "/" + channel.application();
            context.line("Channel", ": " + CliContext.column(name, CliContext.LAST_TABSTOP - context.indent()) + " "
                    + String.format("%-12.12s  %-11.11s", channel.state().display(), age(channel.created(), now)) + "\n");
            context.nested(() -> context.line("Exten", ": "
                    + CliContext.column(channel.location().exten(), CliContext.LAST_TABSTOP - context.indent() - 25)
                    + "  CLCID: \"" + channel.connectedLine().name() + "\" <" + channel.connectedLine().number() + ">\n"));
            context.append("\n");
        }
        context.append("\nObjects found: " + list.size() + "\n");
        return context.append("\n").output();
    }

    /** As {@code ast_format_duration_hh_mm_ss}. */
    private static String age(Instant created, Instant now) {
        long seconds = Math.max(0, Duration.between(created, now).getSeconds());
        return String.format("%02d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }
}
