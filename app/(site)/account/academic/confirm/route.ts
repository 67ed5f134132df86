// GET /account/academic/confirm?token=… — the link emailed to an academic address; confirms it
// for the signed-in reader who asked and gives their discount (a code, or onto their subscription).
import { redirect } from "next/navigation";
import { confirmAcademicEmail } from "@/lib/discounts/academic-address";
import { getSessionUser } from "@/lib/viewer";
import { accountUrl, CONFIRMED_MESSAGES } from "../../messages";

export async function GET(request: Request) {
  const url = new URL(request.url);
  const token = url.searchParams.get("token") ?? "";
  const wellFormed = /^[0-9a-f]{64}$/.test(token);
  const user = await getSessionUser();
  // Only a well-formed token comes back after sign-in: nothing else of the query is echoed.
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(wellFormed ? `${url.pathname}?token=${token}` : url.pathname)}`);
  const result = wellFormed ? await confirmAcademicEmail(user.id, token) : ({ outcome: "invalid-link" } as const);
  redirect(accountUrl(result.outcome === "confirmed" ? CONFIRMED_MESSAGES[result.discount.outcome] : { error: "link-invalid" }));
}
