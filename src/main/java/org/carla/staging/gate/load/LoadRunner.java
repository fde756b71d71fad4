package org.carla.staging.gate.load;

import java.net.URI;
import org.carla.staging.gate.load.wire.EventLoops;
import org.carla.staging.gate.load.wire.Transport;
import org.carla.staging.gate.load.wire.TransportKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs plans against one base URL (e.g. the backend, or the frontend) and returns what they measured.
 * Each run has its own connections and threads, all gone when {@link #run} returns.
 */
public final class LoadRunner {
    private static final Logger LOG = LoggerFactory.getLogger(LoadRunner.class);

    private final URI baseUri;
    private final TransportKind transport;

    /** Plain keep-alive sockets for {@code http://} (event loops for the closed model), the JDK client for {@code https://}. */
    public LoadRunner(URI baseUri) {
        this(baseUri, TransportKind.EVENT_LOOP);
    }

    /** @param transport another {@link TransportKind} to compare with; {@code https://} always uses the JDK client */
    public LoadRunner(URI baseUri, TransportKind transport) {
        if (baseUri == null || baseUri.getScheme() == null || baseUri.getHost() == null) {
            throw new IllegalArgumentException("a load runner needs an absolute base URL such as http://127.0.0.1:8001, got " + baseUri);
        }
        if (transport == null) {
            throw new IllegalArgumentException("a load runner needs a transport, e.g. TransportKind.EVENT_LOOP");
        }
        this.baseUri = baseUri;
        this.transport = transport;
    }

    /** Runs for the plan's duration plus at most the time flows in flight need to finish. */
    public LoadResult run(LoadPlan plan) {
        long start = System.nanoTime();
        long measureFrom = start + plan.warmUp().toNanos();
        long end = start + plan.duration().toNanos();
        Recording recording = new Recording(measureFrom, plan.blockLength().toNanos());
        LOG.info("load [{}] starts: {} model, {} for {} against {}", plan.name(), plan.model(), plan.levelLabel(),
                plan.duration(), baseUri);
        try (ProgressLog ignored = ProgressLog.start(plan, recording, start)) {
            if (onEventLoops(plan)) {
                new EventLoopDriver(baseUri).drive(plan, recording, start, end);
            } else {
                try (Transport connections = Transport.of(transport, baseUri, plan.requestTimeout())) {
                    Driver.of(plan.model()).drive(plan, new IterationRunner(plan.scenario(), connections, recording), recording, start, end);
                }
            }
        } catch (InterruptedException interrupted) {
            // Whoever interrupted wants the thread back; what was measured so far is still worth returning.
            Thread.currentThread().interrupt();
        }
        LoadResult result = recording.result(plan, (end - measureFrom) / 1e9);
        LOG.info("load [{}] done: {} requests, {} failed, p95 {} ms", plan.name(), result.overall().requests(),
                result.overall().failures(), result.overall().duration().p95());
        return result;
    }

    /** How many threads the closed model runs for this many users on the default transport: one per two cores. */
    public static int eventLoopThreads(int users) {
        return EventLoops.loops(users);
    }

    private boolean onEventLoops(LoadPlan plan) {
        return transport == TransportKind.EVENT_LOOP && plan.model() == Model.CLOSED && Transport.plainHttp(baseUri);
    }
}
