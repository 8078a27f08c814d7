import type { Label } from "../i18n/label";
import { label } from "../i18n/label";

/** An ageing bucket: ages in days from `minDays` to `maxDays` inclusive, null meaning unbounded. */
export interface AgeBucket {
  label: Label;
  minDays: number | null;
  maxDays: number | null;
}

/** The ageing buckets (docs/jobs/collection.md#ageing): 未到期 (age <= 0), 1-30, 31-90, 91-180, 181-365, 1-2年, 2-3年, 3年以上. */
export const DEFAULT_BUCKETS: readonly AgeBucket[] = [
  { label: label("未到期", "未到期", "Not yet due"), minDays: null, maxDays: 0 },
  { label: label("1-30", "1-30", "1-30"), minDays: 1, maxDays: 30 },
  { label: label("31-90", "31-90", "31-90"), minDays: 31, maxDays: 90 },
  { label: label("91-180", "91-180", "91-180"), minDays: 91, maxDays: 180 },
  { label: label("181-365", "181-365", "181-365"), minDays: 181, maxDays: 365 },
  { label: label("1-2年", "1-2年", "1-2 years"), minDays: 366, maxDays: 730 },
  { label: label("2-3年", "2-3年", "2-3 years"), minDays: 731, maxDays: 1095 },
  { label: label("3年以上", "3年以上", "Over 3 years"), minDays: 1096, maxDays: null },
];

/**
 * Throws a RangeError unless the buckets cover every age exactly once, in order: the first open below,
 * each starting the day after the previous one ends, the last open above.
 */
export function checkBuckets(buckets: readonly AgeBucket[]): void {
  const fail = (why: string) => {
    throw new RangeError(`ageing buckets: ${why}`);
  };
  if (buckets.length === 0) fail("none given");
  buckets.forEach((bucket, i) => {
    const { minDays, maxDays } = bucket;
    if (minDays !== null && !Number.isSafeInteger(minDays)) fail(`bucket ${i + 1} starts at ${minDays}`);
    if (maxDays !== null && !Number.isSafeInteger(maxDays)) fail(`bucket ${i + 1} ends at ${maxDays}`);
    if (minDays !== null && maxDays !== null && minDays > maxDays)
      fail(`bucket ${i + 1} ends before it starts`);
    if (i === 0 && minDays !== null) fail("the first bucket must be open below (minDays null)");
    if (i === buckets.length - 1 && maxDays !== null)
      fail("the last bucket must be open above (maxDays null)");
    const previous = buckets[i - 1];
    if (previous !== undefined && (previous.maxDays === null || minDays !== previous.maxDays + 1))
      fail(`bucket ${i + 1} does not start the day after bucket ${i} ends`);
  });
}

/** The index of the bucket an age in days falls in (the buckets are assumed to pass {@link checkBuckets}). */
export function bucketOf(ageDays: number, buckets: readonly AgeBucket[]): number {
  for (let i = 0; i < buckets.length; i++) {
    const max = buckets[i]!.maxDays;
    if (max === null || ageDays <= max) return i;
  }
  throw new RangeError(`ageing buckets: no bucket holds an age of ${ageDays} days`);
}
