package org.asterism.sip.location.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.asterism.sip.api.location.Contact;

/**
 * An AoR's contacts as the bytes stored under the AoR's key: an explicit, versioned format rather than Java
 * serialisation, so a later release can read what this one wrote, and a class change cannot make stored
 * contacts unreadable.
 *
 * <pre>
 * format  byte   1
 * count   int
 * contact aor, uri: string; expiresAt: long epoch second, int nano; path: int count, strings;
 *         userAgent, endpoint, viaAddress, callId: optional string; cseq: long; source: address;
 *         qualifyFrequency: int; qualifyTimeout: double; authenticateQualify: boolean; outboundProxy: optional string
 * string  int length of its UTF-8 bytes, the bytes;  optional string: boolean present, then the string
 * address byte 0 none | 4: 4 bytes, port | 6: 16 bytes, int scope id, port | 'H': host string, port (unresolved);
 *         port: unsigned short
 * </pre>
 */
final class ContactCodec {

    static final byte FORMAT_1 = 1;

    private static final byte NO_ADDRESS = 0;
    private static final byte IPV4 = 4;
    private static final byte IPV6 = 6;
    private static final byte UNRESOLVED = 'H';

    private ContactCodec() {
    }

    static byte[] encode(List<Contact> contacts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + 256 * contacts.size());
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(FORMAT_1);
            out.writeInt(contacts.size());
            for (Contact c : contacts) {
                write(out, c);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    /** @throws IllegalArgumentException if the bytes are not contacts in a format this release reads */
    static List<Contact> decode(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            byte format = in.readByte();
            if (format != FORMAT_1) {
                throw new IllegalArgumentException("unknown contact format " + format);
            }
            int count = in.readInt();
            if (count < 0 || count > bytes.length) {
                throw new IllegalArgumentException("impossible contact count " + count);
            }
            List<Contact> contacts = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                contacts.add(read(in));
            }
            if (in.available() > 0) {
                throw new IllegalArgumentException(in.available() + " bytes left after the last contact");
            }
            return List.copyOf(contacts);
        } catch (IOException e) {
            throw new IllegalArgumentException("truncated contacts: " + e, e);
        }
    }

    private static void write(DataOutputStream out, Contact c) throws IOException {
        writeString(out, c.aor());
        writeString(out, c.uri());
        out.writeLong(c.expiresAt().getEpochSecond());
        out.writeInt(c.expiresAt().getNano());
        out.writeInt(c.path().size());
        for (String hop : c.path()) {
            writeString(out, hop);
        }
        writeOptional(out, c.userAgent());
        writeOptional(out, c.endpoint());
        writeOptional(out, c.viaAddress());
        writeOptional(out, c.callId());
        out.writeLong(c.cseq());
        writeAddress(out, c.source());
        out.writeInt(c.qualifyFrequency());
        out.writeDouble(c.qualifyTimeout());
        out.writeBoolean(c.authenticateQualify());
        writeOptional(out, c.outboundProxy());
    }

    private static Contact read(DataInputStream in) throws IOException {
        String aor = readString(in);
        String uri = readString(in);
        Instant expiresAt = Instant.ofEpochSecond(in.readLong(), in.readInt());
        int hops = in.readInt();
        if (hops < 0 || hops > in.available()) {
            throw new IllegalArgumentException("impossible path length " + hops);
        }
        List<String> path = new ArrayList<>(hops);
        for (int i = 0; i < hops; i++) {
            path.add(readString(in));
        }
        Optional<String> userAgent = readOptional(in);
        Optional<String> endpoint = readOptional(in);
        Optional<String> viaAddress = readOptional(in);
        Optional<String> callId = readOptional(in);
        long cseq = in.readLong();
        Optional<InetSocketAddress> source = readAddress(in);
        int qualifyFrequency = in.readInt();
        double qualifyTimeout = in.readDouble();
        boolean authenticateQualify = in.readBoolean();
        Optional<String> outboundProxy = readOptional(in);
        return new Contact(aor, uri, expiresAt, path, userAgent, endpoint, viaAddress, callId, cseq, source,
                qualifyFrequency, qualifyTimeout, authenticateQualify, outboundProxy);
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > in.available()) {
            throw new IllegalArgumentException("impossible string length " + length);
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    private static void writeOptional(DataOutputStream out, Optional<String> s) throws IOException {
        out.writeBoolean(s.isPresent());
        if (s.isPresent()) {
            writeString(out, s.get());
        }
    }

    private static Optional<String> readOptional(DataInputStream in) throws IOException {
        return in.readBoolean() ? Optional.of(readString(in)) : Optional.empty();
    }

    private static void writeAddress(DataOutputStream out, Optional<InetSocketAddress> source) throws IOException {
        if (source.isEmpty()) {
            out.writeByte(NO_ADDRESS);
            return;
        }
        InetSocketAddress a = source.get();
        InetAddress ip = a.getAddress();
        if (ip instanceof Inet4Address) {
            out.writeByte(IPV4);
            out.write(ip.getAddress());
        } else if (ip instanceof Inet6Address v6) {
            out.writeByte(IPV6);
            out.write(v6.getAddress());
            out.writeInt(v6.getScopeId());
        } else {
            out.writeByte(UNRESOLVED);
            writeString(out, a.getHostString());
        }
        out.writeShort(a.getPort());
    }

    private static Optional<InetSocketAddress> readAddress(DataInputStream in) throws IOException {
        byte kind = in.readByte();
        switch (kind) {
            case NO_ADDRESS:
                return Optional.empty();
            case IPV4:
                return Optional.of(new InetSocketAddress(InetAddress.getByAddress(in.readNBytes(4)), in.readUnsignedShort()));
            case IPV6: {
                byte[] ip = in.readNBytes(16);
                int scope = in.readInt();
                InetAddress address = scope == 0 ? InetAddress.getByAddress(ip) : Inet6Address.getByAddress(null, ip, scope);
                return Optional.of(new InetSocketAddress(address, in.readUnsignedShort()));
            }
            case UNRESOLVED: {
                String host = readString(in);
                return Optional.of(InetSocketAddress.createUnresolved(host, in.readUnsignedShort()));
            }
            default:
                throw new IllegalArgumentException("unknown address kind " + kind);
        }
    }
}
