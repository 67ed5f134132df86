import { isIP } from "node:net";

// Who is on the other end of a request. The app's own server (server.ts) decides this once per
// request from the socket and, only behind trusted proxies, from X-Forwarded-For; it passes the
// answer to the app in one header that it always overwrites, so a client cannot set it.

/** The request header carrying the client address the server resolved. */
export const CLIENT_IP_HEADER = "x-dispatch-client-ip";

/** Forwarding headers a client could forge; dropped unless a trusted proxy set them. */
export const FORWARDING_HEADERS = [
  "x-forwarded-for",
  "x-forwarded-host",
  "x-forwarded-proto",
  "x-forwarded-port",
  "x-real-ip",
  "forwarded",
];

/** `::ffff:192.0.2.1` (IPv4 on a dual-stack socket) → `192.0.2.1`. */
function plainAddress(address: string): string {
  const trimmed = address.trim();
  return trimmed.toLowerCase().startsWith("::ffff:") && isIP(trimmed.slice(7)) === 4 ? trimmed.slice(7) : trimmed;
}

/**
 * The client's address. `trustedHops` proxies each appended the address they received from to
 * X-Forwarded-For, so the client is that many entries from the right, counting the socket's
 * peer as the nearest. Anything further left was written by the client and is ignored.
 */
export function resolveClientIp(socketAddress: string | undefined, forwardedFor: string | undefined, trustedHops: number): string {
  const chain = [...(trustedHops > 0 && forwardedFor ? forwardedFor.split(",") : []), socketAddress ?? ""].map(plainAddress);
  const candidate = chain[Math.max(0, chain.length - 1 - trustedHops)] ?? "";
  return isIP(candidate) ? candidate : "unknown";
}

/**
 * The key to rate-limit an address by: IPv4 as is, IPv6 by its /64 network, since one
 * subscriber line gets a whole /64 and could otherwise rotate through it.
 */
export function rateLimitAddressKey(ip: string): string {
  if (isIP(ip) !== 6) return ip;
  const [head = "", tail = ""] = ip.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  // An IPv4 tail (`64:ff9b::192.0.2.1`) stands for two groups.
  const size = (parts: string[]) => parts.length + (parts.at(-1)?.includes(".") ? 1 : 0);
  const groups = ip.includes("::") ? [...left, ...Array<string>(8 - size(left) - size(right)).fill("0"), ...right] : left;
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ""))
    .join(":")}::/64`;
}

/** The client address of the current request, as resolved by the server. */
export function clientIpFrom(headers: Headers): string {
  return headers.get(CLIENT_IP_HEADER) ?? "unknown";
}
