import { z } from "zod";
import { notFound } from "../core/errors";
import { newestFirst, paginate } from "../core/list";
import { parseParams, zExpand, zListParams } from "../core/params";
import { toInvoicePayment } from "../objects/invoice-payment";
import { expandObject } from "../objects/resolve";
import type { InvoiceRecord } from "../state/types";
import { route, type Route } from "./route";

// Only paid invoices have a payment here (one each); open and canceled payments are not modelled.
const paid = (inv: InvoiceRecord): inv is InvoiceRecord & { paymentIntent: string } => inv.status === "paid" && !!inv.paymentIntent;

export const invoicePaymentRoutes: Route[] = [
  route("GET", "/v1/invoice_payments/:id", ({ rt, params, path }) => {
    const p = parseParams(z.object({ expand: zExpand }), params);
    const invoice = rt.state.invoices[`in_${(path.id ?? "").replace(/^inpay_/, "")}`];
    if (!invoice || !paid(invoice)) throw notFound("invoice_payment", path.id ?? "");
    return expandObject(rt, toInvoicePayment(invoice), p.expand);
  }),

  route("GET", "/v1/invoice_payments", ({ rt, params }) => {
    const schema = z.object({ ...zListParams, invoice: z.string().optional(), status: z.enum(["canceled", "open", "paid"]).optional() });
    const p = parseParams(schema, params);
    const all = newestFirst(rt.state.invoices)
      .filter(paid)
      .filter((i) => (p.invoice === undefined || i.id === p.invoice) && (p.status === undefined || p.status === "paid"));
    return expandObject(rt, paginate(all.map(toInvoicePayment), p, "/v1/invoice_payments"), p.expand);
  }),
];
