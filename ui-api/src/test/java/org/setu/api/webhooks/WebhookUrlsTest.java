package org.setu.api.webhooks;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.setu.kernel.common.InvalidInputException;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Webhook URLs as written by a partner, with names resolved by a table instead of DNS. */
class WebhookUrlsTest {

    private static final Map<String, List<String>> DNS = Map.of(
            "receiver.example", List.of("93.184.216.34"),
            "inward.example", List.of("10.0.0.7"),
            "half-inward.example", List.of("93.184.216.34", "192.168.1.1"),
            "metadata.example", List.of("169.254.169.254"),
            "mapped.example", List.of("::ffff:10.0.0.1"),
            "mixed-loopback.example", List.of("93.184.216.34", "127.0.0.1"),
            "allowed.internal", List.of("10.9.9.9"),
            "localhost", List.of("127.0.0.1", "::1"));

    private static InetAddress[] resolve(String host) throws UnknownHostException {
        String literal = host.replaceAll("^\\[|]$", "");
        if (DNS.containsKey(host)) {
            InetAddress[] out = new InetAddress[DNS.get(host).size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = InetAddress.getByName(DNS.get(host).get(i));
            }
            return out;
        }
        if (literal.matches("[0-9.]+|[0-9a-fA-F:.]*:[0-9a-fA-F:.]*")) {
            return new InetAddress[]{InetAddress.getByName(literal)};
        }
        throw new UnknownHostException(host);
    }

    private final WebhookUrls urls = new WebhookUrls(false, Set.of("allowed.internal"), WebhookUrlsTest::resolve);
    private final WebhookUrls local = new WebhookUrls(true, Set.of(), WebhookUrlsTest::resolve);

    @ParameterizedTest(name = "{0} is refused")
    @ValueSource(strings = {
            "https://10.1.2.3/hook", "https://127.0.0.1/", "https://0.0.0.0/", "https://0.1.2.3/",
            "https://169.254.169.254/latest/meta-data", "https://192.0.0.1/", "https://240.1.1.1/",
            "https://255.255.255.255/", "https://224.0.0.1/", "https://100.64.1.1/", "https://198.18.0.1/",
            "https://[::1]/", "https://[::]/", "https://[::ffff:10.0.0.1]/", "https://[::ffff:169.254.169.254]/",
            "https://[::10.0.0.1]/", "https://[::ffff:0:10.0.0.1]/", "https://[64:ff9b::10.0.0.1]/",
            "https://[64:ff9b:1::8.8.8.8]/", "https://[2002:a00:1::1]/", "https://[2001:0:4136:e378::1]/",
            "https://[fc00::1]/", "https://[fd00::1]/", "https://[fe80::1]/", "https://[fe80::1%25eth0]/",
            "https://[ff02::1]/", "https://[2001:db8::1]/",
            "http://2130706433/", "https://2130706433/", "http://0x7f.1/", "http://0x7f000001/", "http://0177.0.0.1/",
            "http://127.1/", "http://017700000001/", "https://0x0a.0.0.1/",
            "https://inward.example/hook", "https://half-inward.example/", "https://metadata.example/",
            "https://mapped.example/", "https://mixed-loopback.example/", "https://localhost/",
            "http://receiver.example/hook", "ftp://receiver.example/x", "not a url", "https:///nohost",
            "https://user:pw@receiver.example/", "https://nowhere.example/", "//receiver.example/"})
    void every_inward_address_form_is_refused(String url) {
        assertThatThrownBy(() -> urls.check(url)).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("The webhook URL");
    }

    @Test
    void public_names_and_addresses_are_accepted_and_delivery_connects_to_the_checked_address() throws Exception {
        assertThat(urls.check("https://receiver.example/hook").getHost()).isEqualTo("receiver.example");
        assertThat(urls.check("https://93.184.216.34:8443/x").getPort()).isEqualTo(8443);
        assertThat(urls.check("https://[2606:4700:4700::1111]/x")).isNotNull();
        var target = urls.target("https://receiver.example/hook");
        assertThat(target.address()).isEqualTo(InetAddress.getByName("93.184.216.34"));
        assertThat(target.uri().getHost()).isEqualTo("receiver.example");
    }

    @Test
    void an_explicitly_allowed_host_may_be_internal() {
        assertThat(urls.target("https://allowed.internal/hook").address().getHostAddress()).isEqualTo("10.9.9.9");
    }

    @Test
    void plain_http_to_this_machine_only_where_allowed() {
        assertThat(local.check("http://localhost:8081/hook").getPort()).isEqualTo(8081);
        assertThat(local.check("http://127.0.0.1:8081/hook")).isNotNull();
        assertThatThrownBy(() -> local.check("http://mixed-loopback.example/")).hasMessageContaining("this machine");
        assertThatThrownBy(() -> urls.check("http://localhost:8081/hook")).hasMessageContaining("this machine");
    }

    @Test
    void ambiguous_numbers_are_told_from_names_and_canonical_addresses() {
        assertThat(WebhookUrls.ambiguousNumber("2130706433")).isTrue();
        assertThat(WebhookUrls.ambiguousNumber("0x7f.1")).isTrue();
        assertThat(WebhookUrls.ambiguousNumber("010.0.0.1")).isTrue();
        assertThat(WebhookUrls.ambiguousNumber("8.8.8.8")).isFalse();
        assertThat(WebhookUrls.ambiguousNumber("8.8.8.8.")).isFalse();
        assertThat(WebhookUrls.ambiguousNumber("1e100.net")).isFalse();
        assertThat(WebhookUrls.ambiguousNumber("123.example")).isFalse();
    }
}
