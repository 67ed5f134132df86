import { z } from "zod";

// The only reader of process.env for the app. Parsed lazily so that importing a module
// never fails at build time; the first use reports every bad value at once.

const optionalString = z.string().trim().min(1).optional().catch(undefined);
const list = z
  .string()
  .optional()
  .transform((v) =>
    (v ?? "")
      .split(",")
      .map((s) => s.trim().toLowerCase())
      .filter(Boolean),
  );

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** Required by anything that touches the database; `npm start` provides it. */
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: "DATABASE_URL must be a postgresql:// URL" }).optional(),
  /** Public URL of the site; defaults to http://localhost:PORT. */
  APP_URL: z.string().url().optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /**
   * How many reverse proxies in front of the app append to X-Forwarded-For (0: none, the app
   * faces the internet). Forwarding headers are believed only from that many hops.
   */
  TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
  /** Ports of the embedded default's own services (used by the start script). */
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
  STRIPE_STANDIN_PORT: z.coerce.number().int().min(1).max(65535).default(12111),
  /** Replays the stand-in's shuffled/duplicated webhook delivery of an earlier run (its seed is logged at start). */
  STRIPE_STANDIN_WEBHOOK_SEED: z.coerce.number().int().min(1).optional(),
  PUBLICATION_NAME: z.string().min(1).default("Southbound"),
  /** Folder for the embedded defaults: mail outbox, local object storage. */
  DISPATCH_DATA_DIR: z.string().min(1).default(".data"),
  /** Memory for reading pages kept for readers without a session (lib/http/page-cache.ts); 0 turns it off. */
  PAGE_CACHE_MAX_MB: z.coerce.number().int().min(0).max(4096).default(64),
  /** Longest a cached page is served; content changes drop the cache at once anyway. */
  PAGE_CACHE_TTL_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  /** Days a past_due subscriber keeps reading while they fix their card. */
  PAST_DUE_GRACE_DAYS: z.coerce.number().int().min(0).max(60).default(7),
  ADMIN_EMAILS: list,
  NEXTAUTH_SECRET: optionalString,
  /** Academic discounts: extra domains that qualify, and domains that never do (e.g. alumni forwarding). */
  ACADEMIC_ALLOW_DOMAINS: list,
  ACADEMIC_DENY_DOMAINS: list,
  /** Days a personal code can be redeemed before a fresh one must be requested. */
  ACADEMIC_CODE_VALID_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  /** How long the discount lasts once redeemed: "forever" (while subscribed) or a number of months. */
  ACADEMIC_DISCOUNT_DURATION: z.union([z.literal("forever"), z.coerce.number().int().min(1).max(36)]).default("forever"),
  /** Optional OAuth sign-in; each provider switches on only when both of its values are set. */
  GOOGLE_CLIENT_ID: optionalString,
  GOOGLE_CLIENT_SECRET: optionalString,
  GITHUB_CLIENT_ID: optionalString,
  GITHUB_CLIENT_SECRET: optionalString,
  /** The podcast feeds' owner address (itunes:owner), which Apple Podcasts mails to verify the show; defaults to MAIL_FROM's. */
  PODCAST_OWNER_EMAIL: z.email().optional(),
  /**
   * A private podcast feed used from more client addresses than this within the window is
   * being shared: its address is replaced and the subscriber told. Households, phones on the
   * move and podcast apps that fetch from their own servers stay well below it.
   */
  PODCAST_FEED_SHARING_ADDRESSES: z.coerce.number().int().min(2).max(100_000).default(30),
  PODCAST_FEED_SHARING_WINDOW_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(24),
  SMTP_URL: optionalString,
  MAIL_FROM: optionalString,
  /** Connections the worker keeps open to SMTP_URL (nodemailer's pool); mind the provider's limit. */
  SMTP_MAX_CONNECTIONS: z.coerce.number().int().min(1).max(50).default(5),
  /** DKIM signing of every outgoing email, on when all three are set (see the README). */
  DKIM_DOMAIN: optionalString,
  DKIM_SELECTOR: optionalString,
  /** PEM private key; `\n` escapes are turned into line breaks, for one-line environment files. */
  DKIM_PRIVATE_KEY: optionalString.transform((v) => v?.replace(/\\n/g, "\n")),
  /** Secret for the Daily Brief's unsubscribe and view links; defaults to NEXTAUTH_SECRET. */
  BRIEF_LINK_SECRET: optionalString,
  /** Optional mailto: address offered in List-Unsubscribe beside the one-click link. */
  LIST_UNSUBSCRIBE_MAILTO: z.email().optional(),
  STRIPE_SECRET_KEY: optionalString,
  STRIPE_WEBHOOK_SECRET: optionalString,
  /** Points the Stripe SDK at the local stand-in (e.g. http://127.0.0.1:12111); unset for real Stripe. */
  STRIPE_API_BASE: z.string().url().optional(),
  /** Object storage in an S3-compatible bucket instead of the local folder, when S3_BUCKET is set. */
  S3_BUCKET: optionalString,
  S3_REGION: z.string().trim().min(1).default("us-east-1"),
  /** For S3-compatible services (R2, MinIO, B2, …): their API address. Unset for AWS. */
  S3_ENDPOINT: z.url({ protocol: /^https?$/, error: "S3_ENDPOINT must be an http(s):// URL" }).optional(),
  /** Both or neither; unset: the AWS SDK's default credentials (environment, instance role, …). */
  S3_ACCESS_KEY_ID: optionalString,
  S3_SECRET_ACCESS_KEY: optionalString,
  /** "true" for services that need path-style addresses (most self-hosted ones, e.g. MinIO). */
  S3_FORCE_PATH_STYLE: z
    .enum(["true", "false", "1", "0"], "S3_FORCE_PATH_STYLE must be true or false")
    .default("false")
    .transform((value) => value === "true" || value === "1"),
});

const dkimParts = ["DKIM_DOMAIN", "DKIM_SELECTOR", "DKIM_PRIVATE_KEY"] as const;

// Half a DKIM configuration would silently send unsigned mail: all three or none.
const checkedSchema = envSchema.superRefine((env, ctx) => {
  const set = dkimParts.filter((name) => env[name]);
  if (set.length > 0 && set.length < dkimParts.length)
    for (const name of dkimParts.filter((n) => !env[n]))
      ctx.addIssue({ code: "custom", path: [name], message: `set ${dkimParts.join(", ")} together (or none of them)` });
});

export type Env = z.infer<typeof envSchema> & { APP_URL: string };

/** Parses a given environment; exported so tests can check error messages. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = checkedSchema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Invalid configuration:\n${problems}`);
  }
  return { ...result.data, APP_URL: result.data.APP_URL ?? `http://localhost:${result.data.PORT}` };
}

let cached: Env | undefined;

export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
