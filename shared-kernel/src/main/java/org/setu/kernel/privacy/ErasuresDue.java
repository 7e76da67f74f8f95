package org.setu.kernel.privacy;

import org.setu.kernel.referral.CaseCategory;
import org.setu.kernel.recruitment.ComplaintId;
import org.setu.kernel.referral.CaseId;

import java.time.Instant;
import java.util.List;

/** The answer to {@link FindErasuresDueQuery}, oldest closure first. */
public record ErasuresDue(List<Due> cases) {

    public ErasuresDue {
        cases = List.copyOf(cases);
    }

    /** A case's subject, or (as {@code RECRUITMENT_COMPLAINT}) a complaint's complainant, due for erasure. */
    public record Due(Subject kind, String id, CaseCategory category, Instant closedAt) {

        public CaseId caseId() {
            return new CaseId(id);
        }

        public ComplaintId complaintId() {
            return new ComplaintId(id);
        }
    }

    /** Whose personal data: a case's subject or a complaint's complainant (one retention mechanism for both). */
    public enum Subject { CASE, COMPLAINT }
}
