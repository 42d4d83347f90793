package dev.seamsim.store;

import java.util.List;

/** One page of rows, plus the position to continue after when there are more. */
public record Page<R>(List<R> items, Long nextAfter) {
    public boolean hasNext() { return nextAfter != null; }
}
