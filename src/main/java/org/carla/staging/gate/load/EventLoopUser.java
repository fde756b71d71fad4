package org.carla.staging.gate.load;

import java.util.Map;
import org.carla.staging.gate.load.wire.Conversation;
import org.carla.staging.gate.load.wire.Exchange;
import org.carla.staging.gate.load.wire.Request;

/**
 * A closed-model user on an event loop, as the model sees it: flows drawn back to back, every answer
 * recorded. The loop calls it from one thread, as {@link FlowProgress} needs.
 */
final class EventLoopUser implements Conversation {
    private final Scenario scenario;
    private final Recording recording;
    private final FlowProgress progress;

    EventLoopUser(Scenario scenario, Recording recording) {
        this.scenario = scenario;
        this.recording = recording;
        this.progress = new FlowProgress(recording);
    }

    @Override
    public void joined() {
        recording.userBusy();
    }

    /** The next step of its flow, or the first of a new iteration. */
    @Override
    public Request next(long nowNanos) {
        if (progress.inFlow()) {
            progress.sendingAt(nowNanos);
        } else {
            progress.start(scenario, nowNanos);
        }
        return progress.step();
    }

    @Override
    public Map<String, String> variables() {
        return progress.variables();
    }

    @Override
    public void answered(Exchange exchange) {
        progress.completed(exchange);
    }

    @Override
    public void left() {
        recording.userIdle();
    }
}
