import { issue, type Issue } from "../../../issues";
import { readTable } from "../../../table/readTable";
import { cellOf, headerOf, type CellRef } from "../../../table/rowRefs";
import type { SheetData } from "../../../table/sheetData";
import type { IsoDate, YearMonth } from "../../../values/isoDate";
import type { Fen } from "../../../values/money";
import { fenText } from "../../../values/money";
import { billPeriodOf } from "./billPeriod";
import { UTILITY_BILL_TABLE } from "./inputs";
import type { MonthSpan } from "./monthSpan";
import { utilityOf, type Utility } from "./utility";

/** One bill the project paid the water company or the power bureau. */
export interface UtilityBill {
  date: IsoDate;
  utility: Utility;
  amountFen: Fen;
  /** The billing period as the row writes it (period cell, or start~end); null when it gives none. */
  meterPeriod: string | null;
  /** The months the bill pays for: as written, or assumed when the row gives none that can be read. */
  period: MonthSpan;
  /** True when {@link period} is assumed (water: the bill's month and the one before; electricity: its month). */
  periodAssumed: boolean;
  /** The row's utility (类型) cell: where an issue about the bill as a whole points. */
  source: CellRef;
}

/**
 * Reads the utility-bill sheets: bad cells are issues with their coordinates; a type that is neither
 * water nor electricity (`utility_type_unknown`) and an amount of zero or less (`not_positive`) are
 * errors and the row is left out. Each bill's billing period is read as {@link billPeriodOf} says (a warning
 * with its cell when it is assumed). A date without a year takes the title's, else the one nearest `near` (the
 * statistics month).
 */
export function readUtilityBills(
  sheets: readonly SheetData[],
  date1904: boolean,
  near?: YearMonth,
): { bills: UtilityBill[]; issues: Issue[] } {
  const bills: UtilityBill[] = [];
  const issues: Issue[] = [];
  for (const sheet of sheets) {
    const read = readTable(sheet, UTILITY_BILL_TABLE, near === undefined ? { date1904 } : { date1904, near });
    issues.push(...read.issues);
    for (const row of read.rows) {
      const { date, utility: typed, amount } = row.values;
      if (date === null || typed === null || amount === null) continue;
      const utility = utilityOf(typed);
      let rejected = false;
      if (utility === null) {
        issues.push(
          issue("utility_type_unknown", "error", cellOf(row, "utility"), {
            header: headerOf(row, UTILITY_BILL_TABLE, "utility"),
            value: typed,
          }),
        );
        rejected = true;
      }
      // Checked here, not declared on the table: a row with both a bad type and a bad amount reports both.
      if (amount <= 0) {
        issues.push(
          issue("not_positive", "error", cellOf(row, "amount"), {
            header: headerOf(row, UTILITY_BILL_TABLE, "amount"),
            value: fenText(amount),
          }),
        );
        rejected = true;
      }
      if (rejected || utility === null) continue;
      const period = billPeriodOf(sheet, row, utility, date, date1904);
      if (period.issue !== null) issues.push(period.issue);
      bills.push({
        date,
        utility,
        amountFen: amount,
        meterPeriod: period.written,
        period: period.period,
        periodAssumed: period.assumed,
        source: cellOf(row, "utility"),
      });
    }
  }
  return { bills, issues };
}
