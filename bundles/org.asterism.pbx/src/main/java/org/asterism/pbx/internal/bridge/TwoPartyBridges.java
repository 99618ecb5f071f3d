package org.asterism.pbx.internal.bridge;

import java.util.UUID;
import java.util.concurrent.CompletionStage;
import org.asterism.media.api.Translator;
import org.asterism.pbx.api.Bridges;
import org.asterism.pbx.api.Channel;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Two-party bridges: native RTP relay when the media allows it, else frame relay with translation. */
@Component(service = Bridges.class)
public class TwoPartyBridges implements Bridges {

    private final Translator translator;

    @Activate
    public TwoPartyBridges(@Reference Translator translator) {
        this.translator = translator;
    }

    @Override
    public CompletionStage<Channel> bridge(Channel first, Channel second) {
        if (first == second) {
            throw new IllegalArgumentException("cannot bridge " + first.name() + " with itself");
        }
        TwoPartyBridge bridge = new TwoPartyBridge(UUID.randomUUID().toString(), first, second, translator);
        bridge.start();
        return bridge.ended();
    }
}
