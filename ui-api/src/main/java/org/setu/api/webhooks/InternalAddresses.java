package org.setu.api.webhooks;

import java.util.Optional;

/**
 * Which IP addresses a webhook may never reach, as one pure function of the address's bytes (4 or 16). IPv4: the
 * special-purpose ranges of the IANA registry that are not globally reachable. IPv6: everything outside global
 * unicast {@code 2000::/3} except the forms that embed an IPv4 address, whose embedded address is judged instead
 * (mapped {@code ::ffff:a.b.c.d}, translated {@code ::ffff:0:a.b.c.d}, NAT64 {@code 64:ff9b::/96}, 6to4
 * {@code 2002::/16}); inside {@code 2000::/3}, the IETF, Teredo, benchmarking, ORCHID and documentation blocks.
 * Deprecated or relay forms that may reach anything ({@code ::a.b.c.d}, Teredo, local-use NAT64) are refused whole.
 */
public final class InternalAddresses {

    private InternalAddresses() {
    }

    /** The refused range the address lies in, by name; empty for an address a webhook may reach. */
    public static Optional<String> range(byte[] address) {
        if (address.length == 4) {
            return ipv4(u(address, 0), u(address, 1), u(address, 2), u(address, 3));
        }
        if (address.length != 16) {
            throw new IllegalArgumentException("An IP address has 4 or 16 bytes, not " + address.length);
        }
        return ipv6(address);
    }

    /** Loopback proper ({@code 127/8}, {@code ::1}): allowed where plain-http receivers on this machine are. */
    public static boolean loopback(byte[] address) {
        if (address.length == 4) {
            return u(address, 0) == 127;
        }
        return zeros(address, 0, 15) && address[15] == 1;
    }

    private static Optional<String> ipv4(int a, int b, int c, int d) {
        String range = a == 0 ? "0.0.0.0/8 (this network)"
                : a == 10 ? "10.0.0.0/8 (private)"
                : a == 100 && b >= 64 && b < 128 ? "100.64.0.0/10 (carrier-grade NAT)"
                : a == 127 ? "127.0.0.0/8 (loopback)"
                : a == 169 && b == 254 ? "169.254.0.0/16 (link-local, cloud metadata)"
                : a == 172 && b >= 16 && b < 32 ? "172.16.0.0/12 (private)"
                : a == 192 && b == 0 && c == 0 ? "192.0.0.0/24 (IETF protocol assignments)"
                : a == 192 && b == 0 && c == 2 ? "192.0.2.0/24 (documentation)"
                : a == 192 && b == 88 && c == 99 ? "192.88.99.0/24 (6to4 relay)"
                : a == 192 && b == 168 ? "192.168.0.0/16 (private)"
                : a == 198 && (b == 18 || b == 19) ? "198.18.0.0/15 (benchmarking)"
                : a == 198 && b == 51 && c == 100 ? "198.51.100.0/24 (documentation)"
                : a == 203 && b == 0 && c == 113 ? "203.0.113.0/24 (documentation)"
                : a >= 224 && a < 240 ? "224.0.0.0/4 (multicast)"
                : a == 255 && b == 255 && c == 255 && d == 255 ? "255.255.255.255 (broadcast)"
                : a >= 240 ? "240.0.0.0/4 (reserved)"
                : null;
        return Optional.ofNullable(range);
    }

    private static Optional<String> ipv6(byte[] x) {
        int first = u(x, 0) << 8 | u(x, 1);
        int second = u(x, 2) << 8 | u(x, 3);
        if (zeros(x, 0, 10) && u(x, 10) == 0xff && u(x, 11) == 0xff) {
            return embedded(x, 12, "IPv4-mapped ::ffff:a.b.c.d");
        }
        if (zeros(x, 0, 8) && u(x, 8) == 0xff && u(x, 9) == 0xff && zeros(x, 10, 12)) {
            return embedded(x, 12, "IPv4-translated ::ffff:0:a.b.c.d");
        }
        if (first == 0x64 && second == 0xff9b && zeros(x, 4, 12)) {
            return embedded(x, 12, "NAT64 64:ff9b::/96");
        }
        if (first == 0x2002) {
            return embedded(x, 2, "6to4 2002::/16");
        }
        String range = zeros(x, 0, 16) ? "::/128 (unspecified)"
                : loopback(x) ? "::1/128 (loopback)"
                : zeros(x, 0, 12) ? "::/96 (IPv4-compatible, deprecated)"
                : first == 0x64 && second == 0xff9b && u(x, 4) == 0 && u(x, 5) == 1 ? "64:ff9b:1::/48 (local-use NAT64)"
                : (first & 0xfe00) == 0xfc00 ? "fc00::/7 (unique local)"
                : (first & 0xffc0) == 0xfe80 ? "fe80::/10 (link-local)"
                : (first & 0xffc0) == 0xfec0 ? "fec0::/10 (site-local, deprecated)"
                : (first & 0xff00) == 0xff00 ? "ff00::/8 (multicast)"
                : (first & 0xe000) != 0x2000 ? "outside 2000::/3 (not global unicast)"
                : first == 0x2001 && second == 0 ? "2001::/32 (Teredo)"
                : first == 0x2001 && second == 0x0db8 ? "2001:db8::/32 (documentation)"
                : first == 0x2001 && second < 0x0200 ? "2001::/23 (IETF protocol assignments)"
                : first == 0x3fff && second < 0x1000 ? "3fff::/20 (documentation)"
                : null;
        return Optional.ofNullable(range);
    }

    private static Optional<String> embedded(byte[] x, int at, String form) {
        return ipv4(u(x, at), u(x, at + 1), u(x, at + 2), u(x, at + 3)).map(inner -> form + " embedding " + inner);
    }

    private static boolean zeros(byte[] x, int from, int to) {
        for (int i = from; i < to; i++) {
            if (x[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static int u(byte[] x, int i) {
        return x[i] & 0xff;
    }
}
