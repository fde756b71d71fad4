/**
 * Canary secrets: every secret of the run (the passwords the gate registers, the tokens it receives, the
 * administrator, database and JWT secrets) is searched for wherever a secret can end up: every HTTP
 * answer of the application, every service's log, Prometheus' series and labels, the frontend's files and
 * the gate's own report attachments. A secret too common to be told apart (the seed's default database
 * password) is listed as not searchable, with the reason, never silently skipped.
 */
package org.carla.staging.gate.security.canary;
