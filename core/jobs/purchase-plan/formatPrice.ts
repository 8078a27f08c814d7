import type { Dec } from "../../values/decimal";

/** A unit price as text: at least two decimals, up to four when quoted that finely. @example formatPrice(new Dec("0.355")) === "0.355" */
export function formatPrice(price: Dec): string {
  const places = Math.min(Math.max(price.decimalPlaces(), 2), 4);
  return price.toFixed(places);
}
