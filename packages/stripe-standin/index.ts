import type { AddressInfo } from "node:net";
import { advanceClock, catchUp } from "./billing/clock-runner";
import { Clock } from "./core/clock";
import { resolveDelivery, WebhookDispatcher, type DeliveryOptions, type ResolvedDelivery } from "./events/dispatcher";
import { createStandinServer } from "./server";
import { loadState, saveState } from "./state/persistence";
import { Runtime } from "./state/runtime";

export type { DeliveryOptions, ResolvedDelivery } from "./events/dispatcher";

export interface StandinOptions {
  /** 0 = random free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Where to POST events, e.g. http://localhost:3000/api/stripe/webhook. No URL = events are only stored. */
  webhookUrl?: string;
  /** whsec_... used to sign events exactly like Stripe does. */
  webhookSecret: string;
  /** Base URL of the stand-in as seen by a browser (default http://host:port). */
  publicUrl?: string;
  /** Optional JSON file: loaded at start, saved after each mutation, so restarts keep state. */
  stateFile?: string;
  /** How webhooks are delivered; by default like Stripe: concurrently, shuffled, some twice. */
  delivery?: DeliveryOptions;
}

export interface StripeStandin {
  /** Base URL the stand-in listens on (API at `${url}/v1`). */
  url: string;
  port: number;
  close(): Promise<void>;
  /** Moves the stand-in clock forward, running renewals, retries and period-end cancellations on the way. */
  advanceClock(to: Date): Promise<void>;
  now(): Date;
  /** The delivery settings in force, including the seed to replay this run's choices. */
  delivery: ResolvedDelivery;
  /** Resolves once every queued webhook was delivered or given up on. */
  webhooksDelivered(): Promise<void>;
}

export async function startStripeStandin(opts: StandinOptions): Promise<StripeStandin> {
  if (!opts.webhookSecret) throw new Error("stripe-standin: webhookSecret is required");
  const host = opts.host ?? "127.0.0.1";
  const state = loadState(opts.stateFile);
  const clock = new Clock(state.clockOffsetSeconds);
  const log = (msg: string) => console.warn(msg);
  let rt: Runtime | null = null;
  const delivery = resolveDelivery(opts.delivery);
  const dispatcher = opts.webhookUrl
    ? new WebhookDispatcher({
        url: opts.webhookUrl,
        secret: opts.webhookSecret,
        findEvent: (id) => state.events.find((e) => e.id === id),
        queue: state.webhookQueue,
        onQueueChange: () => rt?.save(),
        delivery,
        log,
      })
    : null;
  const runtime = new Runtime(state, clock, "", dispatcher, (s) => saveState(opts.stateFile, s));
  rt = runtime;
  const server = createStandinServer(runtime, log);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const hostForUrl = host.includes(":") ? `[${host}]` : host;
  const url = `http://${hostForUrl}:${port}`;
  runtime.publicUrl = (opts.publicUrl ?? url).replace(/\/$/, "");

  // Bill anything that fell due while the stand-in was stopped, then resume pending deliveries.
  catchUp(runtime);
  dispatcher?.kick();

  let closing: Promise<void> | null = null;
  return {
    url,
    port,
    now: () => new Date(runtime.now() * 1000),
    delivery,
    webhooksDelivered: async () => dispatcher?.idle(),
    advanceClock: async (to: Date) => advanceClock(runtime, Math.floor(to.getTime() / 1000)),
    close: () => {
      closing ??= (async () => {
        await dispatcher?.close();
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        });
        runtime.save();
      })();
      return closing;
    },
  };
}
