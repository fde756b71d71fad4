package org.carla.staging.gate.load;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.carla.staging.gate.load.wire.EventLoops;
import org.carla.staging.gate.load.wire.TransportKind;

/**
 * The closed model on {@link EventLoops} ({@link TransportKind#EVENT_LOOP}): user i joins at
 * {@code rampUp * i / N}, then loops iterations back to back as an {@link EventLoopUser}.
 */
final class EventLoopDriver {
    private final URI baseUri;

    EventLoopDriver(URI baseUri) {
        this.baseUri = baseUri;
    }

    void drive(LoadPlan plan, Recording recording, long startNanos, long endNanos) throws InterruptedException {
        int users = plan.virtualUsers();
        long ramp = plan.rampUp().toNanos();
        List<EventLoops.User> joining = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            joining.add(new EventLoops.User(startNanos + ramp * i / users, new EventLoopUser(plan.scenario(), recording)));
        }
        new EventLoops(baseUri, plan.requestTimeout(), Schedule.threads("load-loop"))
                .run(joining, endNanos, endNanos + Driver.graceNanos(plan));
    }
}
