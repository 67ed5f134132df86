// The paywall funnel's beacon: GET from the paywall's impression image, POST from the pricing
// link's `ping`. It reads no cookie and sets none, stores one aggregate count per article and
// day, and counts nothing for a browser sending DNT or Sec-GPC. Always answers the same way, so a
// page learns nothing from it.
import { beaconSchema, BEACON_EVENTS, mayCount } from "@/lib/business/funnel";
import { countFunnelEvent } from "@/lib/business/record-funnel";

// A transparent 1×1 GIF.
const PIXEL = Buffer.from("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7", "base64");

async function count(request: Request): Promise<void> {
  const beacon = beaconSchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (beacon.success && mayCount(request.headers)) await countFunnelEvent(beacon.data.a, BEACON_EVENTS[beacon.data.e]);
}

export async function GET(request: Request) {
  await count(request);
  return new Response(PIXEL, { headers: { "Content-Type": "image/gif", "Cache-Control": "no-store" } });
}

export async function POST(request: Request) {
  await count(request);
  return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
}
