package org.carla.staging.gate.stack;

import java.util.Set;
import org.carla.staging.gate.config.Endpoints;
import org.carla.staging.gate.config.GateConfig;
import org.carla.staging.gate.docker.DockerCli;
import org.carla.staging.gate.http.HttpSpecs;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Injects the run's parts into test methods: {@link StagingStack}, {@link Endpoints}, {@link HttpSpecs},
 * {@link GateConfig}, {@link DockerCli} and {@link GateRun}. Asking for the stack starts it (once per run).
 */
public final class GateParameters implements ParameterResolver {
    private static final Set<Class<?>> INJECTED = Set.of(StagingStack.class, Endpoints.class, HttpSpecs.class,
            GateConfig.class, GateRun.class, DockerCli.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return INJECTED.contains(parameter.getParameter().getType());
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        GateRun run = GateRun.of(context);
        Class<?> type = parameter.getParameter().getType();
        if (type == GateRun.class) return run;
        if (type == GateConfig.class) return run.config();
        if (type == DockerCli.class) return run.docker();
        if (type == HttpSpecs.class) return run.http();
        if (type == Endpoints.class) return run.stack().endpoints();
        if (type == StagingStack.class) return run.stack();
        throw new ParameterResolutionException("GateParameters cannot inject " + type.getName());
    }
}
