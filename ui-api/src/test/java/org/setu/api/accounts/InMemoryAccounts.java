package org.setu.api.accounts;

import org.setu.kernel.common.AgencyId;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Accounts in memory, with the same rules as the MongoDB store: versioned replaces, one current link per account. */
public final class InMemoryAccounts implements Accounts {

    private final Map<String, Account> accounts = new ConcurrentHashMap<>();
    private final Map<String, Link> links = new ConcurrentHashMap<>();
    private final Map<String, String> currentLink = new ConcurrentHashMap<>();

    @Override
    public Optional<Account> find(String username) {
        return Optional.ofNullable(accounts.get(username));
    }

    @Override
    public List<Account> of(AgencyId agency) {
        return accounts.values().stream().filter(a -> a.agency().equals(agency))
                .sorted(Comparator.comparing(Account::username)).toList();
    }

    @Override
    public boolean insert(Account account) {
        return accounts.putIfAbsent(account.username(), account) == null;
    }

    @Override
    public synchronized boolean replace(Account expected, Account next) {
        Account now = accounts.get(expected.username());
        if (now == null || now.version() != expected.version()) {
            return false;
        }
        accounts.put(next.username(), next);
        return true;
    }

    @Override
    public synchronized void saveLink(String username, String tokenHash, Instant expiresAt) {
        links.put(tokenHash, new Link(username, expiresAt));
        String previous = currentLink.put(username, tokenHash);
        if (previous != null) {
            links.remove(previous);
        }
    }

    @Override
    public Optional<Link> findLink(String tokenHash) {
        Link link = links.get(tokenHash);
        return link != null && tokenHash.equals(currentLink.get(link.username())) ? Optional.of(link) : Optional.empty();
    }

    @Override
    public synchronized Optional<Link> takeLink(String tokenHash) {
        Link link = links.remove(tokenHash);
        return link != null && currentLink.remove(link.username(), tokenHash) ? Optional.of(link) : Optional.empty();
    }
}
