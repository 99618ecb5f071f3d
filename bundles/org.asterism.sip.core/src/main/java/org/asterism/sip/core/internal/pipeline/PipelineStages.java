package org.asterism.sip.core.internal.pipeline;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The pipeline's whiteboards, gathered so the pipeline itself has one dependency per concern. */
@Component(service = PipelineStages.class)
public class PipelineStages {

    private final SipServiceRegistry services;
    private final IdentificationStage identification;
    private final AuthenticationStage authentication;
    private final ObserverBus observers;
    private final SupplementChain supplements;

    @Activate
    public PipelineStages(@Reference SipServiceRegistry services, @Reference IdentificationStage identification,
            @Reference AuthenticationStage authentication, @Reference ObserverBus observers, @Reference SupplementChain supplements) {
        this.services = services;
        this.identification = identification;
        this.authentication = authentication;
        this.observers = observers;
        this.supplements = supplements;
    }

    public SipServiceRegistry services() {
        return services;
    }

    IdentificationStage identification() {
        return identification;
    }

    AuthenticationStage authentication() {
        return authentication;
    }

    ObserverBus observers() {
        return observers;
    }

    SupplementChain supplements() {
        return supplements;
    }
}
