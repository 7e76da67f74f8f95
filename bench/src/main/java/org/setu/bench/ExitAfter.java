package org.setu.bench;

/**
 * Runs a benchmark that starts the application, then ends the JVM (1 when it failed): the application leaves
 * non-daemon threads behind after close, so returning from {@code main} would not end the run.
 */
final class ExitAfter {

    interface Body {
        void run(String[] args) throws Exception;
    }

    private ExitAfter() {
    }

    static void run(Body body, String[] args) {
        try {
            body.run(args);
        } catch (Exception e) {
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }
}
