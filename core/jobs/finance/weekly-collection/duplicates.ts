import type { Issue } from "../../../issues";
import type { RecordSource } from "../../../receivables/records";

/** A receipt number the week uses on rows that are not one receipt, with every row found holding it. */
export interface DuplicateReceipt {
  receipt: string;
  rows: RecordSource[];
}

/**
 * The week's duplicate receipt numbers, from the collection reader's `duplicate_receipt` warnings on the
 * week's rows (its rule: rows of one unit and date, or a refund of the same unit, are one receipt): each
 * number once, with the earlier row it clashes with (in this week or before) and the week's rows.
 */
export function weekDuplicates(
  readIssues: readonly Issue[],
  isWeekRow: (sheet: string, row: number) => boolean,
): DuplicateReceipt[] {
  const byReceipt = new Map<string, DuplicateReceipt>();
  for (const i of readIssues) {
    if (i.code !== "duplicate_receipt" || i.sheet === undefined || i.row === undefined) continue;
    if (!isWeekRow(i.sheet, i.row)) continue;
    const receipt = String(i.params?.["receipt"] ?? "");
    const key = receipt.normalize("NFKC").trim().toUpperCase();
    let duplicate = byReceipt.get(key);
    if (duplicate === undefined) byReceipt.set(key, (duplicate = { receipt, rows: [] }));
    const first = { sheet: String(i.params?.["firstSheet"] ?? ""), row: Number(i.params?.["firstRow"] ?? 0) };
    for (const at of [first, { sheet: i.sheet, row: i.row }]) {
      if (!duplicate.rows.some((r) => r.sheet === at.sheet && r.row === at.row)) duplicate.rows.push(at);
    }
  }
  return [...byReceipt.values()];
}
