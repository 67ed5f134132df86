// Ports of the test stacks. TEST_PORT_OFFSET shifts them all, so two checkouts on one machine
// can run their suites at the same time without fighting over ports.
const offset = Number(process.env.TEST_PORT_OFFSET ?? 0);

export const TEST_PORTS = {
  integrationPostgres: 54349 + offset,
  e2eApp: 3100 + offset,
  e2ePostgres: 54339 + offset,
  e2eStripeStandin: 12112 + offset,
  startupPostgres: 54319 + offset,
  /** The scale group's stack (tests/scale): PostgreSQL, stand-in, SMTP, load balancer, then one port per app instance. */
  scalePostgres: 54379 + offset,
  scaleStripeStandin: 12132 + offset,
  scaleSmtp: 2625 + offset,
  scaleBalancer: 3300 + offset,
  scaleApps: 3301 + offset,
};
