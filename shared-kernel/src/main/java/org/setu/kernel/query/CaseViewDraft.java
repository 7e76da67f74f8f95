package org.setu.kernel.query;

import org.setu.kernel.common.AgencyId;
import org.setu.kernel.privacy.Sealed;
import org.setu.kernel.referral.CaseFacts;
import org.setu.kernel.referral.CaseId;
import org.setu.kernel.referral.CaseStatus;
import org.setu.kernel.referral.Consent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A {@link CaseView} while one of its withers changes it: the one place that lists every field, so that a wither
 * names only what it changes. Never leaves the wither that made it.
 */
final class CaseViewDraft {

    CaseId caseId;
    long version;
    CaseStatus status;
    AgencyId leadAgency;
    CaseFacts facts;
    Sealed subject;
    Consent consent;
    boolean consentWithdrawn;
    Set<AgencyId> consentOverrides;
    List<ReferralView> referrals;
    List<NoteView> notes;
    AgencyId transferTarget;
    Instant openedAt;
    Instant lastActivityAt;
    boolean subjectErased;
    List<BreakGlassView> breakGlass;

    private CaseViewDraft(CaseView v) {
        caseId = v.caseId();
        version = v.version();
        status = v.status();
        leadAgency = v.leadAgency();
        facts = v.facts();
        subject = v.subject();
        consent = v.consent();
        consentWithdrawn = v.consentWithdrawn();
        consentOverrides = v.consentOverrides();
        referrals = v.referrals();
        notes = v.notes();
        transferTarget = v.transferTarget();
        openedAt = v.openedAt();
        lastActivityAt = v.lastActivityAt();
        subjectErased = v.subjectErased();
        breakGlass = v.breakGlass();
    }

    static CaseView change(CaseView view, Consumer<CaseViewDraft> change) {
        CaseViewDraft draft = new CaseViewDraft(view);
        change.accept(draft);
        return new CaseView(draft.caseId, draft.version, draft.status, draft.leadAgency, draft.facts, draft.subject,
                draft.consent, draft.consentWithdrawn, draft.consentOverrides, draft.referrals, draft.notes,
                draft.transferTarget, draft.openedAt, draft.lastActivityAt, draft.subjectErased, draft.breakGlass);
    }

    static <T> Set<T> plus(Set<T> items, T more) {
        Set<T> next = new HashSet<>(items);
        next.add(more);
        return next;
    }

    static <T> List<T> plus(List<T> items, T more) {
        List<T> next = new ArrayList<>(items);
        next.add(more);
        return next;
    }
}
