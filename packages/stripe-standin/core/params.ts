import { z } from "zod";
import { fromZodError } from "./errors";
import type { FormObject } from "./form-parser";

/**
 * Form-encoded values always arrive as strings, so these helpers coerce them the way Stripe does
 * (`"true"`/`"false"`, integer strings) and reject anything else with a Stripe-shaped error.
 */
export const zInt = z
  .string()
  .trim()
  .regex(/^-?\d+$/, "must be an integer")
  .transform(Number);

export const zBool = z.enum(["true", "false"]).transform((v) => v === "true");

/** Percentages may be decimals (e.g. 12.5). */
export const zDecimal = z
  .string()
  .trim()
  .regex(/^\d+(\.\d+)?$/, "must be a number")
  .transform(Number);

/** `metadata=` (empty) clears all keys; `metadata[k]=` removes one key on update. */
export const zMetadata = z.union([z.literal(""), z.record(z.string(), z.string())]);

export const zExpand = z.array(z.string()).optional();

export const zListParams = {
  limit: zInt.pipe(z.number().min(1).max(100)).optional(),
  starting_after: z.string().optional(),
  ending_before: z.string().optional(),
  expand: zExpand,
};

export function parseParams<S extends z.ZodType>(schema: S, raw: FormObject): z.output<S> {
  const result = schema.safeParse(raw);
  if (!result.success) throw fromZodError(result.error);
  return result.data;
}

/** Applies a metadata update with Stripe's merge semantics. */
export function mergeMetadata(current: Record<string, string>, patch: z.output<typeof zMetadata> | undefined): Record<string, string> {
  if (patch === undefined) return current;
  if (patch === "") return {};
  const next = { ...current };
  for (const [key, value] of Object.entries(patch)) {
    if (value === "") delete next[key];
    else next[key] = value;
  }
  return next;
}
