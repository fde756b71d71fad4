package org.carla.staging.gate.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.carla.staging.gate.config.GateConfig;

/** JDBC access to the staging database as the gate sees it (seed: "Database Configuration"). */
public final class Database {
    private final String url;
    private final String user;
    private final String password;

    public Database(GateConfig config) {
        this.url = config.endpoints().jdbcUrl();
        this.user = config.database().username();
        this.password = config.database().password();
    }

    public Connection connect() throws SQLException {
        DriverManager.setLoginTimeout(10);
        return DriverManager.getConnection(url, user, password);
    }

    /** Rows of a query as column → value maps; parameters bound in order. */
    public List<Map<String, Object>> query(String sql, Object... parameters) throws SQLException {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setQueryTimeout(10);
            for (int i = 0; i < parameters.length; i++) statement.setObject(i + 1, parameters[i]);
            try (ResultSet rs = statement.executeQuery()) {
                List<Map<String, Object>> rows = new ArrayList<>();
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int c = 1; c <= columns; c++) row.put(rs.getMetaData().getColumnLabel(c), rs.getObject(c));
                    rows.add(row);
                }
                return rows;
            }
        }
    }

    /** Runs an update; returns the number of rows it changed. */
    public int update(String sql, Object... parameters) throws SQLException {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setQueryTimeout(10);
            for (int i = 0; i < parameters.length; i++) statement.setObject(i + 1, parameters[i]);
            return statement.executeUpdate();
        }
    }

    public long count(String sql, Object... parameters) throws SQLException {
        return ((Number) query(sql, parameters).get(0).values().iterator().next()).longValue();
    }

    /** Names of the tables in a schema. */
    public List<String> tables(String schema) throws SQLException {
        return query("select table_name from information_schema.tables where table_schema = ? order by 1", schema)
                .stream().map(r -> (String) r.get("table_name")).toList();
    }

    public String jdbcUrl() {
        return url;
    }
}
