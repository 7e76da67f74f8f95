package org.setu.command.archviolation;

import com.mongodb.client.MongoDatabase;
import org.setu.infra.mongo.MongoConnection;

/** Breaks the module rules on purpose, so that the architecture test shows each rule can fail. */
public class CommandUsingMongo {
    MongoDatabase database;
    MongoConnection connection;
}
