package org.setu.api.webhooks;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.Inet6Address;
import java.net.InetAddress;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The address classifier as a table. Literals are parsed by the JDK, but {@code ::ffff:a.b.c.d}, which the JDK turns
 * into an IPv4 address, is put back into its 16 bytes, so the IPv6 rule is tested as such.
 */
class InternalAddressesTest {

    private static byte[] bytes(String literal) throws Exception {
        byte[] raw = InetAddress.getByName(literal).getAddress();
        if (literal.contains(":") && raw.length == 4) { // the JDK unwrapped ::ffff:a.b.c.d: wrap it again
            byte[] mapped = new byte[16];
            mapped[10] = (byte) 0xff;
            mapped[11] = (byte) 0xff;
            System.arraycopy(raw, 0, mapped, 12, 4);
            return Inet6Address.getByAddress(null, mapped, null).getAddress();
        }
        return raw;
    }

    @ParameterizedTest(name = "{0} is refused as {1}")
    @CsvSource(delimiter = '|', value = {
            "0.0.0.0|this network", "0.1.2.3|this network", "10.1.2.3|private", "100.64.0.1|carrier-grade NAT",
            "100.127.255.254|carrier-grade NAT", "127.0.0.1|loopback", "127.255.0.9|loopback",
            "169.254.169.254|link-local", "172.16.0.1|private", "172.31.255.255|private", "192.0.0.8|IETF protocol",
            "192.0.2.10|documentation", "192.88.99.1|6to4 relay", "192.168.1.1|private", "198.18.0.1|benchmarking",
            "198.19.255.1|benchmarking", "198.51.100.7|documentation", "203.0.113.9|documentation",
            "224.0.0.1|multicast", "239.255.255.250|multicast", "240.0.0.1|reserved", "255.255.255.254|reserved",
            "255.255.255.255|broadcast",
            "::|unspecified", "::1|loopback", "::10.0.0.1|IPv4-compatible", "::8.8.8.8|IPv4-compatible",
            "::ffff:10.0.0.1|IPv4-mapped ::ffff:a.b.c.d embedding 10.0.0.0/8",
            "::ffff:127.0.0.1|IPv4-mapped ::ffff:a.b.c.d embedding 127.0.0.0/8",
            "::ffff:169.254.169.254|IPv4-mapped ::ffff:a.b.c.d embedding 169.254",
            "::ffff:0:192.168.0.1|IPv4-translated ::ffff:0:a.b.c.d embedding 192.168",
            "64:ff9b::10.0.0.1|NAT64 64:ff9b::/96 embedding 10.0.0.0/8",
            "64:ff9b::127.0.0.1|NAT64 64:ff9b::/96 embedding 127",
            "64:ff9b:1::8.8.8.8|local-use NAT64", "64:ff9b:1:ffff::1|local-use NAT64",
            "2002:a00:1::|6to4 2002::/16 embedding 10.0.0.0/8", "2002:7f00:1::1|6to4 2002::/16 embedding 127",
            "2002:c0a8:101::|6to4 2002::/16 embedding 192.168",
            "2001::1|Teredo", "2001:0:4136:e378:8000:63bf:3fff:fdd2|Teredo", "2001:db8::1|documentation",
            "2001:2::1|IETF protocol", "2001:10::1|IETF protocol", "3fff::1|documentation",
            "fc00::1|unique local", "fd12:3456::1|unique local", "fe80::1|link-local", "febf::1|link-local",
            "fec0::1|site-local", "ff02::1|multicast", "ff0e::101|multicast", "100::1|not global unicast",
            "4000::1|not global unicast", "::ffff:0.0.0.1|this network", "::ffff:255.255.255.255|broadcast"})
    void internal_and_reserved_addresses_are_refused(String literal, String range) throws Exception {
        assertThat(InternalAddresses.range(bytes(literal))).hasValueSatisfying(r -> assertThat(r).contains(range));
    }

    @ParameterizedTest(name = "{0} may be reached")
    @ValueSource(strings = {"8.8.8.8", "93.184.216.34", "1.1.1.1", "100.63.255.255", "100.128.0.1", "172.15.0.1",
            "172.32.0.1", "192.0.1.1", "192.169.0.1", "198.17.0.1", "198.20.0.1", "223.255.255.255",
            "2606:4700:4700::1111", "2a00:1450:4001:81b::200e", "::ffff:8.8.8.8", "64:ff9b::8.8.8.8",
            "2002:808:808::1", "2001:200::1", "3fff:1000::1"})
    void public_addresses_may_be_reached(String literal) throws Exception {
        assertThat(InternalAddresses.range(bytes(literal))).isEmpty();
    }

    @ParameterizedTest(name = "{0} is loopback proper")
    @ValueSource(strings = {"127.0.0.1", "127.1.2.3", "::1"})
    void loopback_is_told_apart_for_local_receivers(String literal) throws Exception {
        assertThat(InternalAddresses.loopback(bytes(literal))).isTrue();
    }

    @ParameterizedTest(name = "{0} is not loopback proper")
    @ValueSource(strings = {"::ffff:127.0.0.1", "10.0.0.1", "::", "::2"})
    void embedded_loopback_is_not_loopback_proper(String literal) throws Exception {
        assertThat(InternalAddresses.loopback(bytes(literal))).isFalse();
    }
}
