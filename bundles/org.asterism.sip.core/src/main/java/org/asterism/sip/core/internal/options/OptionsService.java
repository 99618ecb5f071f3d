package org.asterism.sip.core.internal.options;

import java.text.ParseException;
import java.util.Locale;
import java.util.Set;

import javax.sip.header.HeaderFactory;

import javax.sip.message.Response;

import org.asterism.sip.api.Capabilities;
import org.asterism.sip.api.SipRequestContext;
import org.asterism.sip.api.SipService;
import org.osgi.service.component.annotations.Component;

/**
 * Answers OPTIONS to the server (RFC 3261 §11) with what is loaded at this moment: Allow, Accept and
 * Supported change as modules load and unload. Needs no endpoint, so load balancers and monitoring can
 * ping the server.
 */
@Component(service = SipService.class)
public class OptionsService implements SipService {

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
        Capabilities services = request.capabilities();
        Response response = request.createResponse(Response.OK);
        try {
            HeaderFactory headers = request.headerFactory();
            for (String method : services.allowedMethods()) {
                response.addHeader(headers.createAllowHeader(method));
            }
            // An empty Accept says no body is acceptable (RFC 3261 §20.1), which is true until a module accepts one.
            if (services.acceptedContentTypes().isEmpty()) {
                response.addHeader(headers.createHeader("Accept", ""));
            }
            for (String type : services.acceptedContentTypes()) {
                int slash = type.indexOf('/');
                response.addHeader(headers.createAcceptHeader(type.substring(0, slash), type.substring(slash + 1)));
            }
            if (services.supportedOptions().isEmpty()) {
                response.addHeader(headers.createHeader("Supported", ""));
            }
            for (String option : services.supportedOptions()) {
                response.addHeader(headers.createSupportedHeader(option));
            }
            response.addHeader(headers.createAcceptEncodingHeader("text/plain"));
            response.addHeader(headers.createAcceptLanguageHeader(Locale.ENGLISH));
        } catch (ParseException e) {
            throw new IllegalStateException("OPTIONS headers", e);
        }
        request.send(response);
        return true;
    }
}
