package org.asterism.pbx.internal.command;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.asterism.cli.CliCommand;
import org.asterism.cli.CliUsageException;
import org.asterism.pbx.api.DialplanLocation;
import org.asterism.pbx.internal.ChannelRegistry;
import org.asterism.pbx.internal.CoreChannel;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code core show channels [concise|verbose|count]}, laid out as main/cli.c's handle_chanlist prints it. */
@Component(service = CliCommand.class)
public class ShowChannels implements CliCommand {

    private static final String FORMAT = "%-64.64s %-32.32s %-7.7s %-30.30s\n";
    private static final String VERBOSE_FORMAT = "%-80.80s %-24.24s %-24.24s %4d %-7.7s %-12.12s %-25.25s %-15.15s %8.8s %-11.11s %-11.11s %-20.20s\n";
    private static final String VERBOSE_HEADER = "%-80.80s %-24.24s %-24.24s %-4.4s %-7.7s %-12.12s %-25.25s %-15.15s %8.8s %-11.11s %-11.11s %-20.20s\n";
    /** Asterisk's default AMA flags, AST_AMA_DOCUMENTATION. */
    private static final int AMA_DOCUMENTATION = 3;

    private final ChannelRegistry channels;
    private final Clock clock;

    @Activate
    public ShowChannels(@Reference ChannelRegistry channels) {
        this(channels, Clock.systemUTC());
    }

    ShowChannels(ChannelRegistry channels, Clock clock) {
        this.channels = channels;
        this.clock = clock;
    }

    @Override
    public String command() {
        return "core show channels";
    }

    @Override
    public String usage() {
        return "core show channels [concise|verbose|count] - lists the channels and what they are doing";
    }

    @Override
    public List<String> complete(List<String> args) {
        return args.isEmpty() ? List.of("concise", "count", "verbose") : List.of();
    }

    @Override
    public void execute(List<String> args, PrintStream out) throws CliUsageException {
        String mode = "";
        if (args.size() == 1) {
            mode = args.get(0).toLowerCase(java.util.Locale.ROOT);
            if (!List.of("concise", "verbose", "count").contains(mode)) {
                throw new CliUsageException("");
            }
        } else if (args.size() > 1) {
            throw new CliUsageException("");
        }
        StringBuilder text = new StringBuilder();
        List<CoreChannel> live = channels.channels();
        switch (mode) {
            case "" -> {
                text.append(String.format(FORMAT, "Channel", "Location", "State", "Application(Data)"));
                live.forEach(channel -> text.append(brief(channel)));
            }
            case "verbose" -> {
                text.append(String.format(VERBOSE_HEADER, "Channel", "Context", "Extension", "Priority", "State",
                        "Application", "Data", "CallerID", "Duration", "Accountcode", "PeerAccount", "BridgeID"));
                live.forEach(channel -> text.append(verbose(channel)));
            }
            case "concise" -> live.forEach(channel -> text.append(concise(channel)));
            default -> { }
        }
        if (!mode.equals("concise")) {
            int calls = channels.activeCalls();
            long processed = channels.processedCalls();
            text.append(live.size()).append(" active channel").append(ess(live.size())).append('\n');
            text.append(calls).append(" active call").append(ess(calls)).append('\n');
            text.append(processed).append(" call").append(ess(processed)).append(" processed\n");
        }
        out.print(text);
    }

    private String brief(CoreChannel channel) {
        DialplanLocation location = channel.location();
        String where = "(None)";
        if (!location.context().isEmpty() && !location.exten().isEmpty()) {
            where = truncate(location.exten() + "@" + location.context() + ":" + location.priority());
        }
        String app = "(None)";
        if (!channel.application().isEmpty()) {
            app = truncate(channel.application() + "(" + channel.applicationData() + ")");
        }
        return String.format(FORMAT, channel.name(), where, channel.state().display(), app);
    }

    private String verbose(CoreChannel channel) {
        DialplanLocation location = channel.location();
        long seconds = seconds(channel);
        String duration = String.format("%02d:%02d:%02d", seconds / 3600, (seconds % 3600) / 60, seconds % 60);
        return String.format(VERBOSE_FORMAT, channel.name(), location.context(), location.exten(), location.priority(),
                channel.state().display(), orElse(channel.application(), "(None)"), orElse(channel.applicationData(), "(Empty)"),
                channel.callerId().number(), duration, channel.accountCode(), "", channel.bridgeId());
    }

    private String concise(CoreChannel channel) {
        DialplanLocation location = channel.location();
        return String.format("%s!%s!%s!%d!%s!%s!%s!%s!%s!%s!%d!%s!%s!%s\n", channel.name(), location.context(),
                location.exten(), location.priority(), channel.state().display(), orElse(channel.application(), "(None)"),
                channel.applicationData(), channel.callerId().number(), channel.accountCode(), "", AMA_DOCUMENTATION,
                seconds(channel), channel.bridgeId(), channel.uniqueId());
    }

    private long seconds(CoreChannel channel) {
        return Math.max(0, Duration.between(channel.created(), clock.instant()).toSeconds());
    }

    /** Asterisk builds these in 40-byte buffers before padding them. */
    private static String truncate(String text) {
        return text.length() > 39 ? text.substring(0, 39) : text;
    }

    private static String orElse(String text, String fallback) {
        return text.isEmpty() ? fallback : text;
    }

    static String ess(long count) {
        return count == 1 ? "" : "s";
    }
}
