package org.carla.staging.gate.config;

import java.util.List;
import java.util.Optional;

/**
 * What the gate expects of the application beyond the seed's figures: the exact version (when given),
 * the database schema and tables, the API routes timed one by one, the Prometheus job that scrapes the
 * backend, the Loki selector of its logs, the SQL that makes the gate's registered administrator one, and
 * the SQL that gives a tenant a report (the contract's simulation_reports: tenant_id, name, html).
 */
public record Expectations(Optional<String> version, String databaseSchema, List<String> databaseTables,
                           List<String> timedApiRoutes, String prometheusBackendJob, String lokiBackendSelector,
                           String adminPromoteSql, String reportSeedSql) {

    static Expectations read(Settings s) {
        return new Expectations(s.optional("staging.expected.version"), s.text("staging.database.schema"),
                s.requiredList("staging.database.tables"), s.requiredList("staging.performance.api.routes"),
                s.text("staging.prometheus.backend.job"), s.text("staging.loki.backend.selector"),
                s.text("staging.admin.promote.sql"), s.text("staging.tenancy.report.sql"));
    }
}
