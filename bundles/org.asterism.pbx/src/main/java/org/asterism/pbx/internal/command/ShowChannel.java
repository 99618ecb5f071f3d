package org.asterism.pbx.internal.command;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.asterism.cli.CliCommand;
import org.asterism.cli.CliUsageException;
import org.asterism.media.api.Format;
import org.asterism.pbx.api.CallerId;
import org.asterism.pbx.api.Channel;
import org.asterism.pbx.internal.ChannelRegistry;
import org.asterism.pbx.internal.CoreChannel;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code core show channel <name>}: the General and PBX parts of main/cli.c's handle_showchan and the variables;
 * what Asterism does not have (LinkedID, DNID, groups, call identifiers, CDR, streams) is left out.
 */
@Component(service = CliCommand.class)
public class ShowChannel implements CliCommand {

    private final ChannelRegistry channels;
    private final Clock clock;

    @Activate
    public ShowChannel(@Reference ChannelRegistry channels) {
        this(channels, Clock.systemUTC());
    }

    ShowChannel(ChannelRegistry channels, Clock clock) {
        this.channels = channels;
        this.clock = clock;
    }

    @Override
    public String command() {
        return "core show channel";
    }

    @Override
    public String usage() {
        return "core show channel <channel> - shows lots of information about the specified channel";
    }

    @Override
    public List<String> complete(List<String> args) {
        return args.isEmpty() ? channels.channels().stream().map(Channel::name).toList() : List.of();
    }

    @Override
    public void execute(List<String> args, PrintStream out) throws CliUsageException {
        if (args.size() != 1) {
            throw new CliUsageException("");
        }
        Optional<Channel> found = channels.find(args.get(0));
        if (found.isEmpty()) {
            out.println(args.get(0) + " is not a known channel");
            return;
        }
        Channel channel = found.get();
        long elapsed = Math.max(0, Duration.between(channel.created(), clock.instant()).toSeconds());
        CallerId caller = channel.callerId();
        CallerId connected = channel.connectedLine();
        String formats = channel.nativeFormats().stream().map(Format::name).collect(Collectors.joining("|"));
        String bridge = channel instanceof CoreChannel core && !core.bridgeId().isEmpty() ? core.bridgeId() : "(Not bridged)";
        StringBuilder text = new StringBuilder();
        text.append(" -- General --\n");
        line(text, "           Name: ", channel.name());
        line(text, "           Type: ", channel.technology());
        line(text, "       UniqueID: ", channel.uniqueId());
        line(text, "      Caller ID: ", orElse(caller.number(), "(N/A)"));
        line(text, " Caller ID Name: ", orElse(caller.name(), "(N/A)"));
        line(text, "Connected Line ID: ", orElse(connected.number(), "(N/A)"));
        line(text, "Connected Line ID Name: ", orElse(connected.name(), "(N/A)"));
        line(text, "       Language: ", channel.language());
        line(text, "          State: ", channel.state().display() + " (" + channel.state().ordinal() + ")");
        line(text, "  NativeFormats: ", "(" + formats + ")");
        line(text, "   Elapsed Time: ", (elapsed / 3600) + "h" + ((elapsed % 3600) / 60) + "m" + (elapsed % 60) + "s");
        line(text, "      Bridge ID: ", bridge);
        text.append(" --   PBX   --\n");
        line(text, "        Context: ", channel.location().context());
        line(text, "      Extension: ", channel.location().exten());
        line(text, "       Priority: ", Integer.toString(channel.location().priority()));
        line(text, "    Application: ", orElse(channel.application(), "(N/A)"));
        line(text, "           Data: ", orElse(channel.applicationData(), "(Empty)"));
        text.append("      Variables:\n");
        for (Map.Entry<String, String> variable : channel.variables().entrySet()) {
            text.append(variable.getKey()).append('=').append(variable.getValue()).append('\n');
        }
        out.print(text);
    }

    private static void line(StringBuilder text, String label, String value) {
        text.append(label).append(value).append('\n');
    }

    private static String orElse(String text, String fallback) {
        return text.isEmpty() ? fallback : text;
    }
}
