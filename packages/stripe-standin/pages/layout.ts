import type { PriceRecord } from "../state/types";
import { h, raw, type SafeHtml } from "./html";

const ZERO_DECIMAL = new Set([
  "bif",
  "clp",
  "djf",
  "gnf",
  "jpy",
  "kmf",
  "krw",
  "mga",
  "pyg",
  "rwf",
  "ugx",
  "vnd",
  "vuv",
  "xaf",
  "xof",
  "xpf",
]);

/** Stripe amounts are in minor units except for zero-decimal currencies. */
export function formatMoney(amount: number, currency: string): string {
  const major = ZERO_DECIMAL.has(currency.toLowerCase()) ? amount : amount / 100;
  return new Intl.NumberFormat("en-US", { style: "currency", currency: currency.toUpperCase() }).format(major);
}

export function formatDate(unixSeconds: number): string {
  return new Date(unixSeconds * 1000).toLocaleDateString("en-US", { timeZone: "UTC", year: "numeric", month: "long", day: "numeric" });
}

/** "$5.00 per month", "$50.00 per year", "$30.00 every 3 months". */
export function describePrice(price: PriceRecord): string {
  const money = formatMoney(price.unitAmount, price.currency);
  if (!price.recurring) return money;
  const { interval, intervalCount } = price.recurring;
  return intervalCount === 1 ? `${money} per ${interval}` : `${money} every ${intervalCount} ${interval}s`;
}

const STYLE = `
body{font-family:system-ui,sans-serif;margin:0;background:#f6f8fa;color:#1a1f36;line-height:1.5}
main{max-width:40rem;margin:2rem auto;background:#fff;padding:2rem;border-radius:8px;box-shadow:0 1px 3px rgba(0,0,0,.15)}
.banner{background:#ffde92;color:#5b3c00;text-align:center;padding:.25rem;font-size:.875rem}
label{display:block;font-weight:600;margin-top:1rem}
input{font:inherit;padding:.5rem;width:100%;box-sizing:border-box;border:1px solid #8792a2;border-radius:4px}
input[readonly]{background:#f0f0f0}
fieldset{border:1px solid #d0d5dd;border-radius:4px;margin-top:1rem}
button{font:inherit;margin-top:1rem;padding:.6rem 1.2rem;border:0;border-radius:4px;background:#635bff;color:#fff;cursor:pointer}
button.secondary{background:#e3e8ee;color:#1a1f36}
[role=alert]{background:#fde8e8;color:#8a1c1c;border:1px solid #f5b5b5;padding:.75rem;border-radius:4px;margin-top:1rem}
[role=status]{background:#e6f4ea;color:#1e4620;padding:.75rem;border-radius:4px;margin-top:1rem}
table{width:100%;border-collapse:collapse}th,td{text-align:left;padding:.25rem .5rem;border-bottom:1px solid #e3e8ee}
section{border-top:1px solid #e3e8ee;margin-top:1.5rem;padding-top:.5rem}
a{color:#533afd}
`;

/** Page shell: a visible "test mode" banner so nobody mistakes the stand-in for a real payment page. */
export function page(title: string, body: SafeHtml): string {
  return h`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${raw(STYLE)}</style>
</head>
<body>
<p class="banner">Test mode — Stripe stand-in. No real payments are made.</p>
<main>
${body}
</main>
</body>
</html>`.value;
}
