import { issue, type Issue } from "../issues";
import type { CollectionResult } from "./rates";
import type { Payment } from "./records";

/**
 * An info issue for each fee type whose 清欠率 a month-wide ledger leaves unknown ({@link
 * CollectionResult}'s `arrearsRateUnknown`): at the first ledger sheet holding an undated amount of it, saying
 * why the rate is empty and how the arrears were counted.
 */
export function ledgerArrearsIssues(result: CollectionResult, payments: readonly Payment[]): Issue[] {
  const out: Issue[] = [];
  for (const figures of result.feeTypes) {
    if (!figures.arrearsRateUnknown) continue;
    const { feeType } = figures;
    const sheet = payments.find((p) => p.undated === true && p.feeType === feeType)?.source.sheet;
    out.push(issue("ledger_arrears_unknown", "info", { sheet }, { feeType, asOf: result.asOf }));
  }
  return out;
}
