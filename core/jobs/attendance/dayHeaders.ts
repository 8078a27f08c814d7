import { HEADER_SEARCH_ROWS } from "../../table/findHeader";
import type { BookData, CellValue, SheetData } from "../../table/sheetData";
import { excelSerialToIso } from "../../values/excelSerial";
import { monthOf, type YearMonth } from "../../values/isoDate";

/** The fewest day columns (1, 2, 3 ... in a row) that make a row the day header of an attendance grid. */
const MIN_DAYS = 28;
const DAY_TEXT =
  /^0?(\d{1,2})\s*[日号號]?\s*(?:[(（]?\s*(?:星期|周|週|礼拜)?[一二三四五六日天七]\s*[)）]?)?$/u;
const WEEKDAY_TEXT =
  /^(?:星期|周|週|礼拜)?[一二三四五六日天七]$|^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?$/iu;

/** The header text a grid's day column is declared with. @example dayHeader(5) === "5日" */
export function dayHeader(day: number): string {
  return `${day}日`;
}

/** A workbook with its attendance grids' day headers made text, and the month each grid's date headers name. */
export interface PreparedBook {
  book: BookData;
  /** Sheet name -> the month its day headers are dates of (grids whose headers are plain day numbers are absent). */
  gridMonths: Map<string, YearMonth>;
}

/**
 * Makes the day columns of attendance grids (员工 x 1..31) findable by header: a row holding the days 1, 2,
 * 3 ... (at least 28 in a row, as numbers, as text such as `1日` / `1(四)`, or as the dates of one month)
 * gets the headers `1日`, `2日`...; a weekday row right below it (一 二 三... or Mon Tue...) is blanked so it
 * is not read as data. Other sheets are passed on untouched; the book itself is never changed.
 */
export function prepareDayHeaders(book: BookData): PreparedBook {
  const gridMonths = new Map<string, YearMonth>();
  let changed = false;
  const sheets = book.sheets.map((sheet) => {
    if (sheet.ownerKey !== undefined) return sheet;
    const found = findDayRow(sheet, book.date1904);
    if (found === null) return sheet;
    changed = true;
    if (found.month !== null) gridMonths.set(sheet.name, found.month);
    const values = sheet.values.slice();
    const header = (values[found.index] ?? []).slice();
    for (let i = 0; i < found.days; i++) header[found.first + i] = dayHeader(i + 1);
    values[found.index] = header;
    const below = values[found.index + 1];
    if (below !== undefined && isWeekdayRow(below, found.first, found.days)) {
      values[found.index + 1] = below.map(() => null);
    }
    return { ...sheet, values };
  });
  return { book: changed ? { ...book, sheets } : book, gridMonths };
}

interface DayRow {
  index: number;
  /** Index of the column of day 1. */
  first: number;
  days: number;
  month: YearMonth | null;
}

function findDayRow(sheet: SheetData, date1904: boolean): DayRow | null {
  const limit = Math.min(sheet.values.length, HEADER_SEARCH_ROWS);
  for (let index = 0; index < limit; index++) {
    const row = sheet.values[index] ?? [];
    if (row.length < MIN_DAYS) continue;
    const found = dayRun(row, date1904);
    if (found !== null) return { index, ...found };
  }
  return null;
}

/** The longest run of cells naming days 1, 2, 3 ... of one month, when it is long enough. */
function dayRun(row: readonly CellValue[], date1904: boolean): Omit<DayRow, "index"> | null {
  let best: Omit<DayRow, "index"> | null = null;
  let start = -1;
  let expected = 1;
  let month: YearMonth | null = null;
  const close = (end: number) => {
    const days = end - start;
    if (start >= 0 && days >= MIN_DAYS && (best === null || days > best.days))
      best = { first: start, days, month };
  };
  for (let i = 0; i <= row.length; i++) {
    const day = i < row.length ? dayOf(row[i] ?? null, date1904) : null;
    if (day !== null && day.day === expected && (expected === 1 || day.month === month)) {
      if (expected === 1) {
        start = i;
        month = day.month;
      }
      expected++;
      continue;
    }
    close(i);
    start = -1;
    expected = 1;
    if (day !== null && day.day === 1) {
      start = i;
      month = day.month;
      expected = 2;
    }
  }
  return best;
}

/** The day of the month a header cell names, with its month when the cell is a date. */
function dayOf(cell: CellValue, date1904: boolean): { day: number; month: YearMonth | null } | null {
  if (typeof cell === "number") {
    if (!Number.isInteger(cell)) return null;
    if (cell >= 1 && cell <= 31) return { day: cell, month: null };
    const date = excelSerialToIso(cell, date1904);
    return date.ok ? { day: Number(date.value.slice(8, 10)), month: monthOf(date.value) } : null;
  }
  if (typeof cell !== "string") return null;
  const match = DAY_TEXT.exec(cell.normalize("NFKC").trim());
  const day = match === null ? 0 : Number(match[1]);
  return day >= 1 && day <= 31 ? { day, month: null } : null;
}

function isWeekdayRow(row: readonly CellValue[], first: number, days: number): boolean {
  let weekdays = 0;
  for (let i = first; i < first + days; i++) {
    const cell = row[i];
    if (typeof cell === "string" && WEEKDAY_TEXT.test(cell.normalize("NFKC").trim())) weekdays++;
  }
  return weekdays * 2 > days;
}
