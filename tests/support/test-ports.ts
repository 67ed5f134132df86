// Ports of the test stacks. TEST_PORT_OFFSET shifts them all, so two checkouts on one machine
// can run their suites at the same time without fighting over ports.
const offset = Number(process.env.TEST_PORT_OFFSET ?? 0);

export const TEST_PORTS = {
  integrationPostgres: 54349 + offset,
  e2eApp: 3100 + offset,
  e2ePostgres: 54339 + offset,
  e2eStripeStandin: 12112 + offset,
  startupPostgres: 54319 + offset,
};
