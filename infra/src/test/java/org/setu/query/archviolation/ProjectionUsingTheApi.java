package org.setu.query.archviolation;

import org.setu.api.security.Caller;
import org.setu.command.referral.SlaPolicy;

/** Breaks the module rules on purpose, so that the architecture test shows each rule can fail. */
public class ProjectionUsingTheApi {
    Caller caller;
    SlaPolicy policy;
}
