import type { IsoDate } from "../values/isoDate";
import type { AgeBucket } from "./ageBuckets";
import { DEFAULT_BUCKETS } from "./ageBuckets";
import type { Ageing } from "./ageing";
import { ageing } from "./ageing";
import type { Allocation } from "./allocate";
import { allocate } from "./allocate";
import type { CollectionPeriod, CollectionResult } from "./rates";
import { collectionFigures } from "./rates";
import type { ReceivableRow } from "./receivables";
import { receivables } from "./receivables";
import type { Charge, Payment, Target } from "./records";

/** What the collection engine computes for a period at an as-of date. */
export interface EngineResult {
  allocation: Allocation;
  figures: CollectionResult;
  ageing: Ageing;
  receivables: ReceivableRow[];
}

/** The inputs of {@link runEngine} besides the records. */
export interface EngineParams {
  period: CollectionPeriod;
  asOf: IsoDate;
  targets?: readonly Target[];
  buckets?: readonly AgeBucket[];
}

/** Runs the whole calculation - allocation, rates, ageing, receivables list - on records already read. */
export function runEngine(
  charges: readonly Charge[],
  payments: readonly Payment[],
  params: EngineParams,
): EngineResult {
  const buckets = params.buckets ?? DEFAULT_BUCKETS;
  const allocation = allocate(charges, payments, params.asOf);
  return {
    allocation,
    figures: collectionFigures(allocation, params.period, params.asOf, params.targets ?? []),
    ageing: ageing(allocation, params.asOf, buckets),
    receivables: receivables(allocation, params.asOf, buckets),
  };
}
