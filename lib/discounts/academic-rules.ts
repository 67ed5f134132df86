import "server-only";
import { getEnv } from "@/lib/env";
import { checkAcademicEmail, type AcademicEmailResult } from "./academic-email";

/** The academic check with the operator's allow and deny lists applied. */
export function checkAcademicEmailWithConfig(email: string): AcademicEmailResult {
  const { ACADEMIC_ALLOW_DOMAINS, ACADEMIC_DENY_DOMAINS } = getEnv();
  return checkAcademicEmail(email, { allowDomains: ACADEMIC_ALLOW_DOMAINS, denyDomains: ACADEMIC_DENY_DOMAINS });
}

export const ACADEMIC_PERCENT_OFF = 50;
export const ACADEMIC_COUPON_ID = "dispatch_academic_50";
