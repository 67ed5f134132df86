// GET /admin/business/subscribers/export?… — the filtered subscribers as CSV, streamed.
import { requireRole } from "@/lib/auth/guards";
import { subscribersCsv } from "@/lib/business/subscriber-csv";
import { parseSubscriberFilter } from "@/lib/business/subscriber-filter";

export async function GET(request: Request) {
  await requireRole("ADMIN");
  const filter = parseSubscriberFilter(Object.fromEntries(new URL(request.url).searchParams));
  return new Response(subscribersCsv(filter), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="subscribers-${new Date().toISOString().slice(0, 10)}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
