package org.carla.staging.gate.stack;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.carla.staging.gate.compose.ComposeProject;
import org.carla.staging.gate.compose.World;
import org.carla.staging.gate.compose.WorldDetector;
import org.carla.staging.gate.config.ConfigSource;
import org.carla.staging.gate.config.GateConfig;
import org.carla.staging.gate.config.Target;
import org.carla.staging.gate.docker.CommandRunner;
import org.carla.staging.gate.docker.DockerCli;
import org.carla.staging.gate.http.HttpSpecs;
import org.carla.staging.gate.http.Reachability;
import org.carla.staging.gate.prereq.Check;
import org.carla.staging.gate.prereq.Prerequisites;
import org.carla.staging.gate.report.AllureEnvironment;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything one gate run shares, kept in the JUnit root store: the configuration, the stack (started
 * on first demand, once, whether the run is the whole gate or one class in the IDE), the HTTP specs and
 * any run-wide services extensions add (e.g. the security findings collector). A failed start is
 * remembered: every later class fails at once with that cause instead of timing out again.
 */
public final class GateRun implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(GateRun.class);
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(GateRun.class);

    private final GateConfig config;
    private final DockerCli docker;
    private World world;
    private ComposeProject project;
    private final Map<Class<?>, Object> services = new LinkedHashMap<>();
    private final List<io.restassured.filter.Filter> httpObservers = new ArrayList<>();
    private final Function<GateRun, StagingStack> starter;
    private StagingStack stack;
    private RuntimeException startFailure;

    GateRun(GateConfig config) {
        this(config, GateRun::start);
    }

    /** With another way to start the stack: for the engine's own tests. */
    GateRun(GateConfig config, Function<GateRun, StagingStack> starter) {
        this.config = config;
        this.docker = new DockerCli(new CommandRunner(config.projectDir(), Map.of()));
        this.starter = starter;
    }

    public static GateRun of(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(GateRun.class, key -> new GateRun(GateConfig.read(ConfigSource.withParameters(
                        name -> context.getConfigurationParameter(name).orElse(null)))), GateRun.class);
    }

    public GateConfig config() {
        return config;
    }

    public DockerCli docker() {
        return docker;
    }

    /** The world of this run, detected once (see README "Two worlds"). */
    public synchronized World world() {
        if (world == null) {
            world = WorldDetector.detect(config, docker);
            LOG.info("World: {} (detected once; staging.world={})", world, config.world());
        }
        return world;
    }

    /** The compose project of this run, under the name the gate chose for it; made once. */
    public synchronized ComposeProject project() {
        if (project == null) project = ComposeProject.forRun(config, world());
        return project;
    }

    public synchronized StagingStack stack() {
        if (stack != null) return stack;
        if (startFailure != null) {
            throw new StackStartException("The stack failed to start earlier in this run (reported once, not retried): "
                    + startFailure.getMessage(), startFailure);
        }
        try {
            stack = starter.apply(this);
            AllureEnvironment.write(environmentFacts(stack));
            return stack;
        } catch (RuntimeException e) {
            startFailure = e;
            throw e;
        }
    }

    public synchronized boolean stackStarted() {
        return stack != null;
    }

    /** A run-wide service, made once (e.g. a findings collector shared by every test of the run). */
    public synchronized <T> T service(Class<T> type, Function<GateRun, T> factory) {
        return type.cast(services.computeIfAbsent(type, key -> factory.apply(this)));
    }

    /** Filters that see every HTTP exchange of the run; register before the first spec is made. */
    public synchronized void observeHttp(io.restassured.filter.Filter filter) {
        if (!httpObservers.contains(filter)) httpObservers.add(filter);
    }

    public synchronized HttpSpecs http() {
        return new HttpSpecs(config, httpObservers, service(Reachability.class, r -> new Reachability()));
    }

    private static StagingStack start(GateRun run) {
        return run.startStack();
    }

    private StagingStack startStack() {
        if (config.target() == Target.EXTERNAL) {
            LOG.info("Gate target: external staging at {}", config.endpoints());
            return new ExternalStack(config);
        }
        Prerequisites prerequisites = new Prerequisites(config, docker, System.getenv());
        requireAll(List.of(prerequisites.dockerEngine(), prerequisites.composeV2()));
        LOG.info("Gate target: compose stack {}", project().name());
        requireAll(List.of(prerequisites.testcontainersSettings(world()), prerequisites.imagesPresent(project())));
        return new ComposeLauncher(docker).launch(config, project());
    }

    private static void requireAll(List<Check> checks) {
        for (Check check : checks) {
            if (!check.ok()) throw new StackStartException("The staging stack did not start: prerequisite failed. " + check.explain(), null);
        }
    }

    private Map<String, String> environmentFacts(StagingStack stack) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("target", config.target().name().toLowerCase());
        facts.put("world", stack.world().name().toLowerCase());
        facts.put("backend", stack.endpoints().backend().toString());
        facts.put("frontend", stack.endpoints().frontend().toString());
        facts.put("services", String.join(", ", stack.services()));
        facts.put("faults", config.faults().isEmpty() ? "none" : String.join(",", config.faults()));
        facts.put("java", System.getProperty("java.version"));
        stack.containers().ifPresent(c -> {
            facts.put("compose.project", c.project());
            c.states().forEach(s -> facts.put("image." + s.service(), s.image()));
        });
        facts.put("docker", docker.docker("version", "--format", "{{.Server.Version}}").stdout().strip());
        facts.put("compose", docker.docker("compose", "version", "--short").stdout().strip());
        return facts;
    }

    @Override
    public synchronized void close() {
        if (stack instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                LOG.error("Closing the stack failed: {}", e.getMessage(), e);
            }
        }
    }
}
