package org.setu.infra.api;

import org.setu.infra.mongo.UniqueKeys;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.setu.api.accounts.Account;
import org.setu.api.accounts.AccountStatus;
import org.setu.api.accounts.Accounts;
import org.setu.kernel.common.AgencyId;
import org.setu.kernel.common.Role;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Stored accounts in {@value #ACCOUNTS} (one document per username, {@code _id}) and their set-password links in
 * {@value #LINKS} (one document per token hash). The account names its one current link ({@code link}), so a newer
 * link, or a used one, leaves any other token worthless. Updates are {@code $set}s conditioned on the version read.
 */
public final class MongoAccounts implements Accounts {

    public static final String ACCOUNTS = "accounts";
    public static final String LINKS = "account_links";
    private final MongoCollection<Document> accounts;
    private final MongoCollection<Document> links;

    public MongoAccounts(MongoDatabase database) {
        this.accounts = database.getCollection(ACCOUNTS);
        this.links = database.getCollection(LINKS);
    }

    @Override
    public Optional<Account> find(String username) {
        return Optional.ofNullable(accounts.find(new Document("_id", username)).first()).map(MongoAccounts::account);
    }

    /** A full scan on the embedded server (its non-unique indexes do nothing); an agency has tens of accounts. */
    @Override
    public List<Account> of(AgencyId agency) {
        List<Account> found = new ArrayList<>();
        accounts.find(new Document("agency", agency.value())).forEach(d -> found.add(account(d)));
        found.sort(Comparator.comparing(Account::username));
        return found;
    }

    @Override
    public boolean insert(Account account) {
        Document d = new Document("_id", account.username()).append("link", null)
                .append("createdAt", Date.from(account.changedAt()));
        d.putAll(fields(account));
        return UniqueKeys.took(() -> accounts.insertOne(d));
    }

    @Override
    public boolean replace(Account expected, Account next) {
        return accounts.updateOne(new Document("_id", expected.username()).append("v", expected.version()),
                new Document("$set", fields(next))).getMatchedCount() == 1;
    }

    @Override
    public void saveLink(String username, String tokenHash, Instant expiresAt) {
        links.deleteMany(new Document("expiresAt", new Document("$lt", new Date())));
        Document account = accounts.find(new Document("_id", username)).first();
        links.insertOne(new Document("_id", tokenHash).append("username", username).append("expiresAt", Date.from(expiresAt)));
        accounts.updateOne(new Document("_id", username), new Document("$set", new Document("link", tokenHash)));
        if (account != null && account.getString("link") != null) {
            links.deleteOne(new Document("_id", account.getString("link")));
        }
    }

    @Override
    public Optional<Link> findLink(String tokenHash) {
        Document link = links.find(new Document("_id", tokenHash)).first();
        if (link == null) {
            return Optional.empty();
        }
        Document account = accounts.find(new Document("_id", link.getString("username"))).first();
        boolean current = account != null && tokenHash.equals(account.getString("link"));
        return current ? Optional.of(link(link)) : Optional.empty();
    }

    @Override
    public Optional<Link> takeLink(String tokenHash) {
        Document link = links.findOneAndDelete(new Document("_id", tokenHash));
        if (link == null) {
            return Optional.empty();
        }
        boolean current = accounts.updateOne(new Document("_id", link.getString("username")).append("link", tokenHash),
                new Document("$set", new Document("link", null))).getMatchedCount() == 1;
        return current ? Optional.of(link(link)) : Optional.empty();
    }

    private static Document fields(Account a) {
        return new Document("v", a.version()).append("name", a.name()).append("agency", a.agency().value())
                .append("roles", a.roles().stream().map(Enum::name).sorted().toList()).append("status", a.status().name())
                .append("passwordHash", a.passwordHash()).append("epoch", a.epoch())
                .append("changedAt", Date.from(a.changedAt()));
    }

    private static Account account(Document d) {
        Set<Role> roles = d.getList("roles", String.class).stream().map(Role::valueOf).collect(Collectors.toSet());
        return new Account(d.getString("_id"), d.getString("name"), new AgencyId(d.getString("agency")), roles,
                AccountStatus.valueOf(d.getString("status")), d.getString("passwordHash"), d.getLong("epoch"),
                d.getLong("v"), d.getDate("changedAt").toInstant());
    }

    private static Link link(Document d) {
        return new Link(d.getString("username"), d.getDate("expiresAt").toInstant());
    }
}
