/**
 * Monitoring as a tested product, without Grafana: the provisioned dashboards read from their JSON
 * ({@link org.carla.staging.gate.monitoring.DashboardFiles}), Grafana's template variables and built-in
 * intervals resolved the way Grafana resolves them ({@link org.carla.staging.gate.monitoring.QueryWindow},
 * {@link org.carla.staging.gate.monitoring.VariableResolver}, {@link org.carla.staging.gate.monitoring.TemplateInterpolator}),
 * every panel query run against Prometheus or Loki (or Grafana's own query API where Grafana runs) by
 * {@link org.carla.staging.gate.monitoring.DashboardCheck}, each panel getting a
 * {@link org.carla.staging.gate.monitoring.PanelVerdict} with its reason; and the alerting chain's evidence:
 * the notifications the gate's webhook receiver kept ({@link org.carla.staging.gate.monitoring.AlertNotifications}).
 * No JUnit, no Allure: callers attach the report strings.
 */
package org.carla.staging.gate.monitoring;
