import type { Clock } from "../core/clock";
import { buildEvent, type EmittedEventType, type EventObject, type EventRequestInfo } from "../events/emitter";
import type { WebhookDispatcher } from "../events/dispatcher";
import type { StandinState } from "./types";

/**
 * Everything a handler needs: the state, the clock, where the stand-in is reachable, and a way
 * to emit events. One instance per running stand-in.
 */
export class Runtime {
  /** The API request being served, recorded on events as `request` like Stripe does. */
  request: EventRequestInfo | null = null;

  constructor(
    readonly state: StandinState,
    readonly clock: Clock,
    /** Base URL browsers use for hosted pages; set once the port is known. */
    public publicUrl: string,
    private readonly dispatcher: WebhookDispatcher | null,
    private readonly persist: (state: StandinState) => void,
  ) {}

  now(): number {
    return this.clock.now();
  }

  /** Records an event (with a snapshot of the object as it is now) and queues it for delivery. */
  emit<T extends EmittedEventType>(type: T, object: EventObject<T>, previousAttributes?: Partial<EventObject<T>>): void {
    const event = buildEvent({
      type,
      object,
      previousAttributes,
      created: this.now(),
      request: this.request,
      pendingWebhooks: this.dispatcher ? 1 : 0,
    });
    this.state.events.push(event);
    this.dispatcher?.enqueue(event.id);
  }

  save(): void {
    this.state.clockOffsetSeconds = this.clock.offset;
    this.persist(this.state);
  }
}
