/** A price after a percentage discount, in minor units, rounded like Stripe rounds invoice lines. */
export function discountedAmount(amountMinor: number, percentOff: number): number {
  return Math.round((amountMinor * (100 - percentOff)) / 100);
}
