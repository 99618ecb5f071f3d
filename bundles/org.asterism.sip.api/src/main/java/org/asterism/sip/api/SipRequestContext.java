package org.asterism.sip.api;

import java.net.InetSocketAddress;
import java.util.Optional;

import javax.sip.address.AddressFactory;
import javax.sip.header.HeaderFactory;
import javax.sip.message.MessageFactory;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.osgi.annotation.versioning.ProviderType;

/**
 * One request received by the core, as seen by pipeline stages and services.
 *
 * <p>It may be answered from any thread, now or later, which is how a service that must do I/O (a
 * database, DNS) keeps the SIP threads free: take the request, do the work on an executor, then
 * {@link #send(Response)}. Each request gets exactly one final response; the core answers 500 for a
 * request whose service threw.
 */
@ProviderType
public interface SipRequestContext {

    Request request();

    /** The method, upper case as received ("REGISTER"). */
    String method();

    /** The transport it arrived on, upper case as Asterisk prints it: "UDP", "TCP". */
    String transport();

    /** Where it came from: the packet's source address, not what the Via claims. */
    InetSocketAddress source();

    /** The local address it arrived at: the transport's bound address (a wildcard for a wildcard bind). */
    InetSocketAddress localAddress();

    /** The id of the transport object ({@code type=transport} section) that received it. */
    String transportId();

    /** What the server could do when the request arrived (for Allow, Supported and Accept headers). */
    Capabilities capabilities();

    /** The endpoint that identification matched, once the identify stage has run. */
    Optional<String> endpoint();

    /** A response to this request, with a To tag where one is required. */
    Response createResponse(int statusCode);

    /** Sends a response through this request's transaction, after the outgoing supplements. */
    void send(Response response);

    /** Creates and sends a response with the standard reason phrase. */
    default void respond(int statusCode) {
        send(createResponse(statusCode));
    }

    /** Creates and sends a response with a reason phrase of the caller's choosing. */
    void respond(int statusCode, String reasonPhrase);

    /** True once a final response has been sent. */
    boolean isAnswered();

    MessageFactory messageFactory();

    HeaderFactory headerFactory();

    AddressFactory addressFactory();
}
