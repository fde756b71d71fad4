-- Schema of the CARLA Driving Simulator Client staging database (reference stack).
-- Applied by the stack's one-shot schema service (psql, connected to the database
-- carla_simulator_staging as user postgres). Upstream keeps every table in the schema carla_simulator;
-- the backend connects with search_path=carla_simulator,public.

BEGIN;

CREATE SCHEMA IF NOT EXISTS carla_simulator;
SET search_path TO carla_simulator, public;

-- One tenant per registered user (and one for the seeded admin).
CREATE TABLE IF NOT EXISTS tenants (
    id          SERIAL PRIMARY KEY,
    name        VARCHAR(100) NOT NULL,
    slug        VARCHAR(100) NOT NULL UNIQUE,
    is_active   BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at  TIMESTAMPTZ  NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS users (
    id             SERIAL PRIMARY KEY,
    username       VARCHAR(50)  NOT NULL,
    email          VARCHAR(255) NOT NULL,
    password_hash  VARCHAR(255) NOT NULL,
    first_name     VARCHAR(100),
    last_name      VARCHAR(100),
    is_active      BOOLEAN      NOT NULL DEFAULT TRUE,
    is_admin       BOOLEAN      NOT NULL DEFAULT FALSE,
    tenant_id      INTEGER      NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    created_at     TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at     TIMESTAMPTZ  NOT NULL DEFAULT now(),
    last_login     TIMESTAMPTZ,
    CONSTRAINT users_username_format CHECK (username ~ '^[A-Za-z0-9_]{3,50}$')
);
CREATE UNIQUE INDEX IF NOT EXISTS users_username_lower_key ON users (lower(username));
CREATE UNIQUE INDEX IF NOT EXISTS users_email_lower_key ON users (lower(email));
CREATE INDEX IF NOT EXISTS users_tenant_id_idx ON users (tenant_id);

-- One row per issued access token (jti); logout sets revoked_at.
CREATE TABLE IF NOT EXISTS user_sessions (
    id           SERIAL PRIMARY KEY,
    user_id      INTEGER      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    tenant_id    INTEGER      NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    jti          VARCHAR(64)  NOT NULL UNIQUE,
    ip_address   VARCHAR(64),
    user_agent   VARCHAR(255),
    created_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    expires_at   TIMESTAMPTZ  NOT NULL,
    revoked_at   TIMESTAMPTZ
);
CREATE INDEX IF NOT EXISTS user_sessions_user_id_idx ON user_sessions (user_id);
CREATE INDEX IF NOT EXISTS user_sessions_tenant_id_idx ON user_sessions (tenant_id);
CREATE INDEX IF NOT EXISTS user_sessions_expires_at_idx ON user_sessions (expires_at);

CREATE TABLE IF NOT EXISTS tenant_configs (
    id          SERIAL PRIMARY KEY,
    tenant_id   INTEGER     NOT NULL UNIQUE REFERENCES tenants (id) ON DELETE CASCADE,
    app_config  JSONB       NOT NULL DEFAULT '{}'::jsonb,
    sim_config  JSONB       NOT NULL DEFAULT '{}'::jsonb,
    version     INTEGER     NOT NULL DEFAULT 1,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS scenarios (
    id           SERIAL PRIMARY KEY,
    name         VARCHAR(100) NOT NULL UNIQUE,
    description  TEXT,
    created_at   TIMESTAMPTZ  NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS simulation_reports (
    id          SERIAL PRIMARY KEY,
    tenant_id   INTEGER      NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    name        VARCHAR(255) NOT NULL,
    html        TEXT         NOT NULL,
    session_id  VARCHAR(64),
    status      VARCHAR(20)  NOT NULL DEFAULT 'completed',
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS simulation_reports_tenant_id_idx ON simulation_reports (tenant_id, created_at DESC);

-- Log "files": every line of one file shares (tenant_id, file_name).
CREATE TABLE IF NOT EXISTS app_logs (
    id          BIGSERIAL PRIMARY KEY,
    tenant_id   INTEGER      NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    file_name   VARCHAR(128) NOT NULL,
    level       VARCHAR(10)  NOT NULL DEFAULT 'INFO',
    logger      VARCHAR(100),
    message     TEXT         NOT NULL,
    session_id  VARCHAR(64),
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS app_logs_tenant_file_idx ON app_logs (tenant_id, file_name, id);

CREATE TABLE IF NOT EXISTS simulation_metrics (
    id            BIGSERIAL PRIMARY KEY,
    tenant_id     INTEGER          NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    session_id    VARCHAR(64)      NOT NULL,
    scenario      VARCHAR(100),
    metric_name   VARCHAR(100)     NOT NULL,
    metric_value  DOUBLE PRECISION NOT NULL,
    recorded_at   TIMESTAMPTZ      NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS simulation_metrics_tenant_id_idx ON simulation_metrics (tenant_id, recorded_at DESC);
CREATE INDEX IF NOT EXISTS simulation_metrics_session_idx ON simulation_metrics (session_id);

CREATE TABLE IF NOT EXISTS carla_metadata (
    id          SERIAL PRIMARY KEY,
    key         VARCHAR(100) NOT NULL UNIQUE,
    value       TEXT,
    updated_at  TIMESTAMPTZ  NOT NULL DEFAULT now()
);

INSERT INTO scenarios (name, description) VALUES
    ('follow_route',     'Follow a planned route through waypoints'),
    ('avoid_obstacle',   'Detect and avoid a static obstacle ahead'),
    ('emergency_brake',  'Brake to a stop for a sudden obstacle'),
    ('vehicle_cutting',  'React to a vehicle cutting into the lane')
ON CONFLICT (name) DO NOTHING;

INSERT INTO carla_metadata (key, value) VALUES
    ('schema_version', '1'),
    ('schema_source', 'carla-staging reference stack')
ON CONFLICT (key) DO NOTHING;

COMMIT;
