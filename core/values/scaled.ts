import type { CellValue } from "./cellValue";
import { Dec } from "./decimal";
import { cellParamText, readNumberCell } from "./numberText";
import { fail, ok, type Parsed } from "./parsed";

const caches = new Map<number, WeakMap<Dec, number | null>>();
const powers = new Map<number, Dec>();

function power(places: number): Dec {
  let p = powers.get(places);
  if (!p) powers.set(places, (p = new Dec(10).pow(places)));
  return p;
}

/**
 * The money and quantity modules' one step from an exact decimal to a whole count: a value with at most
 * `places` decimals as a safe integer count of 10^-places units (fen for 2, ten-thousandths for 4), or null
 * when it has more decimals or does not fit. Remembered per value (unit prices repeat, as the same object).
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

/**
 * A number cell that is exactly a whole count of 10^-places units below `limit` in magnitude (the stored double
 * is the nearest one to such a value: a typed `12.34` is, `0.1+0.2` is not) - the table reader's quick, exact
 * path; else undefined.
 */
export function quickScaled(v: CellValue, places: number, limit: number): number | undefined {
  if (typeof v !== "number") return undefined;
  const perUnit = places === 2 ? 100 : 10 ** places;
  const scaled = Math.round(v * perUnit);
  return Math.abs(scaled) < limit && scaled / perUnit === v ? (scaled === 0 ? 0 : scaled) : undefined;
}

/**
 * A number cell in any form a cell may hold (`¥1,234.50`, `1,000`, `(3)`, full-width digits) as a whole count of
 * 10^-places units; more decimals are rounded half-up with a `too_many_decimals` warning; `value_too_large` from
 * `limit` units in magnitude (a limit at most 2^53, so every value read is an exact integer).
 */
export function parseScaledCell(v: CellValue, places: number, limit: number): Parsed<number | null> {
  const quick = quickScaled(v, places, limit);
  if (quick !== undefined) return ok(quick);
  const read = readNumberCell(v);
  if (!read.ok || read.value === null) return read as Parsed<null>;
  const rounded = read.value.decimalPlaces() > places;
  const exact = rounded ? read.value.toDecimalPlaces(places, Dec.ROUND_HALF_UP) : read.value;
  const scaled = toScaled(exact, places);
  if (scaled === null || Math.abs(scaled) >= limit)
    return fail("value_too_large", { value: cellParamText(v) });
  return rounded
    ? ok(scaled, { code: "too_many_decimals", params: { value: cellParamText(v), places } })
    : ok(scaled);
}
