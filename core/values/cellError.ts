import type { CellValue } from "./cellValue";

const EXCEL_ERRORS: readonly string[] = [
  "#N/A",
  "#VALUE!",
  "#REF!",
  "#DIV/0!",
  "#NAME?",
  "#NULL!",
  "#NUM!",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
];

const BY_UPPER = new Map(EXCEL_ERRORS.map((e) => [e, e]));

/** The Excel error a cell holds as text (`#N/A`, `#DIV/0!`, ...), in Excel's spelling, else null. */
export function excelErrorOf(v: CellValue): string | null {
  if (typeof v !== "string" || !v.trimStart().startsWith("#")) return null;
  return BY_UPPER.get(v.trim().toUpperCase()) ?? null;
}
