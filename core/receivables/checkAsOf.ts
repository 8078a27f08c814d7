import type { IsoDate } from "../values/isoDate";
import type { Allocation } from "./allocate";

/** Throws a RangeError when `asOf` is after the allocation's as-of date (payments after it were never read). */
export function checkAsOf(allocation: Allocation, asOf: IsoDate): void {
  if (asOf > allocation.asOf)
    throw new RangeError(`as-of date ${asOf} is after the allocation's as-of date ${allocation.asOf}`);
}
