import path from "node:path";

// The reference app for `npm run bench`: two pages the size of an article page, built with the
// product's own Next.js, so the product's throughput is measured against what the framework
// does on the same machine in the same run. Not part of the product.
const config = {
  poweredByHeader: false,
  turbopack: { root: path.resolve(import.meta.dirname, "../..") },
};

export default config;
