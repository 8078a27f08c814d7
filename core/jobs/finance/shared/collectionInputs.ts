import type { Issue } from "../../../issues";
import type { TableSpec } from "../../../table/declaration";
import { locateInputs, type InputsFound } from "../../../table/locateInputs";
import type { BookData } from "../../../table/sheetData";
import type { JobParams } from "../../job";
import { readCollectionInputs, type CollectionInputs } from "../../collection/readInputs";

/** The collection inputs of a workbook read for a finance job, with the sheets placed by that job's own input list. */
export interface FinanceInputs {
  /** Charges, payments, targets and follow-up notes as the collection job reads them. */
  collection: CollectionInputs;
  /** Where the finance job's own input list (collection's tables and its own) places each sheet. */
  found: InputsFound;
  /** The issues of reading the collection tables' rows (without collection's own sheet-placement issues). */
  readIssues: Issue[];
}

/**
 * Reads a workbook for a finance job built on the collection records: the sheets are placed with the job's
 * `inputs` (collection's tables plus its own, so its own sheets are not "not placed" and no sheet is read
 * twice), and the charges and payments come from {@link readCollectionInputs} unchanged.
 */
export function readFinanceInputs(
  book: BookData,
  inputs: readonly TableSpec[],
  inputSheets?: JobParams["inputSheets"],
): FinanceInputs {
  const found = locateInputs(book, inputs, inputSheets);
  const collection = readCollectionInputs(book, inputSheets ? { inputSheets } : {});
  return { collection, found, readIssues: withoutPlacement(collection) };
}

/** The collection issues less those of placing its sheets (the finance job places the sheets itself). */
function withoutPlacement(collection: CollectionInputs): Issue[] {
  const placed = new Map<string, number>();
  for (const i of collection.found.issues) placed.set(keyOf(i), (placed.get(keyOf(i)) ?? 0) + 1);
  return collection.issues.filter((i) => {
    const left = placed.get(keyOf(i)) ?? 0;
    if (left === 0) return true;
    placed.set(keyOf(i), left - 1);
    return false;
  });
}

function keyOf(i: Issue): string {
  return JSON.stringify([i.code, i.severity, i.sheet, i.row, i.column, i.params]);
}
