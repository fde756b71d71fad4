package org.carla.staging.gate.security.passive;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.carla.staging.gate.security.Finding;

/**
 * A table-driven passive rule: a function from an exchange to the evidence it found (one finding per
 * evidence string), and the one fix that applies to all of them.
 */
public record PassiveCheck(String id, String title, String advice, Function<Exchange, List<String>> evidence)
        implements PassiveRule {
    public PassiveCheck {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(evidence, "evidence");
    }

    @Override
    public List<Finding> inspect(Exchange exchange) {
        return evidence.apply(exchange).stream().map(e -> Finding.of(this, exchange.location(), e, advice)).toList();
    }
}
