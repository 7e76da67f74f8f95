package org.setu.api.webhooks;

import org.setu.kernel.common.ErrorCode;
import org.setu.kernel.common.InvalidInputException;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;

/**
 * Which webhook URLs Setu will call: https only (plain http only to localhost, and only where allowed — the embedded
 * default), and never an address inside the network (private, loopback, link-local such as the cloud metadata service,
 * multicast, unspecified) unless its host is explicitly allowed. Checked when registering and again before every
 * delivery, so a name that later resolves inward is refused then too.
 */
public final class WebhookUrls {

    private final boolean allowLocalhost;
    private final Set<String> allowedHosts;

    public WebhookUrls(boolean allowLocalhost, Set<String> allowedHosts) {
        this.allowLocalhost = allowLocalhost;
        this.allowedHosts = Set.copyOf(allowedHosts);
    }

    public URI check(String value) {
        URI uri;
        try {
            uri = new URI(value == null ? "" : value.strip());
        } catch (URISyntaxException e) {
            throw refused("is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost();
        if (host == null || !(scheme.equals("https") || scheme.equals("http")) || uri.getUserInfo() != null) {
            throw refused("must be an absolute https URL without credentials");
        }
        if (allowedHosts.contains(host.toLowerCase(Locale.ROOT))) {
            return uri;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw refused("names a host that does not resolve");
        }
        boolean local = true;
        for (InetAddress address : addresses) {
            local &= address.isLoopbackAddress();
            if (!address.isLoopbackAddress() && inward(address)) {
                throw refused("resolves to an internal address (" + address.getHostAddress() + ")");
            }
        }
        if (local && !allowLocalhost) {
            throw refused("resolves to this machine");
        }
        if (scheme.equals("http") && !local) {
            throw refused("must use https (plain http only to localhost in the embedded default)");
        }
        return uri;
    }

    private static boolean inward(InetAddress address) {
        if (address.isSiteLocalAddress() || address.isLinkLocalAddress() || address.isAnyLocalAddress()
                || address.isMulticastAddress()) {
            return true;
        }
        byte[] raw = address.getAddress();
        if (address instanceof Inet6Address) {
            return (raw[0] & 0xfe) == 0xfc; // unique local fc00::/7
        }
        int first = raw[0] & 0xff;
        int second = raw[1] & 0xff;
        return first == 0 || (first == 100 && second >= 64 && second < 128) // carrier-grade NAT 100.64/10
                || (first == 198 && (second == 18 || second == 19)); // benchmarking 198.18/15
    }

    private static InvalidInputException refused(String why) {
        return new InvalidInputException(ErrorCode.WEBHOOK_URL_REFUSED, "url", "The webhook URL " + why);
    }
}
