package com.tari.tps.taritools.interactive;

import java.util.ArrayList;
import java.util.List;

/**
 * Prompts in order, where Esc goes back one step instead of losing everything: each step keeps its answer in the
 * dialog's own fields, so stepping back shows it again for editing. Esc on the first step leaves the wizard
 * ({@link Cancelled}). Bad input never gets here: {@link Ui#ask(String, boolean, String, java.util.function.Function)}
 * re-prompts that one field with the reason.
 */
final class Wizard {
    private final List<Runnable> steps = new ArrayList<>();

    Wizard step(Runnable step) {
        steps.add(step);
        return this;
    }

    void run() {
        int i = 0;
        while (i < steps.size()) {
            try {
                steps.get(i).run();
                i++;
            } catch (Cancelled e) {
                if (i == 0) {
                    throw e;
                }
                i--;
            }
        }
    }
}
