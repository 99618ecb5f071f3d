package org.asterism.sip.core.internal.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import javax.sip.message.Message;
import javax.sip.message.Request;
import javax.sip.message.Response;
import javax.sip.header.CSeqHeader;

import org.asterism.sip.api.OutgoingSupplement;
import org.asterism.sip.api.SipRequestContext;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs the {@link OutgoingSupplement}s that concern a message's method, in ascending priority. */
@Component(service = SupplementChain.class)
public class SupplementChain {

    private static final Logger LOG = LoggerFactory.getLogger(SupplementChain.class);

    private volatile List<OutgoingSupplement> supplements = List.of();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    synchronized void addSupplement(OutgoingSupplement supplement) {
        List<OutgoingSupplement> next = new ArrayList<>(supplements);
        next.add(supplement);
        next.sort(Comparator.comparingInt(OutgoingSupplement::priority));
        supplements = List.copyOf(next);
    }

    synchronized void removeSupplement(OutgoingSupplement supplement) {
        List<OutgoingSupplement> next = new ArrayList<>(supplements);
        next.remove(supplement);
        supplements = List.copyOf(next);
    }

    public void apply(Message message, SipRequestContext request) {
        String method = method(message);
        for (OutgoingSupplement supplement : supplements) {
            if (supplement.methods().isEmpty() || supplement.methods().contains(method)) {
                try {
                    supplement.supplement(message, request);
                } catch (RuntimeException e) {
                    LOG.warn("Outgoing supplement {} failed on {}: {}", supplement, method, e.toString());
                }
            }
        }
    }

    private static String method(Message message) {
        if (message instanceof Request request) {
            return request.getMethod();
        }
        CSeqHeader cseq = (CSeqHeader) ((Response) message).getHeader(CSeqHeader.NAME);
        return cseq == null ? "" : cseq.getMethod();
    }
}
