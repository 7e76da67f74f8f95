package org.setu.query.common;

import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;

import java.util.ArrayList;
import java.util.List;

/** A tracking processor's unit of work over a batch of plain events, for tests of what a batch keeps. */
final class Batches {

    private Batches() {
    }

    static BatchingUnitOfWork<?> of(int events) {
        List<GenericEventMessage<String>> batch = new ArrayList<>();
        for (int i = 0; i < events; i++) {
            batch.add(new GenericEventMessage<>("event " + i));
        }
        return new BatchingUnitOfWork<>(batch);
    }
}
