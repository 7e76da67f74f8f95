package org.setu.command.common;

import org.setu.kernel.common.CommandId;

import java.util.Iterator;
import java.util.LinkedHashSet;

/**
 * The ids of the last commands an aggregate applied, rebuilt from its events: a retried command whose id is here
 * already had its effect and produces no new events. Bounded, because retries come soon after the original.
 */
public final class RecentCommands {

    static final int WINDOW = 512;
    private final LinkedHashSet<CommandId> ids = new LinkedHashSet<>();

    public boolean contains(CommandId id) {
        return ids.contains(id);
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
}
