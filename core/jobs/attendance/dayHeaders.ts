import { HEADER_SEARCH_ROWS } from "../../table/findHeader";
import type { BookData, CellValue, SheetData } from "../../table/sheetData";
import { excelSerialToIso } from "../../values/excelSerial";
import { monthOf, type YearMonth } from "../../values/isoDate";

/** The fewest day columns (1, 2, 3 ... in a row) that make a row the day header of an attendance grid. */
const MIN_DAYS = 28;
const DAY_TEXT =
  /^0?(\d{1,2})\s*(?:[日号號]\s*)?(?:(?:[(（]\s*)?(?:星期|周|週|礼拜)?[一二三四五六日天七]\s*[)）]?)?$/u;
/** A day header tagged with its month, as {@link datedDayHeader} writes it (after NFKC): `5日(2026-10)`. */
const DATED_DAY_TEXT = /^0?(\d{1,2})\s*[日号號]\s*\(\s*(\d{4})-(0[1-9]|1[0-2])\s*\)$/u;
const WEEKDAY_TEXT =
  /^(?:星期|周|週|礼拜)?[一二三四五六日天七]$|^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?$/iu;

/** The header text a grid's day column is declared with. @example dayHeader(5) === "5日" */
export function dayHeader(day: number): string {
  return `${day}日`;
}

/**
 * The header a grid whose day headers are dates gets: the day with its month as a bracketed tag, which header
 * matching drops (it is found as `5日`) and {@link prepareDayHeaders} reads back, so a prepared book still
 * says the grid's month. @example datedDayHeader(5, "2026-10") === "5日(2026-10)"
 */
export function datedDayHeader(day: number, month: YearMonth): string {
  return `${dayHeader(day)}(${month})`;
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
 * gets the headers `1日`, `2日`... (`1日(2026-10)`... when they are dates, so the month stays written in
 * the prepared book); a weekday row right below it (一 二 三... or Mon Tue...) is blanked so it is not read
 * as data. Other sheets are passed on untouched; the book itself is never changed. Preparing a prepared
 * book gives it back as it is, with the same months.
 */
export function prepareDayHeaders(book: BookData): PreparedBook {
  const gridMonths = new Map<string, YearMonth>();
  let changed = false;
  const sheets = book.sheets.map((sheet) => {
    if (sheet.ownerKey !== undefined) return sheet;
    const found = findDayRow(sheet, book.date1904);
    if (found === null) return sheet;
    const { month } = found;
    if (month !== null) gridMonths.set(sheet.name, month);
    const row = sheet.values[found.index] ?? [];
    const text = (i: number) => (month === null ? dayHeader(i + 1) : datedDayHeader(i + 1, month));
    const below = sheet.values[found.index + 1];
    const blankBelow = below !== undefined && isWeekdayRow(below, found.first, found.days);
    let headed = true;
    for (let i = 0; i < found.days && headed; i++) headed = row[found.first + i] === text(i);
    if (headed && !blankBelow) return sheet;
    changed = true;
    const values = sheet.values.slice();
    const header = row.slice();
    for (let i = 0; i < found.days; i++) header[found.first + i] = text(i);
    values[found.index] = header;
    if (blankBelow) values[found.index + 1] = below.map(() => null);
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
  const text = cell.normalize("NFKC").trim();
  const dated = DATED_DAY_TEXT.exec(text);
  if (dated !== null) {
    const day = Number(dated[1]);
    return day >= 1 && day <= 31 ? { day, month: `${dated[2]}-${dated[3]}` } : null;
  }
  const match = DAY_TEXT.exec(text);
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
