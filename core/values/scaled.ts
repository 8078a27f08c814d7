import { Dec } from "./decimal";

const caches = new Map<number, WeakMap<Dec, number | null>>();
const powers = new Map<number, Dec>();

function power(places: number): Dec {
  let p = powers.get(places);
  if (!p) powers.set(places, (p = new Dec(10).pow(places)));
  return p;
}

/**
 * A value with at most `places` decimals as a safe integer count of 10^-places units (fen for 2, ten-thousandths
 * of a unit for 4), or null when it has more decimals or does not fit. Lets hot loops sum exactly in integers.
 * @example toScaled(new Dec("12.34"), 2) === 1234
 */
export function toScaled(d: Dec, places: number): number | null {
  let cache = caches.get(places);
  if (!cache) caches.set(places, (cache = new WeakMap()));
  const hit = cache.get(d);
  if (hit !== undefined) return hit;
  const scaled = d.decimalPlaces() > places ? null : d.times(power(places)).toNumber();
  const value = scaled !== null && Number.isSafeInteger(scaled) ? (scaled === 0 ? 0 : scaled) : null;
  cache.set(d, value);
  return value;
}

/** The exact value of an integer count of 10^-places units. @example fromScaled(1234, 2).toString() === "12.34" */
export function fromScaled(n: number, places: number): Dec {
  return new Dec(n).div(power(places));
}
