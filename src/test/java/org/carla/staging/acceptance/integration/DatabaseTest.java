package org.carla.staging.acceptance.integration;

import static org.assertj.core.api.Assertions.assertThat;

import io.qameta.allure.Feature;
import io.qameta.allure.Story;
import java.sql.Connection;
import java.util.List;
import org.carla.staging.acceptance.IntegrationTest;
import org.carla.staging.gate.config.GateConfig;
import org.carla.staging.gate.db.Database;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Seed "Automated Testing" 4. Integration Testing: database connectivity (seed "Database Configuration"). */
@IntegrationTest
@Feature("4. Integration Testing")
@Story("Database connectivity")
class DatabaseTest {

    @Test
    @DisplayName("The staging database answers over JDBC on its published port, as the seed's user")
    void databaseIsReachableByJdbc(GateConfig config) throws Exception {
        try (Connection connection = new Database(config).connect()) {
            assertThat(connection.isValid(5)).as("connection to %s is valid", config.endpoints().jdbcUrl()).isTrue();
            assertThat(connection.getCatalog()).as("database name").isEqualTo(config.databaseName());
            assertThat(connection.getMetaData().getDatabaseProductVersion()).as("PostgreSQL 15 (seed)").startsWith("15.");
        }
    }

    @Test
    @DisplayName("The application schema holds the expected tables")
    void schemaHoldsTheExpectedTables(GateConfig config) throws Exception {
        String schema = config.expectations().databaseSchema();
        List<String> expected = config.expectations().databaseTables();
        assertThat(new Database(config).tables(schema)).as("tables of schema %s", schema).containsAll(expected);
    }
}
