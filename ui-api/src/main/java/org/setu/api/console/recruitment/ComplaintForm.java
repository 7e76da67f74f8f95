package org.setu.api.console.recruitment;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every form the complaint page can post, by its path's last segment, which is also the API's route for it
 * ({@code POST /api/v1/complaints/{id}/<path>}): the lifecycle's steps ({@code ComplaintProgress.STEPS}), then
 * sharing, erasure and linking to a case. {@link RecruitmentGateway#step} routes each in a switch without default, so
 * a form added here cannot go unrouted; {@code ComplaintFormTest} holds the list to the lifecycle and the API.
 */
public enum ComplaintForm {
    REGISTER("register"), NOTIFY_AGENCY("notify-agency"), HEARING("hearing"), AWARD("award"), PAYMENT("payment"),
    DEFAULT("default"), REFER_TO_COURT("refer-to-court"), WITHDRAW("withdraw"), CLOSE("close"), REOPEN("reopen"),
    SHARE("share"), ERASE_COMPLAINANT("erase-complainant"), LINK_CASE("link-case");

    private final String path;

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
