package org.carla.staging.acceptance;

import io.qameta.allure.Epic;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.carla.staging.gate.stack.GateParameters;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/** A prerequisite check: runs before the stack exists and never starts it. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("prereq")
@Epic("prereq")
@ExtendWith(GateParameters.class)
public @interface PrereqTest {
}
