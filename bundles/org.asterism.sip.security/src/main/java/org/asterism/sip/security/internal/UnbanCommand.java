package org.asterism.sip.security.internal;

import java.io.PrintStream;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.asterism.cli.CliCommand;
import org.asterism.cli.CliUsageException;
import org.asterism.sip.api.config.HostText;
import org.asterism.sip.api.config.IpLiteral;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code pjsip unban <address>|all}: lifts bans now. */
@Component(service = CliCommand.class)
public class UnbanCommand implements CliCommand {

    private final BanService bans;

    @Activate
    public UnbanCommand(@Reference BanService bans) {
        this.bans = bans;
    }

    @Override
    public String command() {
        return "pjsip unban";
    }

    @Override
    public String usage() {
        return "pjsip unban {<address>|all} - lift the ban of an address, or every ban";
    }

    @Override
    public List<String> complete(List<String> args) {
        if (!args.isEmpty()) {
            return List.of();
        }
        List<String> candidates = new ArrayList<>(List.of("all"));
        bans.current().forEach(ban -> candidates.add(HostText.address(ban.address())));
        return candidates;
    }

    @Override
    public void execute(List<String> args, PrintStream out) throws CliUsageException {
        if (args.size() != 1) {
            throw new CliUsageException("");
        }
        String target = args.get(0);
        if (target.equalsIgnoreCase("all")) {
            out.println("Lifted " + bans.liftAll() + " ban(s).");
            return;
        }
        Optional<InetAddress> address = IpLiteral.parse(target);
        if (address.isEmpty()) {
            throw new CliUsageException("'" + target + "' is not an IP address");
        }
        out.println(bans.lift(address.get()) ? "Lifted the ban of " + HostText.address(address.get()) + "."
                : HostText.address(address.get()) + " is not banned.");
    }
}
