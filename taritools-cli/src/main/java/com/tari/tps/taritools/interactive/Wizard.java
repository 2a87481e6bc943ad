package com.tari.tps.taritools.interactive;

import com.tari.tps.taritools.client.TpsException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

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

    /**
     * Runs the steps, then {@code send}. When the server refuses what was entered (a 4xx such as an unknown order or a
     * no-op change), its reason is shown on the first step and the wizard runs again with every answer kept, so the
     * user fixes the one wrong field instead of typing everything again. A refused login (401, 403) or a server that
     * failed (5xx, or not reachable) is no input problem: it is thrown.
     */
    <T> T submit(Ui ui, Supplier<T> send) {
        while (true) {
            run();
            try {
                return send.get();
            } catch (TpsException e) {
                if (!refusesInput(e.status())) {
                    throw e;
                }
                ui.note("The server refused it: " + e.getMessage() + " (fix a field and go on, or Esc to leave)");
            }
        }
    }

    private static boolean refusesInput(int status) {
        return status >= 400 && status < 500 && status != 401 && status != 403;
    }
}
