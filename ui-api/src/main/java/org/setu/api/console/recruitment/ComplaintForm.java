package org.setu.api.console.recruitment;

import org.setu.kernel.recruitment.ComplaintStep;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every form the complaint page can post, by its path's last segment, which is also the API's route for it
 * ({@code POST /api/v1/complaints/{id}/<path>}): the lifecycle's steps (each named by its {@link ComplaintStep}), then
 * sharing, erasure and linking to a case. {@link RecruitmentGateway#step} routes each in a switch without default, so
 * a form added here cannot go unrouted; {@code ComplaintFormTest} holds the list to the lifecycle and the API.
 */
public enum ComplaintForm {
    REGISTER(ComplaintStep.REGISTER), NOTIFY_AGENCY(ComplaintStep.NOTIFY_AGENCY), HEARING(ComplaintStep.HEARING),
    AWARD(ComplaintStep.AWARD), PAYMENT(ComplaintStep.PAYMENT), DEFAULT(ComplaintStep.DEFAULT),
    REFER_TO_COURT(ComplaintStep.REFER_TO_COURT), WITHDRAW(ComplaintStep.WITHDRAW), CLOSE(ComplaintStep.CLOSE),
    REOPEN(ComplaintStep.REOPEN),
    SHARE("share"), ERASE_COMPLAINANT("erase-complainant"), LINK_CASE("link-case");

    private final String path;

    /** A lifecycle step's form posts to the step's own path. */
    ComplaintForm(ComplaintStep step) {
        this(step.path());
    }

    ComplaintForm(String path) {
        this.path = path;
    }

    public String path() {
        return path;
    }

    /** The form a path names, if any. */
    public static Optional<ComplaintForm> ofPath(String path) {
        return Arrays.stream(values()).filter(form -> form.path.equals(path)).findFirst();
    }
}
