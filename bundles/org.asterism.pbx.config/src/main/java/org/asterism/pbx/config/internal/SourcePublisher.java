package org.asterism.pbx.config.internal;

import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Map;

import org.asterism.pbx.api.dialplan.DialplanSource;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

/**
 * Registers the {@link DialplanSource} and changes its service properties on a reload, which is how the engine learns
 * that the contexts changed ({@code dialplan.generation}). A DS component cannot change its own service properties,
 * so this registration is made by hand.
 */
interface SourcePublisher {

    /** A registration whose properties can be replaced. */
    interface Published {
        void update(Map<String, Object> properties);

        void withdraw();
    }

    Published publish(DialplanSource source, Map<String, Object> properties);

    /** The OSGi one. */
    static SourcePublisher of(BundleContext context) {
        return (source, properties) -> {
            ServiceRegistration<DialplanSource> registration = context.registerService(DialplanSource.class, source,
                    dictionary(properties));
            return new Published() {
                @Override
                public void update(Map<String, Object> newProperties) {
                    registration.setProperties(dictionary(newProperties));
                }

                @Override
                public void withdraw() {
                    try {
                        registration.unregister();
                    } catch (IllegalStateException e) {
                        // already gone with the bundle
                    }
                }
            };
        };
    }

    private static Dictionary<String, Object> dictionary(Map<String, Object> properties) {
        return new Hashtable<>(properties);
    }
}
