package org.carla.staging.gate.http;

/** The method and path of the last request this thread sent, for messages about its answer. */
final class LastRequest {
    private static final ThreadLocal<String> LAST = ThreadLocal.withInitial(() -> "the last request");

    private LastRequest() {
    }

    static void set(String methodAndPath) {
        LAST.set(methodAndPath);
    }

    static String describe() {
        return LAST.get();
    }
}
