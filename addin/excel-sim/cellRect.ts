import { columnLetter, columnNumber } from "../../core/index";
import { SimError } from "./simError";

/** Rows of an Excel worksheet. */
export const MAX_ROWS = 1_048_576;
/** Columns of an Excel worksheet (A to XFD). */
export const MAX_COLUMNS = 16_384;

/** A rectangle of cells, 1-based and inclusive. */
export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

/**
 * The rectangle of an A1 address on one sheet: `B3`, `$A$1:C9`, whole columns `A:C`, whole rows `2:5`.
 * Throws InvalidArgument as Excel does for anything else.
 */
export function parseAddress(address: string): Rect {
  const parts = address.trim().split(":");
  const bad = () =>
    new SimError(
      "InvalidArgument",
      `The argument is invalid or missing or has an incorrect format: "${address}"`,
    );
  if (parts.length < 1 || parts.length > 2) throw bad();
  const [first = "", second = first] = parts;
  const a = CELL.exec(first);
  const b = CELL.exec(second);
  let rect: Rect;
  if (a && b) {
    rect = corners(columnNumber(a[1] ?? ""), Number(a[2]), columnNumber(b[1] ?? ""), Number(b[2]));
  } else if (parts.length === 2 && COLUMN.test(first) && COLUMN.test(second)) {
    rect = corners(columnNumber(first.replace("$", "")), 1, columnNumber(second.replace("$", "")), MAX_ROWS);
  } else if (parts.length === 2 && ROW.test(first) && ROW.test(second)) {
    rect = corners(1, Number(first.replace("$", "")), MAX_COLUMNS, Number(second.replace("$", "")));
  } else {
    throw bad();
  }
  if (rect.top < 1 || rect.left < 1 || rect.bottom > MAX_ROWS || rect.right > MAX_COLUMNS) throw bad();
  return rect;
}

function corners(column1: number, row1: number, column2: number, row2: number): Rect {
  return {
    top: Math.min(row1, row2),
    left: Math.min(column1, column2),
    bottom: Math.max(row1, row2),
    right: Math.max(column1, column2),
  };
}

/** The A1 address of a rectangle: `C4` for one cell, `A1:D9` otherwise. */
export function formatAddress(rect: Rect): string {
  const start = `${columnLetter(rect.left)}${rect.top}`;
  if (rect.top === rect.bottom && rect.left === rect.right) return start;
  return `${start}:${columnLetter(rect.right)}${rect.bottom}`;
}

/** A sheet name as Excel writes it before `!` in an address: quoted unless it is letters, digits, `_` and `.` only. */
export function sheetPrefix(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? `${name}!`
    : `'${name.replace(/'/g, "''")}'!`;
}

/** Number of cells of a rectangle. */
export function rectCells(rect: Rect): number {
  return (rect.bottom - rect.top + 1) * (rect.right - rect.left + 1);
}

/** True when two rectangles share a cell. */
export function overlaps(a: Rect, b: Rect): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

/** True when `cell` (row, column) lies in the rectangle. */
export function contains(rect: Rect, row: number, column: number): boolean {
  return row >= rect.top && row <= rect.bottom && column >= rect.left && column <= rect.right;
}
