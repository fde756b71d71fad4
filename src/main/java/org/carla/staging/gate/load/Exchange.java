package org.carla.staging.gate.load;

/**
 * The outcome of one request as the recording needs it.
 *
 * @param body    the answer, kept only when the step extracts from it (otherwise null)
 * @param failure why it failed ("status 500", "timeout", ...), null when it succeeded
 */
record Exchange(int status, long bytes, byte[] body, String failure) {
    static Exchange failed(String why) {
        return new Exchange(0, 0, null, why);
    }
}
