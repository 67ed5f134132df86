import path from "node:path";
import { z } from "zod";

// Settings of the start script itself (the app's own settings are validated in lib/env.ts).
const schema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  DISPATCH_DATA_DIR: z.string().min(1).default(".data"),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
  STRIPE_STANDIN_PORT: z.coerce.number().int().min(1).max(65535).default(12111),
  DATABASE_URL: z.string().url().optional(),
  STRIPE_SECRET_KEY: z.string().min(1).optional(),
  APP_URL: z.string().url().optional(),
});

export type StartConfig = z.infer<typeof schema> & { dataDir: string; appUrl: string };

export function readStartConfig(source: Record<string, string | undefined>): StartConfig {
  const result = schema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Invalid start settings:\n${problems}`);
  }
  const config = result.data;
  return {
    ...config,
    dataDir: path.resolve(config.DISPATCH_DATA_DIR),
    appUrl: config.APP_URL ?? `http://localhost:${config.PORT}`,
  };
}
