package org.asterism.sip.security.internal;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

import org.asterism.sip.api.config.HostText;
import org.asterism.cli.CliCommand;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code pjsip show bans}: the policy, then every banned address, shaped like the other {@code pjsip show} lists. */
@Component(service = CliCommand.class)
public class ShowBansCommand implements CliCommand {

    private static final DateTimeFormatter SINCE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private final BanService bans;

    @Activate
    public ShowBansCommand(@Reference BanService bans) {
        this.bans = bans;
    }

    @Override
    public String command() {
        return "pjsip show bans";
    }

    @Override
    public String usage() {
        return "pjsip show bans - the addresses ignored after repeated security failures";
    }

    @Override
    public void execute(List<String> args, PrintStream out) {
        BanPolicy policy = bans.policy();
        if (!policy.enabled()) {
            out.println("Bans are off (enabled=false in " + BanService.PID + ").");
            return;
        }
        out.printf("Bans: %d failures within %d s ban an address for %d s. Never banned: %s%n%n", policy.failures(),
                policy.window().toSeconds(), policy.banTime().toSeconds(),
                policy.allow().isEmpty() ? "(none)" : policy.allow().stream().map(Object::toString).collect(Collectors.joining(", ")));
        List<Ban> current = bans.current();
        if (current.isEmpty()) {
            out.println("No objects found.");
            return;
        }
        out.println(" Ban:  <Address.......................................>  <Failures>  <Since (UTC)......>  <Ends in>");
        out.println("==========================================================================================");
        out.println();
        Instant now = bans.now();
        for (Ban ban : current) {
            out.printf(" Ban:  %-48s  %10d  %-19s  %s%n", HostText.address(ban.address()), ban.failures(),
                    SINCE.format(ban.since()), remaining(Duration.between(now, ban.until())));
        }
        out.println();
        out.println("Objects found: " + current.size());
    }

    private static String remaining(Duration left) {
        long seconds = Math.max(0, left.toSeconds());
        return seconds >= 60 ? seconds / 60 + "m " + seconds % 60 + "s" : seconds + "s";
    }
}
