package org.asterism.sip.logger.internal;

import java.io.PrintStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

import org.asterism.cli.CliCommand;
import org.asterism.cli.CliUsageException;
import org.asterism.sip.api.MessageObserver;
import org.asterism.sip.api.SipMessageTrace;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code pjsip set logger on|off|host <address>}: writes every SIP message in and out to the log. The
 * observer is registered only while logging is on, so a server with the logger off pays nothing for it.
 */
@Component(service = CliCommand.class)
public class PacketLogger implements CliCommand {

    private static final Logger TRACE = LoggerFactory.getLogger("org.asterism.sip.logger");

    private final BundleContext context;
    private ServiceRegistration<MessageObserver> registration;

    @Activate
    public PacketLogger(BundleContext context) {
        this.context = context;
    }

    @Deactivate
    synchronized void deactivate() {
        stop();
    }

    @Override
    public String command() {
        return "pjsip set logger";
    }

    @Override
    public String usage() {
        return "pjsip set logger {on|off|host <address>} - log every SIP message, or those to and from one host";
    }

    @Override
    public List<String> complete(List<String> args) {
        return args.isEmpty() ? List.of("on", "off", "host") : List.of();
    }

    @Override
    public synchronized void execute(List<String> args, PrintStream out) throws CliUsageException {
        String mode = args.isEmpty() ? "" : args.get(0).toLowerCase(Locale.ROOT);
        switch (mode) {
            case "on" -> {
                start(null);
                out.println("PJSIP Logging enabled");
            }
            case "off" -> {
                stop();
                out.println("PJSIP Logging disabled");
            }
            case "host" -> {
                if (args.size() != 2) {
                    throw new CliUsageException("A host address is needed");
                }
                start(address(args.get(1)));
                out.println("PJSIP Logging Enabled for host: " + args.get(1));
            }
            default -> throw new CliUsageException("");
        }
    }

    private void start(InetAddress host) {
        stop();
        MessageObserver observer = trace -> {
            if (host == null || host.equals(trace.remote().getAddress())) {
                TRACE.info("{}", TraceFormatter.format(trace));
            }
        };
        registration = context.registerService(MessageObserver.class, observer, null);
    }

    private void stop() {
        if (registration != null) {
            try {
                registration.unregister();
            } catch (IllegalStateException e) {
                // already gone with the bundle
            }
            registration = null;
        }
    }

    private static InetAddress address(String text) throws CliUsageException {
        boolean literal = text.indexOf(':') >= 0 || text.chars().allMatch(c -> c == '.' || Character.isDigit(c));
        if (!literal) {
            throw new CliUsageException("'" + text + "' is not an IP address");
        }
        try {
            return InetAddress.getByName(text);
        } catch (UnknownHostException e) {
            throw new CliUsageException("'" + text + "' is not an IP address");
        }
    }
}
