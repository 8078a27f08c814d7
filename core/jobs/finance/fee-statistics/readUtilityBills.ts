import { issue, type Issue } from "../../../issues";
import { columnOf } from "../../../table/declaration";
import { readTable } from "../../../table/readTable";
import type { SheetData } from "../../../table/sheetData";
import type { IsoDate } from "../../../values/isoDate";
import type { Fen } from "../../../values/scaledCell";
import { formatFen } from "../../../values/scaledFormat";
import type { RecordSource } from "../../collection/records";
import { UTILITY_BILL_TABLE } from "./inputs";
import { utilityOf, type Utility } from "./utility";

/** One bill the project paid the water company or the power bureau. */
export interface UtilityBill {
  date: IsoDate;
  utility: Utility;
  amountFen: Fen;
  meterPeriod: string | null;
  source: RecordSource;
}

/**
 * Reads the utility-bill sheets: bad cells are issues with their coordinates; a type that is neither
 * water nor electricity (`utility_type_unknown`) and an amount of zero or less (`not_positive`) are
 * errors and the row is left out.
 */
export function readUtilityBills(
  sheets: readonly SheetData[],
  date1904: boolean,
): { bills: UtilityBill[]; issues: Issue[] } {
  const bills: UtilityBill[] = [];
  const issues: Issue[] = [];
  for (const sheet of sheets) {
    const read = readTable(sheet, UTILITY_BILL_TABLE, { date1904 });
    issues.push(...read.issues);
    for (const row of read.rows) {
      const { date, utility: typed, amount, meterPeriod } = row.values;
      if (date === null || typed === null || amount === null) continue;
      const at = (column: string | undefined) => ({ sheet: row.sheet, row: row.row, column });
      const utility = utilityOf(typed);
      let rejected = false;
      if (utility === null) {
        issues.push(
          issue("utility_type_unknown", "error", at(row.columns.utility), {
            header: columnOf(UTILITY_BILL_TABLE, "utility").label,
            value: typed,
          }),
        );
        rejected = true;
      }
      if (amount <= 0) {
        issues.push(
          issue("not_positive", "error", at(row.columns.amount), {
            header: columnOf(UTILITY_BILL_TABLE, "amount").label,
            value: formatFen(amount),
          }),
        );
        rejected = true;
      }
      if (rejected || utility === null) continue;
      bills.push({
        date,
        utility,
        amountFen: amount,
        meterPeriod,
        source: { sheet: row.sheet, row: row.row },
      });
    }
  }
  return { bills, issues };
}
