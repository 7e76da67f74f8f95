package org.setu.query.sharing;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.setu.kernel.sharing.*;
import org.setu.query.ProcessingGroups;
import org.setu.query.common.Generations;
import org.setu.query.common.JsonViews;
import org.setu.query.common.VersionedViews;
import org.setu.query.common.GenerationalProjection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Data-sharing agreements as they stand (a small collection, listed whole). */
@ProcessingGroup(ProcessingGroups.AGREEMENTS)
public class AgreementProjection extends GenerationalProjection {

    public static final String COLLECTION = "agreements";
    public AgreementProjection(Generations generations) {
        super(generations, ProcessingGroups.AGREEMENTS, COLLECTION);
    }

    @EventHandler
    void on(AgreementEvent event, @SequenceNumber long seq) {
        VersionedViews.update(write(COLLECTION), event.agreementId().value(), seq,
                AgreementView.class, current -> apply(current, event), new Document());
    }

    static AgreementView apply(AgreementView v, AgreementEvent event) {
        if (event instanceof AgreementCreatedEvent e) {
            return new AgreementView(e.agreementId(), e.partner(), e.terms(), false, null, e.stamp().at());
        }
        if (v == null) {
            return null;
        }
        if (event instanceof AgreementAmendedEvent e) {
            return new AgreementView(v.agreementId(), v.partner(), e.terms(), v.revoked(), v.revocationReason(), v.createdAt());
        }
        if (event instanceof AgreementRevokedEvent e) {
            return new AgreementView(v.agreementId(), v.partner(), v.terms(), true, e.reason(), v.createdAt());
        }
        return v;
    }

    @QueryHandler
    public AgreementList handle(FindAgreementsQuery query) {
        List<AgreementView> all = new ArrayList<>();
        read(COLLECTION).find().forEach(d -> {
            AgreementView view = JsonViews.read(d.getString("view"), AgreementView.class);
            if (query.partner() == null || query.partner().equals(view.partner())) {
                all.add(view);
            }
        });
        all.sort(Comparator.comparing(a -> a.agreementId().value()));
        return new AgreementList(all);
    }
}
