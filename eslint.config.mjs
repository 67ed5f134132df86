// ESLint: Next.js's rules (core web vitals, React, hooks, a11y) plus typescript-eslint.
// Run by `npm run lint` and by `npm test`; formatting is Prettier's job, not ESLint's.
import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    ignores: ["**/.next/**", ".data/**", "node_modules/**", "next-env.d.ts", "test-results/**", "playwright-report/**"],
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
    },
  },
  {
    // The reader's site links with plain <a>: next/link prefetches every link in view (an RSC
    // request parsed on the main thread each, which Lighthouse counts as blocking time) and its
    // client-side navigation skips the page cache and the back/forward cache. The desk keeps it.
    files: ["app/(site)/**", "components/**"],
    ignores: ["components/desk/**"],
    rules: {
      "@next/next/no-html-link-for-pages": "off",
      "no-restricted-imports": [
        "error",
        { paths: [{ name: "next/link", message: "Reading pages use plain <a> links (see eslint.config.mjs)." }] },
      ],
    },
  },
];

export default config;
