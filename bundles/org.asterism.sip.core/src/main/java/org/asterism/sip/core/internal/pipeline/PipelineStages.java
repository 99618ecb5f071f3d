package org.asterism.sip.core.internal.pipeline;

import org.asterism.sip.core.internal.security.SourceFilters;
import org.asterism.sip.core.internal.security.UnidentifiedRequests;
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
    private final SourceFilters sourceFilters;
    private final UnidentifiedRequests unidentified;

    @Activate
    public PipelineStages(@Reference SipServiceRegistry services, @Reference IdentificationStage identification,
            @Reference AuthenticationStage authentication, @Reference ObserverBus observers, @Reference SupplementChain supplements,
            @Reference SourceFilters sourceFilters, @Reference UnidentifiedRequests unidentified) {
        this.services = services;
        this.identification = identification;
        this.authentication = authentication;
        this.observers = observers;
        this.supplements = supplements;
        this.sourceFilters = sourceFilters;
        this.unidentified = unidentified;
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

    SourceFilters sourceFilters() {
        return sourceFilters;
    }

    UnidentifiedRequests unidentified() {
        return unidentified;
    }
}
