/**
 * mulberry32: a small, fast, deterministic 32-bit PRNG (Tommy Ettinger's public-domain
 * generator). Good enough for Monte Carlo sensitivity draws; not for anything secret.
 * The same seed always gives the same sequence, on every platform.
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
