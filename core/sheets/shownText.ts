import { groupedAmount } from "../values/groupedAmount";
import { displayWidth } from "../values/displayWidth";
import { MONEY_FORMAT, RATE_FORMAT } from "./formats";
import { isDateCell, isFormulaCell, isLinkCell, type OutCell } from "./sheetSpec";

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
    if (format === MONEY_FORMAT) return groupedAmount(cell.toFixed(2));
    if (format === RATE_FORMAT) return `${(cell * 100).toFixed(2)}%`;
    return String(cell);
  }
  if (isDateCell(cell)) return cell.date;
  if (isLinkCell(cell)) return cell.text;
  if (isFormulaCell(cell)) return shownText(cell.value, format);
  return "";
}

/** Digits of a number's whole part (at least one). */
function wholeDigits(value: number): number {
  let digits = 1;
  for (let whole = Math.floor(Math.abs(value)); whole >= 10; whole = Math.floor(whole / 10)) digits++;
  return digits;
}

/**
 * The display width of what a cell shows, as `displayWidth(shownText(cell, format))` but with no text made for a
 * number: money is its whole digits, their separators, the sign and three more for `.00`.
 */
export function shownWidth(cell: OutCell, format: string | undefined): number {
  if (typeof cell === "number" && format === MONEY_FORMAT && Number.isFinite(cell)) {
    const digits = wholeDigits(Math.round(Math.abs(cell) * 100) / 100);
    return digits + Math.floor((digits - 1) / 3) + 3 + (cell < 0 ? 1 : 0);
  }
  return displayWidth(shownText(cell, format));
}
