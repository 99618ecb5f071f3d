package org.asterism.sip.core.internal.options;

import java.text.ParseException;
import java.util.Set;

import javax.sip.message.Response;

import org.asterism.sip.api.SipRequestContext;
import org.asterism.sip.api.SipService;
import org.asterism.sip.core.internal.pipeline.PipelineStages;
import org.asterism.sip.core.internal.pipeline.SipServiceRegistry;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Answers OPTIONS to the server (RFC 3261 §11) with what is loaded at this moment: Allow, Accept and
 * Supported change as modules load and unload. Needs no endpoint, so load balancers and monitoring can
 * ping the server.
 */
@Component(service = SipService.class)
public class OptionsService implements SipService {

    private final PipelineStages stages;

    @Activate
    public OptionsService(@Reference PipelineStages stages) {
        this.stages = stages;
    }

    @Override
    public Set<String> methods() {
        return Set.of("OPTIONS");
    }

    @Override
    public boolean requiresEndpoint() {
        return false;
    }

    @Override
    public boolean handle(SipRequestContext request) {
        SipServiceRegistry.Services services = stages.services().current();
        Response response = request.createResponse(Response.OK);
        try {
            var headers = request.headerFactory();
            response.addHeader(headers.createHeader("Allow", String.join(", ", services.methods())));
            // An empty Accept says no body is acceptable (RFC 3261 §20.1), which is true until a module accepts one.
            response.addHeader(headers.createHeader("Accept", String.join(", ", services.acceptedContentTypes())));
            response.addHeader(headers.createHeader("Supported", String.join(", ", services.supportedOptions())));
            response.addHeader(headers.createHeader("Accept-Encoding", "text/plain"));
            response.addHeader(headers.createHeader("Accept-Language", "en"));
        } catch (ParseException e) {
            throw new IllegalStateException("OPTIONS headers", e);
        }
        request.send(response);
        return true;
    }
}
