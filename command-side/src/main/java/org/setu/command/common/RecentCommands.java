package org.setu.command.common;

import org.setu.kernel.common.CommandId;
import org.setu.kernel.common.Stamp;
import org.setu.kernel.common.StampedCommand;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Optional;

/**
 * The ids of the last commands an aggregate applied, rebuilt from its events: a retried command whose id is here
 * already had its effect and produces no new events. Bounded, because retries come soon after the original. This is
 * the aggregates' whole retry bookkeeping: {@link #once} on the way in, {@link #rememberCommandOf} on every event.
 */
public final class RecentCommands {

    static final int WINDOW = 512;
    /** Each event record type's {@link Stamp} component, read once per type (none: an event no command made). */
    private static final ClassValue<Optional<Method>> STAMP_OF = new ClassValue<>() {
        @Override
        protected Optional<Method> computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            if (components == null) {
                throw new IllegalArgumentException(type.getName() + " is not a record: its command id cannot be read");
            }
            return Arrays.stream(components).filter(c -> c.getType() == Stamp.class).map(RecordComponent::getAccessor)
                    .findFirst();
        }
    };

    private final LinkedHashSet<CommandId> ids = new LinkedHashSet<>();

    public boolean contains(CommandId id) {
        return ids.contains(id);
    }

    /** Runs the command's effect unless it is a retry: then the first attempt's effect stands, and it succeeds. */
    public void once(StampedCommand command, Runnable effect) {
        if (!contains(command.stamp().commandId())) {
            effect.run();
        }
    }

    /** Remembers the command that made this event (events are records; one without a stamp came from a deadline). */
    public void rememberCommandOf(Object event) {
        STAMP_OF.get(event.getClass()).ifPresent(accessor -> remember(stampOf(event, accessor).commandId()));
    }

    public void remember(CommandId id) {
        ids.remove(id);
        ids.add(id);
        if (ids.size() > WINDOW) {
            Iterator<CommandId> oldest = ids.iterator();
            oldest.next();
            oldest.remove();
        }
    }

    private static Stamp stampOf(Object event, Method accessor) {
        try {
            return (Stamp) accessor.invoke(event);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("The stamp of " + event.getClass().getName() + " cannot be read", e);
        }
    }
}
