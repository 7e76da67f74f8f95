package org.setu.kernel.archviolation;

import org.axonframework.modelling.command.AggregateLifecycle;
import org.springframework.context.ApplicationContext;

/** Breaks the module rules on purpose, so that the architecture test shows each rule can fail. */
public class KernelUsingSpring {
    ApplicationContext context;

    void apply() {
        AggregateLifecycle.apply("x");
    }
}
