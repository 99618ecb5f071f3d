package org.asterism.sip.identifier.ip.internal;

import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;

import javax.naming.Context;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.Attribute;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;

/**
 * SRV lookups through the JDK's DNS naming provider, with the system's name servers. Runs only on the
 * resolver's thread; any failure (no record, no server, timeout) is simply no targets.
 */
final class JndiSrvLookup implements HostResolver.SrvLookup {

    @Override
    public List<String> targets(String service) {
        List<String> targets = new ArrayList<>();
        DirContext context = null;
        try {
            context = new InitialDirContext(environment());
            Attribute records = context.getAttributes(service, new String[] { "SRV" }).get("SRV");
            if (records == null) {
                return targets;
            }
            NamingEnumeration<?> values = records.getAll();
            while (values.hasMore()) {
                // "priority weight port target."
                String[] fields = values.next().toString().trim().split("\\s+");
                if (fields.length == 4 && !fields[3].equals(".")) {
                    String target = fields[3];
                    targets.add(target.endsWith(".") ? target.substring(0, target.length() - 1) : target);
                }
            }
        } catch (NamingException | RuntimeException e) {
            // no SRV records: the caller falls back to the name itself
        } finally {
            if (context != null) {
                try {
                    context.close();
                } catch (NamingException e) {
                    // nothing held
                }
            }
        }
        return targets;
    }

    /** The JDK's DNS provider with the system's name servers; 2 s, then 4 s, then 8 s before giving up. */
    private static Hashtable<String, String> environment() {
        Hashtable<String, String> environment = new Hashtable<>();
        environment.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.dns.DnsContextFactory");
        environment.put(Context.PROVIDER_URL, "dns:");
        environment.put("com.sun.jndi.dns.timeout.initial", "2000");
        environment.put("com.sun.jndi.dns.timeout.retries", "3");
        return environment;
    }
}
