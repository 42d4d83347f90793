package dev.seamsim.store;

import java.util.ArrayDeque;
import java.util.Deque;

/** Records how to reverse each change of one write, so a write that fails half-way leaves nothing behind. */
final class UndoLog {
    private final Deque<Runnable> steps = new ArrayDeque<>();
    private boolean active;

    void begin() {
        steps.clear();
        active = true;
    }

    void record(Runnable undo) {
        if (active) steps.push(undo);
    }

    void commit() {
        steps.clear();
        active = false;
    }

    void rollback() {
        active = false;
        while (!steps.isEmpty()) steps.pop().run();
    }
}
