// GET /account/export — downloads everything stored about the signed-in reader as JSON.
import { exportUserData } from "@/lib/account/account-data";
import { getSessionUser } from "@/lib/viewer";

export async function GET() {
  const user = await getSessionUser();
  if (!user) return Response.json({ error: "Sign in to download your data." }, { status: 401 });
  const data = await exportUserData(user.id);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="my-data-${new Date().toISOString().slice(0, 10)}.json"`,
      "Cache-Control": "no-store",
    },
  });
}
