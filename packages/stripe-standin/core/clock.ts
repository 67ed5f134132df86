/**
 * The stand-in's notion of "now": real time plus an offset that only ever grows.
 * Time keeps flowing between requests (so `created` values differ like at Stripe), and
 * advancing the clock just widens the offset. The offset is persisted with the state.
 */
export class Clock {
  constructor(private offsetSeconds = 0) {}

  /** Unix seconds, like every Stripe timestamp. */
  now(): number {
    return Math.floor(Date.now() / 1000) + this.offsetSeconds;
  }

  /** Moves "now" to `unixSeconds` (never backwards: Stripe test clocks can't rewind either). */
  setNow(unixSeconds: number): void {
    const target = Math.floor(unixSeconds);
    if (target <= this.now()) return;
    this.offsetSeconds = target - Math.floor(Date.now() / 1000);
  }

  get offset(): number {
    return this.offsetSeconds;
  }
}
