import { MONEY_FORMAT, RATE_FORMAT } from "./formats";
import { isDateCell, isFormulaCell, isLinkCell, type OutCell } from "./sheetSpec";

/** A number with thousands separators and `decimals` places: 52705.8 with 2 gives `52,705.80`. */
function grouped(value: number, decimals: number): string {
  const [whole = "0", fraction] = Math.abs(value).toFixed(decimals).split(".");
  let out = "";
  for (let i = 0; i < whole.length; i++) {
    if (i > 0 && (whole.length - i) % 3 === 0) out += ",";
    out += whole[i];
  }
  return `${value < 0 ? "-" : ""}${out}${fraction === undefined ? "" : `.${fraction}`}`;
}

/**
 * The text a cell shows under a number format, as far as its width goes: money with separators and two
 * decimals, rates as percentages, dates as `yyyy-mm-dd`, a formula as its value, a link as its text. For sizing
 * columns and rows, not for display.
 */
export function shownText(cell: OutCell, format: string | undefined): string {
  if (cell === null) return "";
  if (typeof cell === "string") return cell;
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  if (typeof cell === "number") {
    if (format === MONEY_FORMAT) return grouped(cell, 2);
    if (format === RATE_FORMAT) return `${(cell * 100).toFixed(2)}%`;
    return String(cell);
  }
  if (isDateCell(cell)) return cell.date;
  if (isLinkCell(cell)) return cell.text;
  if (isFormulaCell(cell)) return shownText(cell.value, format);
  return "";
}
