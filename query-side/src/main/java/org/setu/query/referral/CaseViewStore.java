package org.setu.query.referral;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.setu.kernel.query.CaseView;
import org.setu.kernel.referral.CaseId;
import org.setu.query.common.JsonViews;

/** Case views by case id (an exact-key lookup on both servers). */
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
                        .append("view", JsonViews.write(view)),
                new ReplaceOptions().upsert(true));
    }
}
