package org.setu.query.recruitment;

import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.setu.kernel.recruitment.*;
import org.setu.kernel.recruitment.RecruitingAgencyView.Deployments;
import org.setu.query.ProcessingGroups;
import org.setu.query.common.GenerationalProjection;
import org.setu.query.common.Generations;
import org.setu.query.common.JsonViews;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The recruitment indicators' facts: one document per complaint (dimensions and amounts, never the complainant), one
 * per agency and month of deployments and one per sanction (cited complaints, never the reason);
 * {@link RecruitmentIndicators} aggregates those of the months asked for. Times are the commands' stamps, so a rebuild
 * from the events gives the same figures.
 */
@ProcessingGroup(ProcessingGroups.RECRUITMENT_INDICATORS)
public class RecruitmentIndicatorsProjection extends GenerationalProjection {

    public static final String COMPLAINTS = "recruitment_complaint_facts";
    public static final String DEPLOYMENTS = "recruitment_deployments";
    public static final String SANCTIONS = "recruitment_sanction_facts";

    public RecruitmentIndicatorsProjection(Generations generations) {
        super(generations, ProcessingGroups.RECRUITMENT_INDICATORS, COMPLAINTS, DEPLOYMENTS, SANCTIONS);
    }

    @Override
    public Map<String, List<Bson>> indexes() {
        return Map.of(COMPLAINTS, List.of(Indexes.ascending("month")), DEPLOYMENTS, List.of(Indexes.ascending("month")),
                SANCTIONS, List.of(Indexes.ascending("month")));
    }

    @EventHandler
    void on(ComplaintFiledEvent e, @SequenceNumber long seq) {
        ComplaintFacts f = e.facts();
        Instant at = e.stamp().at();
        save(new ComplaintFact(e.complaintId().value(), f.recruitingAgency().value(),
                at.atZone(ZoneOffset.UTC).toLocalDate().toString().substring(0, 7), f.sex().name(),
                f.countryOfDestination(), f.costPaidBdt(), f.monthlyWageBdt(), f.amountClaimedBdt(), null, 0, at, null, seq));
    }

    @EventHandler
    void on(ComplaintEvent e, @SequenceNumber long seq) {
        Instant at = e.stamp().at();
        if (e instanceof AwardMadeEvent award) {
            update(e.complaintId(), seq, f -> f.awarded(award.amountBdt(), seq));
        } else if (e instanceof PaymentRecordedEvent payment) {
            update(e.complaintId(), seq, f -> f.paid(payment.amountBdt(), seq));
        } else if (e instanceof ComplaintClosedEvent) {
            update(e.complaintId(), seq, f -> f.resolved(at, seq));
        } else if (e instanceof ComplaintReopenedEvent) {
            update(e.complaintId(), seq, f -> f.resolved(null, seq));
        } else if (!(e instanceof ComplaintFiledEvent)) {
            update(e.complaintId(), seq, f -> f.at(seq));
        }
    }

    @EventHandler
    void on(DeploymentsRecordedEvent e) {
        String id = e.licence().value() + "|" + e.month();
        write(DEPLOYMENTS).replaceOne(new Document("_id", id), new Document("_id", id).append("month", e.month())
                .append("workers", e.workers()).append("women", e.women()), new ReplaceOptions().upsert(true));
    }

    @EventHandler
    void on(SanctionImposedEvent e, @SequenceNumber long seq) {
        SanctionFact stored = sanction(e.sanctionId());
        if (stored == null || seq > stored.version()) {
            save(new SanctionFact(e.sanctionId().value(), e.licence().value(), e.stamp().at(),
                    e.complaintIds().stream().map(ComplaintId::value).sorted().toList(), false, seq));
        }
    }

    @EventHandler
    void on(AppealDecidedEvent e, @SequenceNumber long seq) {
        SanctionFact stored = sanction(e.sanctionId());
        if (e.outcome() == AppealOutcome.OVERTURNED && stored != null && seq > stored.version()) {
            save(stored.overturnedAt(seq));
        }
    }

    private SanctionFact sanction(SanctionId id) {
        Document d = write(SANCTIONS).find(new Document("_id", id.value())).first();
        return d == null ? null : JsonViews.read(d.getString("fact"), SanctionFact.class);
    }

    private void save(SanctionFact s) {
        write(SANCTIONS).replaceOne(new Document("_id", s.sanctionId()), new Document("_id", s.sanctionId())
                .append("licence", s.licence()).append("month", s.month()).append("fact", JsonViews.write(s)),
                new ReplaceOptions().upsert(true));
    }

    private void update(ComplaintId id, long seq, UnaryOperator<ComplaintFact> change) {
        Document d = write(COMPLAINTS).find(new Document("_id", id.value())).first();
        if (d == null) {
            return;
        }
        ComplaintFact fact = JsonViews.read(d.getString("fact"), ComplaintFact.class);
        if (seq > fact.version()) {
            save(change.apply(fact));
        }
    }

    private void save(ComplaintFact fact) {
        write(COMPLAINTS).replaceOne(new Document("_id", fact.complaintId()), new Document("_id", fact.complaintId())
                .append("month", fact.month()).append("fact", JsonViews.write(fact)), new ReplaceOptions().upsert(true));
    }

    @QueryHandler
    public RecruitmentIndicatorReport handle(FindRecruitmentIndicatorsQuery query) {
        Document months = new Document("month", new Document("$gte", query.fromMonth()).append("$lte", query.toMonth()));
        String only = query.licence() == null ? null : query.licence().value();
        List<ComplaintFact> facts = new ArrayList<>();
        read(COMPLAINTS).find(months).forEach(d -> {
            ComplaintFact f = JsonViews.read(d.getString("fact"), ComplaintFact.class);
            if (only == null || only.equals(f.licence())) {
                facts.add(f);
            }
        });
        Map<String, Deployments> deployments = new HashMap<>();
        read(DEPLOYMENTS).find(months).forEach(d -> {
            String id = d.getString("_id");
            if (only == null || id.startsWith(only + "|")) {
                deployments.put(id, new Deployments(d.getInteger("workers"), d.getInteger("women")));
            }
        });
        // from eleven months before the first month (the repeat-offender window) to now: a sanction after the last
        // month still cites that month's complaints
        Document since = new Document("month", new Document("$gte",
                YearMonth.parse(query.fromMonth()).minusMonths(SanctionFigures.WINDOW_MONTHS - 1).toString()));
        List<SanctionFact> sanctions = new ArrayList<>();
        read(SANCTIONS).find(only == null ? since : since.append("licence", only))
                .forEach(d -> sanctions.add(JsonViews.read(d.getString("fact"), SanctionFact.class)));
        return new RecruitmentIndicatorReport(RecruitmentIndicators.aggregate(facts, deployments, sanctions));
    }
}
