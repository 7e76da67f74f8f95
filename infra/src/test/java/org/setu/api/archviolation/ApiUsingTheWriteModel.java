package org.setu.api.archviolation;

import com.mongodb.client.MongoDatabase;
import org.setu.command.referral.ReferralCase;
import org.setu.query.referral.CaseViewStore;

/** Breaks the module rules on purpose, so that the architecture test shows each rule can fail. */
public class ApiUsingTheWriteModel {
    ReferralCase aggregate;
    CaseViewStore store;
    MongoDatabase database;
}
