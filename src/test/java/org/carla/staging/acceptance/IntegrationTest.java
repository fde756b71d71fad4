package org.carla.staging.acceptance;

import io.qameta.allure.Epic;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.carla.staging.gate.metrics.RequestTallyExtension;
import org.carla.staging.gate.security.passive.PassiveScanExtension;
import org.carla.staging.gate.stack.FailureEvidenceExtension;
import org.carla.staging.gate.stack.GateParameters;
import org.carla.staging.gate.stack.StagingStackExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/** A gate suite of the seed's "integration" category, run against the started stack. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("integration")
@Epic("integration")
@ExtendWith({StagingStackExtension.class, PassiveScanExtension.class, RequestTallyExtension.class, GateParameters.class, FailureEvidenceExtension.class})
public @interface IntegrationTest {
}
