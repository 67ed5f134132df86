// GET /account/academic/reconfirm?token=… — the yearly link sent to a discounted subscriber's
// academic address. The token itself proves the address, so no sign-in is needed.
import { redirect } from "next/navigation";
import { reconfirmAcademicAddress } from "@/lib/discounts/reconfirmation";

export async function GET(request: Request) {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const result = /^[0-9a-f]{64}$/.test(token) ? await reconfirmAcademicAddress(token) : "invalid-link";
  redirect(result === "confirmed" ? "/account/academic/reconfirmed" : "/account/academic/reconfirmed?invalid=1");
}
