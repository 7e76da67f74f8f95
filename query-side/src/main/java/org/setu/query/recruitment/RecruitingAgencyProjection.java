package org.setu.query.recruitment;

import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.setu.kernel.recruitment.*;
import org.setu.kernel.recruitment.RecruitingAgencyView.Deployments;
import org.setu.kernel.recruitment.RecruitingAgencyView.SubAgent;
import org.setu.kernel.recruitment.RecruitingAgencyView.SanctionView;
import org.setu.query.ProcessingGroups;
import org.setu.query.common.GenerationalProjection;
import org.setu.query.common.Generations;
import org.setu.query.common.JsonViews;
import org.setu.query.common.VersionedViews;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Recruiting agencies' records: licence, sanctions with their appeals, deployments, and the complaints filed against
 * each (a set of ids per licence, so a redelivered filing counts once). Never a complainant.
 */
@ProcessingGroup(ProcessingGroups.RECRUITING_AGENCIES)
public class RecruitingAgencyProjection extends GenerationalProjection {

    public static final String AGENCIES = "recruiting_agencies";
    public static final String COMPLAINTS = "recruiting_agency_complaints";

    public RecruitingAgencyProjection(Generations generations) {
        super(generations, ProcessingGroups.RECRUITING_AGENCIES, AGENCIES, COMPLAINTS);
    }

    @EventHandler
    void on(RecruitingAgencyEvent event, @SequenceNumber long seq) {
        VersionedViews.update(write(AGENCIES), event.licence().value(), seq, RecruitingAgencyView.class,
                current -> apply(current, event, seq), new Document());
    }

    @EventHandler
    void on(ComplaintFiledEvent event) {
        write(COMPLAINTS).updateOne(new Document("_id", event.facts().recruitingAgency().value()),
                Updates.addToSet("ids", event.complaintId().value()), new UpdateOptions().upsert(true));
    }

    static RecruitingAgencyView apply(RecruitingAgencyView v, RecruitingAgencyEvent event, long seq) {
        if (event instanceof RecruitingAgencyLicensedEvent e) {
            return new RecruitingAgencyView(e.licence(), e.name(), e.district(), List.of(), Map.of(), 0, List.of(), seq);
        }
        if (v == null) {
            return null;
        }
        List<SanctionView> sanctions = new ArrayList<>(v.sanctions());
        Map<String, Deployments> deployments = new HashMap<>(v.deployments());
        List<SubAgent> subAgents = new ArrayList<>(v.subAgents());
        if (event instanceof SubAgentRegisteredEvent e) {
            subAgents.add(new SubAgent(e.registration(), e.name(), e.district(), e.stamp().at()));
        } else if (event instanceof DeploymentsRecordedEvent e) {
            deployments.put(e.month(), new Deployments(e.workers(), e.women()));
        } else if (event instanceof SanctionImposedEvent e) {
            sanctions.add(new SanctionView(e.sanctionId(), e.kind(), e.reason(), e.amountBdt(), e.suspensionDays(),
                    e.complaintIds(), e.stamp().at(), null, null));
        } else if (event instanceof SanctionAppealedEvent e) {
            sanctions.replaceAll(s -> s.sanctionId().equals(e.sanctionId()) ? appeal(s, "LODGED", null) : s);
        } else if (event instanceof AppealDecidedEvent e) {
            sanctions.replaceAll(s -> s.sanctionId().equals(e.sanctionId())
                    ? appeal(s, e.outcome().name(), e.stamp().at()) : s);
        }
        return new RecruitingAgencyView(v.licence(), v.name(), v.district(), sanctions, deployments, v.complaints(),
                subAgents, seq);
    }

    private static SanctionView appeal(SanctionView s, String appeal, Instant decidedAt) {
        return new SanctionView(s.sanctionId(), s.kind(), s.reason(), s.amountBdt(), s.suspensionDays(), s.complaintIds(),
                s.imposedAt(), appeal, decidedAt);
    }

    @QueryHandler
    public RecruitingAgencyView handle(FindRecruitingAgencyQuery query) {
        Document d = read(AGENCIES).find(new Document("_id", query.licence().value())).first();
        return d == null ? null : withComplaints(JsonViews.read(d.getString("view"), RecruitingAgencyView.class));
    }

    @QueryHandler
    public RecruitingAgencyList handle(FindRecruitingAgenciesQuery query) {
        List<RecruitingAgencyView> all = new ArrayList<>();
        read(AGENCIES).find().forEach(d -> all.add(withComplaints(JsonViews.read(d.getString("view"),
                RecruitingAgencyView.class))));
        all.sort(Comparator.comparing(v -> v.licence().value()));
        return new RecruitingAgencyList(all);
    }

    private RecruitingAgencyView withComplaints(RecruitingAgencyView v) {
        Document ids = read(COMPLAINTS).find(new Document("_id", v.licence().value())).first();
        long count = ids == null ? 0 : ids.getList("ids", String.class).size();
        return new RecruitingAgencyView(v.licence(), v.name(), v.district(), v.sanctions(), v.deployments(), count,
                v.subAgents(), v.version());
    }
}
