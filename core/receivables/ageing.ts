import type { IsoDate } from "../values/isoDate";
import { toDayNumber } from "../values/isoDate";
import { addFen, minusFen, ZERO_FEN, type Fen } from "../values/money";
import type { AgeBucket } from "./ageBuckets";
import { bucketOf, checkBuckets } from "./ageBuckets";
import type { Allocation } from "./allocate";
import { allocatedBy } from "./allocate";
import { compareBuildings } from "./building";
import { checkAsOf } from "./checkAsOf";

/** Outstanding fen per bucket (in the buckets' order) and their sum. */
export interface BucketAmounts {
  amounts: Fen[];
  total: Fen;
}

/** Outstanding per bucket for one fee type. */
export interface FeeTypeAgeing extends BucketAmounts {
  feeType: string;
}

/** Outstanding per bucket for one building (null: units whose building cannot be read). */
export interface BuildingAgeing extends BucketAmounts {
  building: string | null;
}

/** Outstanding per bucket for one building and fee type. */
export interface BuildingFeeTypeAgeing extends BucketAmounts {
  building: string | null;
  feeType: string;
}

/** The receivables ageing (账龄分析) at an as-of date; every breakdown adds up to `total` exactly. */
export interface Ageing {
  asOf: IsoDate;
  buckets: readonly AgeBucket[];
  /** Every fee type of the allocation, in its order (zero rows included). */
  byFeeType: FeeTypeAgeing[];
  /** Every building of the allocation, numbers first, "other" last (zero rows included). */
  byBuilding: BuildingAgeing[];
  /** Every (building, fee type) that has an account, by building then fee type. */
  byBuildingAndFeeType: BuildingFeeTypeAgeing[];
  total: BucketAmounts;
}

/**
 * Ages what is outstanding at `asOf` (on or before the allocation's date): per charge billed by then, its due
 * amount less what payments dated up to `asOf` gave it, in the bucket of `asOf` minus its due date in days.
 */
export function ageing(allocation: Allocation, asOf: IsoDate, buckets: readonly AgeBucket[]): Ageing {
  checkBuckets(buckets);
  checkAsOf(allocation, asOf);
  const billedMonth = asOf.slice(0, 7);
  const today = toDayNumber(asOf);
  const bucketOfDue = new Map<IsoDate, number>();
  const whole = asOf === allocation.asOf;
  const empty = (): BucketAmounts => ({ amounts: buckets.map(() => ZERO_FEN), total: ZERO_FEN });
  const total = empty();
  const byFee = new Map<string, BucketAmounts>(allocation.feeTypes.map((f) => [f, empty()]));
  const byBuilding = new Map<string | null, BucketAmounts>();
  const cells = new Map<string | null, Map<string, BuildingFeeTypeAgeing>>();
  for (const account of allocation.accounts) {
    let building = byBuilding.get(account.building);
    if (building === undefined) byBuilding.set(account.building, (building = empty()));
    let buildingCells = cells.get(account.building);
    if (buildingCells === undefined) cells.set(account.building, (buildingCells = new Map()));
    let cell = buildingCells.get(account.feeType);
    if (cell === undefined)
      buildingCells.set(
        account.feeType,
        (cell = { building: account.building, feeType: account.feeType, ...empty() }),
      );
    const fee = byFee.get(account.feeType)!;
    const allocated = whole ? account.allocatedFen : allocatedBy(account, asOf);
    for (let i = 0; i < account.charges.length; i++) {
      const charge = account.charges[i]!;
      if (charge.period > billedMonth) continue;
      const outstanding = minusFen(charge.dueFen, allocated[i]!);
      if (outstanding === 0) continue;
      let b = bucketOfDue.get(charge.dueDate);
      if (b === undefined)
        bucketOfDue.set(charge.dueDate, (b = bucketOf(today - toDayNumber(charge.dueDate), buckets)));
      add(total, b, outstanding);
      add(fee, b, outstanding);
      add(building, b, outstanding);
      add(cell, b, outstanding);
    }
  }
  const rank = new Map(allocation.feeTypes.map((f, i) => [f, i]));
  const buildings = [...byBuilding.keys()].sort(compareBuildings);
  return {
    asOf,
    buckets,
    byFeeType: [...byFee].map(([feeType, sums]) => ({ feeType, ...sums })),
    byBuilding: buildings.map((building) => ({ building, ...byBuilding.get(building)! })),
    byBuildingAndFeeType: buildings.flatMap((building) =>
      [...cells.get(building)!.values()].sort((a, b) => rank.get(a.feeType)! - rank.get(b.feeType)!),
    ),
    total,
  };
}

function add(sums: BucketAmounts, bucket: number, fen: Fen): void {
  sums.amounts[bucket] = addFen(sums.amounts[bucket]!, fen);
  sums.total = addFen(sums.total, fen);
}
