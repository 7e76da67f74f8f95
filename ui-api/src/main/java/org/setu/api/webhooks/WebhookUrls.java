package org.setu.api.webhooks;

import org.setu.kernel.common.ErrorCode;
import org.setu.kernel.common.InvalidInputException;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which webhook URLs Setu will call: https only (plain http only to this machine, and only where allowed — the
 * embedded default), and never an address that {@link InternalAddresses} refuses, unless its host is explicitly
 * allowed. Checked at registration and again at every delivery: {@link #target} resolves the name once, checks every
 * address it resolves to, and names the one address the delivery must connect to, so that no second lookup can
 * answer differently (DNS rebinding).
 */
public final class WebhookUrls {

    /** How host names become addresses: the system resolver, or a test's. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /** Where one delivery goes: the URL (its host for the Host header, SNI and the certificate) and the checked address. */
    public record Target(URI uri, InetAddress address) {
    }

    private static final Pattern NUMERIC_LABEL = Pattern.compile("\\d+|0[xX][0-9a-fA-F]*");
    private static final Pattern DOTTED_QUAD = Pattern.compile("((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");

    private final boolean allowLocalhost;
    private final Set<String> allowedHosts;
    private final Resolver resolver;

    public WebhookUrls(boolean allowLocalhost, Set<String> allowedHosts, Resolver resolver) {
        this.allowLocalhost = allowLocalhost;
        this.allowedHosts = Set.copyOf(allowedHosts);
        this.resolver = resolver;
    }

    /** At registration: the URL, refused with {@code webhook-url-refused} unless a delivery could go there now. */
    public URI check(String value) {
        return target(parse(value)).uri();
    }

    /** At delivery: resolves the URL's host once and returns the checked address to connect to. */
    public Target target(String value) {
        return target(parse(value));
    }

    private Target target(URI uri) {
        String host = uri.getHost();
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            throw refused("names a host that does not resolve");
        }
        if (addresses.length == 0) {
            throw refused("names a host that does not resolve");
        }
        if (allowedHosts.contains(host.toLowerCase(Locale.ROOT))) {
            return new Target(uri, addresses[0]);
        }
        int loopback = 0;
        for (InetAddress address : addresses) {
            if (InternalAddresses.loopback(address.getAddress())) {
                loopback++;
                continue;
            }
            Optional<String> range = InternalAddresses.range(address.getAddress());
            if (range.isPresent()) {
                throw refused("resolves to an internal address (" + address.getHostAddress() + ", " + range.get() + ")");
            }
        }
        boolean local = loopback == addresses.length;
        if (loopback > 0 && (!local || !allowLocalhost)) {
            throw refused("resolves to this machine");
        }
        if ("http".equalsIgnoreCase(uri.getScheme()) && !local) {
            throw refused("must use https (plain http only to localhost in the embedded default)");
        }
        return new Target(uri, addresses[0]);
    }

    private static URI parse(String value) {
        URI uri;
        try {
            uri = new URI(value == null ? "" : value.strip());
        } catch (URISyntaxException e) {
            throw refused("is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("https") || scheme.equals("http")) || uri.getRawAuthority() == null) {
            throw refused("must be an absolute https URL");
        }
        String authority = uri.getRawAuthority();
        if (uri.getUserInfo() != null || authority.contains("@")) {
            throw refused("must not carry credentials");
        }
        String host = uri.getHost() != null ? uri.getHost() : authority.replaceFirst(":\\d*$", "");
        if (ambiguousNumber(host)) {
            throw refused("names an IPv4 address in a non-canonical form (decimal, octal or hex): write a.b.c.d");
        }
        if (uri.getHost() == null) {
            throw refused("does not name a valid host");
        }
        return uri;
    }

    /** {@code 2130706433}, {@code 0x7f.1}, {@code 0177.0.0.1}, {@code 127.1}: numbers that resolvers read differently. */
    static boolean ambiguousNumber(String host) {
        String name = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        if (name.isEmpty() || DOTTED_QUAD.matcher(name).matches()) {
            return false;
        }
        for (String label : name.split("\\.", -1)) {
            if (!NUMERIC_LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return true;
    }

    private static InvalidInputException refused(String why) {
        return new InvalidInputException(ErrorCode.WEBHOOK_URL_REFUSED, "url", "The webhook URL " + why);
    }
}
