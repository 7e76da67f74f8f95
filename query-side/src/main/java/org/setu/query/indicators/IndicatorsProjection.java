package org.setu.query.indicators;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOptions;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.setu.kernel.query.FindIndicatorsQuery;
import org.setu.kernel.query.IndicatorReport;
import org.setu.kernel.referral.*;
import org.setu.query.ProcessingGroups;
import org.setu.query.common.Generations;
import org.setu.query.common.GenerationalProjection;
import org.setu.query.common.JsonViews;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import com.mongodb.client.model.Indexes;
import java.util.Map;
import org.bson.conversions.Bson;

/**
 * Network indicators for the secretariat. Keeps one fact document per referral (replaced whole on each event, so a
 * redelivered event changes nothing) and aggregates the facts of the requested months when asked. Case facts
 * (category, stage, district) are kept per case. No personal data is read or stored.
 */
@ProcessingGroup(ProcessingGroups.INDICATORS)
public class IndicatorsProjection extends GenerationalProjection {

    public static final String CASES = "indicator_cases";
    public static final String REFERRALS = "indicator_referrals";

    public IndicatorsProjection(Generations generations) {
        super(generations, ProcessingGroups.INDICATORS, CASES, REFERRALS);
    }

    @Override
    public Map<String, List<Bson>> indexes() {
        return Map.of(REFERRALS, List.of(Indexes.ascending("month")));
    }

    private MongoCollection<Document> cases() {
        return write(CASES);
    }

    private MongoCollection<Document> referrals() {
        return write(REFERRALS);
    }

    @EventHandler
    void on(CaseOpenedEvent e) {
        CaseFacts f = e.facts();
        cases().replaceOne(new Document("_id", e.caseId().value()), new Document("_id", e.caseId().value())
                .append("category", f.category().name()).append("stage", f.migrationStage().name())
                .append("district", f.district()), new ReplaceOptions().upsert(true));
    }

    @EventHandler
    void on(ReferralRequestedEvent e, @Timestamp Instant at) {
        Document c = cases().find(new Document("_id", e.caseId().value())).first();
        if (c == null) {
            return;
        }
        save(new ReferralFact(e.referralId().value(), Indicators.month(at), CaseCategory.valueOf(c.getString("category")),
                MigrationStage.valueOf(c.getString("stage")), c.getString("district"), e.toAgency().value(), at, null,
                null, ReferralStatus.REQUESTED, Set.of()));
    }

    @EventHandler
    void on(ReferralAcceptedEvent e, @Timestamp Instant at) {
        update(e.referralId(), f -> with(f, at, null, ReferralStep.ACCEPT.leadsTo(), f.breaches()));
    }

    @EventHandler
    void on(ReferralDeclinedEvent e, @Timestamp Instant at) {
        update(e.referralId(), f -> with(f, at, at, ReferralStep.DECLINE.leadsTo(), f.breaches()));
    }

    @EventHandler
    void on(ReferralServiceStartedEvent e) {
        update(e.referralId(), f -> with(f, null, null, ReferralStep.START.leadsTo(), f.breaches()));
    }

    @EventHandler
    void on(ReferralCompletedEvent e, @Timestamp Instant at) {
        update(e.referralId(), f -> with(f, null, at, ReferralStep.COMPLETE.leadsTo(), f.breaches()));
    }

    @EventHandler
    void on(ReferralFailedEvent e, @Timestamp Instant at) {
        update(e.referralId(), f -> with(f, null, at, ReferralStep.FAIL.leadsTo(), f.breaches()));
    }

    @EventHandler
    void on(ReferralWithdrawnEvent e, @Timestamp Instant at) {
        update(e.referralId(), f -> with(f, null, at, ReferralStep.WITHDRAW.leadsTo(), f.breaches()));
    }

    @EventHandler
    void on(ReferralEscalatedEvent e) {
        update(e.referralId(), f -> {
            Set<SlaDeadline> breaches = new HashSet<>(f.breaches());
            breaches.add(e.deadline());
            return with(f, null, null, f.status(), breaches);
        });
    }

    private static ReferralFact with(ReferralFact f, Instant decidedAt, Instant endedAt, ReferralStatus status,
                                     Set<SlaDeadline> breaches) {
        return new ReferralFact(f.referralId(), f.month(), f.category(), f.migrationStage(), f.district(), f.agency(),
                f.requestedAt(), f.decidedAt() != null ? f.decidedAt() : decidedAt,
                f.endedAt() != null ? f.endedAt() : endedAt, status, breaches);
    }

    private void update(ReferralId id, UnaryOperator<ReferralFact> change) {
        Document d = referrals().find(new Document("_id", id.value())).first();
        if (d != null) {
            save(change.apply(JsonViews.read(d.getString("fact"), ReferralFact.class)));
        }
    }

    private void save(ReferralFact fact) {
        referrals().replaceOne(new Document("_id", fact.referralId()), new Document("_id", fact.referralId())
                .append("month", fact.month()).append("fact", JsonViews.write(fact)), new ReplaceOptions().upsert(true));
    }

    /** Reads the facts of the months asked for (an index on real MongoDB, a scan on the embedded server). */
    @QueryHandler
    public IndicatorReport handle(FindIndicatorsQuery query) {
        Document filter = new Document("month", new Document("$gte", query.fromMonth()).append("$lte", query.toMonth()));
        List<ReferralFact> facts = new ArrayList<>();
        read(REFERRALS).find(filter).forEach(d -> {
            ReferralFact f = JsonViews.read(d.getString("fact"), ReferralFact.class);
            if ((query.category() == null || f.category() == query.category())
                    && (query.district() == null || f.district().equals(query.district()))
                    && (query.agency() == null || f.agency().equals(query.agency().value()))) {
                facts.add(f);
            }
        });
        return new IndicatorReport(Indicators.aggregate(facts));
    }
}
