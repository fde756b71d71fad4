package org.carla.staging.gate.http;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the run knows about each service's reachability. A service that cannot be reached is reported
 * once, fast, with what to do; later calls fail at once instead of waiting out timeouts again. The
 * application (backend, frontend) is different: when it answered earlier in the run and then stops, that
 * is a product defect, reported once with the requests just before it, and later tests are broken.
 */
public final class Reachability {
    private static final int RECENT = 8;

    /** One service as the gate reaches it: its name, URL, the setting that gave it, and whether it is the product. */
    public record Service(String name, URI url, String setting, boolean application) {
    }

    private final Map<String, RuntimeException> unreachable = new LinkedHashMap<>();
    private final Map<String, Deque<String>> recent = new LinkedHashMap<>();

    synchronized void answered(Service service, String exchange) {
        Deque<String> last = recent.computeIfAbsent(service.name(), k -> new ArrayDeque<>());
        if (last.size() == RECENT) last.removeFirst();
        last.addLast(exchange);
    }

    /** Throws at once when the service was found unreachable earlier in this run. */
    synchronized void checkStillReachable(Service service) {
        RuntimeException earlier = unreachable.get(service.name());
        if (earlier != null) throw new ServiceUnreachableException(earlier.getMessage() + " (found earlier in this run; not retried)", earlier);
    }

    /** Turns a connection problem into the run's one report about it; other failures pass through. */
    synchronized Throwable failed(Service service, String request, Throwable problem) {
        if (!isConnectionProblem(problem)) return problem;
        Deque<String> before = recent.get(service.name());
        String cause = rootMessage(problem);
        if (service.application() && before != null && !before.isEmpty()) {
            String message = service.name() + " stopped answering mid-run (" + service.url() + ", " + cause + ") at " + request
                    + ". It had answered these requests just before: " + String.join("; ", before)
                    + ". Tests after this one that need it are marked broken.";
            unreachable.put(service.name(), new ServiceUnreachableException(message, problem));
            return new ApplicationStoppedError(message, problem);
        }
        ServiceUnreachableException unreachableNow = new ServiceUnreachableException(service.name() + " at " + service.url()
                + " (setting " + service.setting() + ") cannot be reached: " + cause + ". What to do: start it, or point "
                + service.setting() + " at where it runs" + (service.application() ? "" : "; a staging without "
                + service.name() + " cannot pass the seed's " + service.name() + " checks"), problem);
        unreachable.put(service.name(), unreachableNow);
        return unreachableNow;
    }

    static boolean isConnectionProblem(Throwable problem) {
        for (Throwable t = problem; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof UnknownHostException || t instanceof NoRouteToHostException
                    || t instanceof SocketTimeoutException
                    || t.getClass().getName().equals("org.apache.http.NoHttpResponseException")) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable problem) {
        Throwable root = problem;
        while (root.getCause() != null) root = root.getCause();
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }
}
