package org.asterism.pbx.internal.command;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.asterism.cli.CliCommand;
import org.asterism.cli.CliUsageException;
import org.asterism.pbx.api.Channel;
import org.asterism.pbx.api.HangupCause;
import org.asterism.pbx.internal.ChannelRegistry;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code channel request hangup <all>|<channel> [<channel> ...]}, as main/cli.c's handle_softhangup: a name, a
 * {@code /regex/}, or a glob whose wildcards do not cross a slash; each channel hung up is named.
 */
@Component(service = CliCommand.class)
public class RequestHangup implements CliCommand {

    private final ChannelRegistry channels;

    @Activate
    public RequestHangup(@Reference ChannelRegistry channels) {
        this.channels = channels;
    }

    @Override
    public String command() {
        return "channel request hangup";
    }

    @Override
    public String usage() {
        return "channel request hangup <all>|<channel> [<channel> ...] - request that channels be hung up";
    }

    @Override
    public List<String> complete(List<String> args) {
        List<String> names = new ArrayList<>();
        if (args.isEmpty()) {
            names.add("all");
        }
        channels.channels().forEach(channel -> names.add(channel.name()));
        return names;
    }

    @Override
    public void execute(List<String> args, PrintStream out) throws CliUsageException {
        if (args.isEmpty()) {
            throw new CliUsageException("");
        }
        if (args.get(0).equalsIgnoreCase("all")) {
            hangupMatching(channel -> true, out);
            return;
        }
        for (String arg : args) {
            Optional<Channel> named = channels.find(arg);
            if (named.isPresent()) {
                hangup(named.get(), out);
            } else if (arg.length() > 1 && arg.startsWith("/") && arg.endsWith("/")) {
                Pattern regex;
                try {
                    regex = Pattern.compile(arg.substring(1, arg.length() - 1), Pattern.CASE_INSENSITIVE);
                } catch (PatternSyntaxException e) {
                    out.println(arg + " is not a valid POSIX Extended Regular Expression: " + e.getDescription());
                    continue;
                }
                if (hangupMatching(channel -> regex.matcher(channel.name()).find(), out) == 0) {
                    out.println(arg + " did not match a known channel");
                }
            } else if (arg.chars().anyMatch(c -> c == '?' || c == '*' || c == '[')) {
                Pattern glob = glob(arg);
                if (hangupMatching(channel -> glob.matcher(channel.name()).matches(), out) == 0) {
                    out.println(arg + " did not match a known channel");
                }
            } else {
                out.println(arg + " is not a known channel");
            }
        }
    }

    private int hangupMatching(Predicate<Channel> matches, PrintStream out) {
        int matched = 0;
        for (Channel channel : channels.list()) {
            if (matches.test(channel)) {
                hangup(channel, out);
                matched++;
            }
        }
        return matched;
    }

    private static void hangup(Channel channel, PrintStream out) {
        out.println("Requested Hangup on channel '" + channel.name() + "'");
        channel.hangup(HangupCause.NORMAL_CLEARING);
    }

    /** fnmatch with FNM_PATHNAME | FNM_CASEFOLD: * and ? never match a slash. */
    static Pattern glob(String glob) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            switch (c) {
                case '*' -> regex.append("[^/]*");
                case '?' -> regex.append("[^/]");
                case '[' -> {
                    int close = glob.indexOf(']', i + 1);
                    if (close < 0) {
                        regex.append("\\[");
                    } else {
                        String set = glob.substring(i + 1, close);
                        if (set.startsWith("!")) {
                            set = "^" + set.substring(1);
                        }
                        regex.append('[').append(set.replace("\\", "\\\\")).append(']');
                        i = close;
                    }
                }
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE);
    }
}
