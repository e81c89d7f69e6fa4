// Seeded randomness for the fuzz tests and the benchmark's bootstrap: the
// same seed gives the same sequence, so a failure or an interval can be
// reproduced from its seed.

export type Rng = () => number;

/** mulberry32: a small, fast 32-bit PRNG; numbers in [0, 1). */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
