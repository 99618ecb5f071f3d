package org.asterism.sip.core.internal.transport;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.asterism.sip.api.config.InvalidOptionException;
import org.asterism.sip.api.config.IpNetwork;
import org.asterism.sip.api.config.ObjectOptions;
import org.asterism.sip.api.config.ObjectType;
import org.asterism.sip.api.transport.TransportConfig;
import org.osgi.service.component.annotations.Component;

/** {@code type=transport}, with Asterisk's option names. TLS and WebSocket options load now and wait for their modules. */
@Component(service = ObjectType.class)
public class TransportObjectType implements ObjectType<TransportConfig> {

    @Override
    public String name() {
        return TransportConfig.TYPE;
    }

    @Override
    public TransportConfig create(ObjectOptions options) throws InvalidOptionException {
        String protocol = options.choice("protocol", "udp", "udp", "tcp", "tls", "ws", "wss", "flow");
        var bind = BindAddress.parse(options.string("bind", "0.0.0.0"));
        List<IpNetwork> localNets = new ArrayList<>();
        for (String net : options.list("local_net")) {
            try {
                localNets.add(IpNetwork.parse(net));
            } catch (InvalidOptionException e) {
                throw new InvalidOptionException("local_net", net, e.getMessage());
            }
        }
        Optional<String> signaling = options.value("external_signaling_address").filter(v -> !v.isEmpty());
        int signalingPort = options.integer("external_signaling_port", 0, 0, 65535);
        Optional<String> media = options.value("external_media_address").filter(v -> !v.isEmpty());
        int tos = TypeOfService.parse(options.string("tos", "0"));
        int cos = options.integer("cos", 0, 0, 7);
        options.accept("async_operations", "ca_list_file", "ca_list_path", "cert_file", "cipher", "domain", "method",
                "password", "priv_key_file", "require_client_cert", "verify_client", "verify_server", "allow_reload", "external_signaling_hostname",
                "symmetric_transport", "allow_wildcard_certs", "websocket_write_timeout", "tcp_keepalive_enable",
                "tcp_keepalive_idle_time", "tcp_keepalive_interval_time", "tcp_keepalive_probe_count");
        return new TransportConfig(options.id(), protocol, bind, localNets, signaling, signalingPort, media, tos, cos);
    }
}
