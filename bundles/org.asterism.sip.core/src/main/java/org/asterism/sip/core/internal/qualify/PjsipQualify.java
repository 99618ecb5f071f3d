package org.asterism.sip.core.internal.qualify;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;

import org.asterism.cli.CliCommand;
import org.asterism.cli.CliUsageException;
import org.asterism.sip.api.config.ConfigStore;
import org.asterism.sip.api.endpoint.Endpoint;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code pjsip qualify <endpoint>}: sends OPTIONS now to every contact of the endpoint's AoRs, as Asterisk's
 * {@code cli_qualify}; the outcomes show in the log and in the contact statuses, not here.
 */
@Component(service = CliCommand.class)
public class PjsipQualify implements CliCommand {

    private final ConfigStore config;
    private final QualifyScheduler qualify;

    @Activate
    public PjsipQualify(@Reference ConfigStore config, @Reference QualifyScheduler qualify) {
        this.config = config;
        this.qualify = qualify;
    }

    @Override
    public String command() {
        return "pjsip qualify";
    }

    @Override
    public String usage() {
        return "pjsip qualify <endpoint> - send a SIP OPTIONS request to all contacts on the endpoint";
    }

    @Override
    public void execute(List<String> args, PrintStream out) throws CliUsageException {
        if (args.size() != 1) {
            throw new CliUsageException("Usage: pjsip qualify <endpoint>");
        }
        String endpointName = args.get(0);
        Optional<Endpoint> endpoint = config.find(Endpoint.TYPE, endpointName, Endpoint.class);
        if (endpoint.isEmpty()) {
            out.println("Unable to retrieve endpoint " + endpointName);
            return;
        }
        if (endpoint.get().aors().isEmpty()) {
            out.println("No AORs configured for endpoint '" + endpointName + "'");
            return;
        }
        for (String aor : endpoint.get().aors()) {
            if (qualify.qualifyNow(aor.strip())) {
                out.println("Qualifying AOR '" + aor.strip() + "' on endpoint '" + endpointName + "'");
            }
        }
    }

    @Override
    public List<String> complete(List<String> args) {
        return args.isEmpty() ? config.all(Endpoint.TYPE, Endpoint.class).stream().map(Endpoint::id).toList() : List.of();
    }
}
