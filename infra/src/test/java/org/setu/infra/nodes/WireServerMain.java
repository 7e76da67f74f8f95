package org.setu.infra.nodes;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

import java.net.InetSocketAddress;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A MongoDB wire-protocol server as its own OS process, standing in for a replica set: mongo-java-server with its H2
 * backend on the file given, on the port given (0: any). Prints {@code PORT <n>} once it listens; commits the store
 * every 100 ms (it is never killed in the tests, only the Setu nodes are).
 */
public final class WireServerMain {

    private WireServerMain() {
    }

    public static void main(String[] args) throws Exception {
        H2Backend backend = new H2Backend(args[0]);
        MongoServer server = new MongoServer(backend);
        server.bind("127.0.0.1", Integer.parseInt(args[1]));
        InetSocketAddress address = server.getLocalAddress();
        Executors.newSingleThreadScheduledExecutor().scheduleWithFixedDelay(backend::commit, 100, 100, TimeUnit.MILLISECONDS);
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown));
        System.out.println("PORT " + address.getPort());
        System.out.flush();
        Thread.currentThread().join();
    }
}
