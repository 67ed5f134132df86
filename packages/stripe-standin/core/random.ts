import { randomInt } from "node:crypto";

/** A fresh seed for `seededRandom`, for runs that did not ask for one. */
export function randomSeed(): number {
  return randomInt(1, 2 ** 31);
}

/**
 * A small seeded generator (mulberry32) returning numbers in [0, 1). Not for secrets: it only
 * makes the stand-in's "random" webhook delivery reproducible from a seed.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
