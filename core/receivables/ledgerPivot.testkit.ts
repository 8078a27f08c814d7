import type { CellValue, MergedArea, SheetData } from "../table/sheetData";
import { fen, fenNumber } from "../values/money";
import type { Charge, Payment } from "./records";

/** The two month-wide layouts a long ledger can be pivoted into. */
export type LedgerForm = "months" | "pairs";

/** How {@link pivotToLedger} lays a ledger out. */
export interface PivotOptions {
  /** The ledger's year (in its title): every charge and payment must name a month of it. */
  year: number;
  form: LedgerForm;
  /** Write a month paid in full as `√` rather than its amount (the `months` form). */
  ticks?: boolean;
}

/**
 * Lays one fee type's long charges and payments (each payment naming a month of `year`) out as a month-wide
 * ledger sheet, as an office would keep them: a row per unit; in the `months` form `房号 | 月应收 | 1月..12月`,
 * each month holding what its payments add up to (`—` for a month not charged; every charge of a unit must be
 * its 月应收), in the `pairs` form each month over `应收 | 实收`. The title names the fee type and the year.
 */
export function pivotToLedger(
  charges: readonly Charge[],
  payments: readonly Payment[],
  options: PivotOptions,
): SheetData {
  const { year, form } = options;
  const feeType = charges[0]?.feeType ?? "物业管理费";
  const units = [...new Set([...charges.map((c) => c.unit), ...payments.map((p) => p.unit)])];
  const monthOf = (period: string) => {
    if (Number(period.slice(0, 4)) !== year) throw new RangeError(`${period} is not in ${year}`);
    return Number(period.slice(5, 7));
  };
  const due = new Map<string, number>();
  for (const c of charges) due.set(`${c.unit}|${monthOf(c.period)}`, c.dueFen);
  const paid = new Map<string, number>();
  for (const p of payments) {
    if (p.period === null) throw new RangeError("a payment must name its month to be pivoted");
    const key = `${p.unit}|${monthOf(p.period)}`;
    paid.set(key, (paid.get(key) ?? 0) + p.amountFen);
  }
  const months = Array.from({ length: 12 }, (_, i) => i + 1);
  const yuan = (amount: number | undefined): CellValue =>
    amount === undefined || amount === 0 ? null : fenNumber(fen(amount));
  const title = [`${year}年度${feeType}收费台账`];
  if (form === "pairs") {
    const parents: CellValue[] = ["房号", ...months.flatMap((m) => [`${m}月`, null])];
    const children: CellValue[] = [null, ...months.flatMap(() => ["应收", "实收"])];
    const rows = units.map((unit) => [
      unit,
      ...months.flatMap((m) => [yuan(due.get(`${unit}|${m}`)), yuan(paid.get(`${unit}|${m}`))]),
    ]);
    const merges: MergedArea[] = months.map((m) => ({ top: 2, left: 2 * m, bottom: 2, right: 2 * m + 1 }));
    return {
      name: feeType,
      values: [title, parents, children, ...rows],
      origin: { row: 1, column: 1 },
      merges,
    };
  }
  const rows = units.map((unit) => {
    const amounts = months.map((m) => due.get(`${unit}|${m}`)).filter((d) => d !== undefined);
    const monthly = amounts[0];
    if (amounts.some((d) => d !== monthly)) throw new RangeError(`${unit}: the months form needs one 月应收`);
    return [
      unit,
      yuan(monthly),
      ...months.map((m): CellValue => {
        const charged = due.get(`${unit}|${m}`);
        const amount = paid.get(`${unit}|${m}`);
        if (charged === undefined) return "—";
        return options.ticks === true && amount === charged ? "√" : yuan(amount);
      }),
    ];
  });
  const header = ["房号", "月应收", ...months.map((m) => `${m}月`)];
  return { name: feeType, values: [title, header, ...rows], origin: { row: 1, column: 1 } };
}
