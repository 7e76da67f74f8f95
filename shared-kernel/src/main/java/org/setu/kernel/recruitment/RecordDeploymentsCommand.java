package org.setu.kernel.recruitment;

import java.time.YearMonth;

import org.setu.kernel.common.Checks;
import org.setu.kernel.common.ErrorCode;
import org.setu.kernel.common.InvalidInputException;
import org.setu.kernel.common.Stamp;

/** Records the workers (and women among them) the agency sent abroad in a month, from the licensing authority's records (SECRETARIAT_ADMIN); replaces an earlier figure. */
public record RecordDeploymentsCommand(Licence licence,
                                       YearMonth month,
                                       int workers,
                                       int women,
                                       Stamp stamp) implements RecruitingAgencyCommand {

    /** More than any agency sends in a month (Bangladesh sent about 1.3 million workers in all of 2023). */
    public static final int MAX_WORKERS = 200_000;

    public RecordDeploymentsCommand {
        Checks.required(licence, "licence");
        Checks.required(month, "month");
        if (workers < 0 || workers > MAX_WORKERS || women < 0 || women > workers) {
            throw new InvalidInputException(ErrorCode.INVALID_INPUT, "workers", "workers must be 0 to " + MAX_WORKERS
                    + " and women 0 to workers; got " + workers + " and " + women);
        }
        Checks.required(stamp, "stamp");
    }
}
