package org.setu.query.referral;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.setu.kernel.common.AgencyId;
import org.setu.kernel.query.CaseView;
import org.setu.kernel.referral.CaseId;
import org.setu.query.common.JsonViews;

import java.util.ArrayList;
import java.util.List;

/**
 * Case views by case id (an exact-key lookup on both servers); the agency offered the lead is kept beside the view,
 * so that its offers can be found without reading every view (a scan of this one field on the embedded server).
 */
public final class CaseViewStore {

    private final MongoCollection<Document> views;

    public CaseViewStore(MongoCollection<Document> views) {
        this.views = views;
    }

    public CaseView find(CaseId caseId) {
        Document d = views.find(new Document("_id", caseId.value())).first();
        return d == null ? null : JsonViews.read(d.getString("view"), CaseView.class);
    }

    public void save(CaseView view) {
        views.replaceOne(new Document("_id", view.caseId().value()),
                new Document("_id", view.caseId().value()).append("version", view.version())
                        .append("transferTarget", view.transferTarget() == null ? null : view.transferTarget().value())
                        .append("view", JsonViews.write(view)),
                new ReplaceOptions().upsert(true));
    }

    /** The views whose lead is offered to the agency. */
    public List<CaseView> offeredTo(AgencyId agency) {
        List<CaseView> offered = new ArrayList<>();
        views.find(new Document("transferTarget", agency.value()))
                .forEach(d -> offered.add(JsonViews.read(d.getString("view"), CaseView.class)));
        return offered;
    }
}
