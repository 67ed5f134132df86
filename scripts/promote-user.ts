// `npm run user:promote -- someone@example.org ADMIN` — sets a user's role (READER, EDITOR, ADMIN).
// Uses DATABASE_URL, or the embedded default database when it is running.
import pg from "pg";
import { z } from "zod";
import { ROLES } from "../lib/auth/roles";

const args = z
  .tuple([
    z.email("first argument must be an email address"),
    z.enum(ROLES as [string, ...string[]], { message: `role must be one of ${ROLES.join(", ")}` }),
  ])
  .safeParse([process.argv[2]?.trim().toLowerCase(), process.argv[3]?.toUpperCase()]);
if (!args.success) {
  console.error(`Usage: npm run user:promote -- <email> <${ROLES.join("|")}>\n${args.error.issues.map((i) => i.message).join("\n")}`);
  process.exit(2);
}
const [email, role] = args.data;
const client = new pg.Client({ connectionString: process.env.DATABASE_URL ?? "postgresql://dispatch:dispatch@127.0.0.1:54329/dispatch" });
await client.connect();
try {
  // The user may not have signed in yet: create them, so their first sign-in finds the role.
  const { rows } = await client.query(
    `INSERT INTO "User" (id, email, role, "updatedAt") VALUES (gen_random_uuid()::text, $1, $2::"Role", now())
     ON CONFLICT (email) DO UPDATE SET role = EXCLUDED.role, "updatedAt" = now() RETURNING email, role`,
    [email, role],
  );
  console.log(`${rows[0].email} is now ${rows[0].role}.`);
} finally {
  await client.end();
}
