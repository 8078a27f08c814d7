import type { Issue } from "../../../issues";
import { readTable } from "../../../table/readTable";
import { cellOf, type CellRef } from "../../../table/rowRefs";
import type { SheetData } from "../../../table/sheetData";
import type { IsoDate, YearMonth } from "../../../values/isoDate";
import type { Fen } from "../../../values/money";
import { HANDOVER_TABLE } from "./inputs";
import { CASH_METHOD, paymentMethod } from "./paymentMethod";

/** One row of the cashier's handover record. */
export interface HandoverEntry {
  date: IsoDate;
  /** The {@link paymentMethod} name; cash when the sheet has no method or the cell is empty. */
  method: string;
  amountFen: Fen;
  /** The row's amount cell: where a difference the row shows is reported. */
  source: CellRef;
}

/**
 * Reads the handover sheets into entries: bad cells are issues with their coordinates (as the table
 * reader gives them), a negative amount is an error (`negative_value`, declared on {@link HANDOVER_TABLE}) and
 * its row is left out. A date without a year takes the title's, else the one nearest `near` (the week's month).
 */
export function readHandover(
  sheets: readonly SheetData[],
  date1904: boolean,
  near?: YearMonth,
): { entries: HandoverEntry[]; issues: Issue[] } {
  const entries: HandoverEntry[] = [];
  const issues: Issue[] = [];
  for (const sheet of sheets) {
    const read = readTable(sheet, HANDOVER_TABLE, near === undefined ? { date1904 } : { date1904, near });
    issues.push(...read.issues);
    for (const row of read.rows) {
      const { date, method, amount } = row.values;
      if (date === null || amount === null) continue;
      entries.push({
        date,
        method: method === null ? CASH_METHOD : paymentMethod(method),
        amountFen: amount,
        source: cellOf(row, "amount"),
      });
    }
  }
  return { entries, issues };
}
