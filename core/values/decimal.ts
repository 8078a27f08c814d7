import Decimal from "decimal.js";

/**
 * PropDesk's one Decimal: a private clone rounding half-up (四舍五入), so no global setting is touched.
 * @example new Dec("0.1").plus("0.2").toString() === "0.3"
 */
export const Dec = Decimal.clone({
  precision: 40,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -30,
  toExpPos: 40,
});

/** An exact decimal value made by {@link Dec}. */
export type Dec = Decimal;

/** Zero as a {@link Dec}. */
export const ZERO: Dec = new Dec(0);
