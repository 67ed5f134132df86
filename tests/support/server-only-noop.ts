// Vitest runs outside Next.js, where "server-only" would throw; tests are server code anyway.
export {};
