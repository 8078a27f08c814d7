import { issue, type Issue } from "../../issues";
import type { CellValue, SheetData } from "../../table/sheetData";
import { readSheetLabels } from "../../table/sheetLabels";
import { isBlankCell } from "../../table/rowKinds";
import { parseDateCell } from "../../values/dateCell";
import { isDateNumberFormat } from "../../values/dateFormat";
import { excelSerialToIso } from "../../values/excelSerial";
import {
  addMonths,
  isoFromParts,
  lastDayOf,
  monthOf,
  type IsoDate,
  type YearMonth,
} from "../../values/isoDate";
import { parseMonthCell } from "../../values/monthCell";
import { columnLetter } from "../../values/columnLetter";
import { normalizeHeader } from "../../values/text";

/** A line above the opening stock's header that states the month the stock opens. */
export interface OpeningMonthLine {
  month: YearMonth;
  sheet: string;
  /** Excel row of the line. */
  row: number;
  /** Column letter of the line's first filled cell (a title, or the label stating the month). */
  column: string;
  /** The date read when it is neither a month's first nor its last day (the nearer month start was taken). */
  midMonth: IsoDate | null;
}

/** Labels whose value is the opening stock's month (`期初月份：2026-11`). */
const MONTH_LABELS = ["期初月份", "月份", "所属月份", "会计期间", "Month", "Opening month"].map(
  normalizeHeader,
);

/** Labels whose value is the day the stock stands at (`截至：2026-10-31`): a month given there is its end. */
const AS_AT_LABELS = [
  "截至",
  "截止",
  "截至日期",
  "截止日期",
  "期初日期",
  "库存日期",
  "结存日期",
  "盘点日期",
  "As of",
  "As at",
].map(normalizeHeader);

/** A month (`2026年11月`, `2026-11`, `2026.11`, `2026/11`) or a date (`2026年10月31日`, `2026-10-31`) in a title. */
const DATE_OR_MONTH =
  /(?<!\d)(?<year>\d{4})(?:年(?<cnMonth>\d{1,2})月(?:(?<cnDay>\d{1,2})[日号號])?|(?<sep>[-/.])(?<month>\d{1,2})(?:\k<sep>(?<day>\d{1,2}))?)(?!\k<sep>?\d)/gu;

/** The years a title's four digits are read as a year in (so an amount such as `1000.10` is not a month). */
const FIRST_YEAR = 1900;
const LAST_YEAR = 2999;

/** Words before a month that make it the month's end (`截至2026年10月`). */
const AS_AT_BEFORE = /(?:截至|截止)[到至]?$/u;

/** Words after a month that make it the month's end (`2026年10月末`, `2026-10 期末库存`, `10月结存`). */
const AS_AT_AFTER = /^(?:月?[末底]|期末|[结結][存余餘]|止)/u;

/** What joins the two ends of a range (`2026.11.01-2026.11.30`): only the range's start is read. */
const RANGE_JOIN = /^(?:[-~～—–]|至|到)$/u;

/** Lines about the sheet itself, not the stock (`制表 2026-12-02`): their dates are never the opening month. */
const NOT_THE_STOCK = /制表|填表|填报|打印|编制|編製|报送|報送|printed|prepared/iu;

/**
 * Every line above an opening stock sheet's header that states the month the stock opens, top to bottom:
 * labels (`期初月份：2026-11`, `月份：2026年11月`, `截至：2026-10-31`) and titles (`2026年11月 期初库存`,
 * `2026.11`, `截至2026年10月31日`, `2026年10月31日库存`, `2026年11月1日期初`, `2026-10 期末库存`). A date
 * on a month's first day opens that month, one on its last day the next; any other date opens the nearer
 * month start (the 1st to the 15th its own month, later the next) and says so in `midMonth`.
 */
export function openingMonthLines(
  sheet: SheetData,
  headerRow: number,
  date1904: boolean,
): OpeningMonthLine[] {
  const lines: OpeningMonthLine[] = [];
  const above = headerRow - sheet.origin.row;
  for (let r = 0; r < above && r < sheet.values.length; r++) {
    const row = sheet.origin.row + r;
    const cells = (sheet.values[r] ?? []).map((cell, c) =>
      asText(cell, sheet.numberFormats?.[r]?.[c], date1904),
    );
    const first = Math.max(
      0,
      (sheet.values[r] ?? []).findIndex((cell) => !isBlankCell(cell)),
    );
    const column = columnLetter(sheet.origin.column + first);
    const put = (found: Opened | null) => {
      if (found !== null) lines.push({ ...found, sheet: sheet.name, row, column });
    };
    const labels = readSheetLabels([cells]);
    for (const key of MONTH_LABELS) put(fromLabel(labels.get(key), false));
    for (const key of AS_AT_LABELS) put(fromLabel(labels.get(key), true));
    titleTexts(cells).forEach((text) => fromTitle(text).forEach(put));
  }
  return lines;
}

/**
 * The opening month the stated lines give, with their warnings: the first line wins; a mid-month date it was
 * read from, and every later line that gives another month, are warned about. Null when no line states it.
 */
export function statedOpeningMonth(lines: readonly OpeningMonthLine[]): {
  month: YearMonth | null;
  issues: Issue[];
} {
  const first = lines[0];
  if (first === undefined) return { month: null, issues: [] };
  const issues: Issue[] = [];
  const at = (line: OpeningMonthLine) => ({ sheet: line.sheet, row: line.row, column: line.column });
  if (first.midMonth !== null)
    issues.push(
      issue("opening_date_mid_month", "warning", at(first), { date: first.midMonth, month: first.month }),
    );
  const seen = new Set([first.month]);
  for (const line of lines.slice(1)) {
    if (seen.has(line.month)) continue;
    seen.add(line.month);
    issues.push(
      issue("opening_month_conflict", "warning", at(line), {
        other: line.month,
        month: first.month,
        firstSheet: first.sheet,
        firstRow: first.row,
      }),
    );
  }
  return { month: first.month, issues };
}

/** One warning per opening stock sheet when none states its month: the month taken from the movements instead. */
export function openingMonthAssumed(sheets: readonly string[], month: YearMonth): Issue[] {
  return sheets.map((sheet) => issue("opening_month_assumed", "warning", { sheet }, { sheet, month }));
}

interface Opened {
  month: YearMonth;
  midMonth: IsoDate | null;
}

/** The month a stock dated `date` opens: see {@link openingMonthLines}. */
function openedBy(date: IsoDate): Opened {
  const month = monthOf(date);
  const day = Number(date.slice(8));
  if (day === 1) return { month, midMonth: null };
  if (date === lastDayOf(month)) return { month: addMonths(month, 1), midMonth: null };
  return { month: day <= 15 ? month : addMonths(month, 1), midMonth: date };
}

/** A label's value: a date, else a month (its end when `asAt`), else the first month or date written in it. */
function fromLabel(value: string | undefined, asAt: boolean): Opened | null {
  if (value === undefined) return null;
  const date = parseDateCell(value, { date1904: false });
  if (date.ok && date.value !== null) return openedBy(date.value);
  const month = parseMonthCell(value, { date1904: false });
  if (month.ok && month.value !== null)
    return { month: asAt ? addMonths(month.value, 1) : month.value, midMonth: null };
  const [first] = fromTitle(asAt ? `截至${value}` : value);
  return first ?? null;
}

/** The months and dates a title states, in order, each read as in {@link openingMonthLines}. */
function fromTitle(text: string): Opened[] {
  const compact = text.normalize("NFKC").replace(/(?<!\s)\s*([年月日号號])\s*/gu, "$1");
  const out: Opened[] = [];
  let end = -1;
  for (const m of compact.matchAll(DATE_OR_MONTH)) {
    const start = m.index;
    const joined = end >= 0 && RANGE_JOIN.test(compact.slice(end, start).trim());
    end = start + m[0].length;
    if (joined) continue;
    const g = m.groups ?? {};
    const year = Number(g["year"]);
    if (year < FIRST_YEAR || year > LAST_YEAR) continue;
    const month = Number(g["cnMonth"] ?? g["month"]);
    const day = g["cnDay"] ?? g["day"];
    if (day !== undefined) {
      const date = isoFromParts(year, month, Number(day));
      if (date !== null) out.push(openedBy(date));
      continue;
    }
    const first = isoFromParts(year, month, 1);
    if (first === null) continue;
    const asAt = AS_AT_BEFORE.test(compact.slice(0, start)) || AS_AT_AFTER.test(compact.slice(end).trim());
    out.push({ month: asAt ? addMonths(monthOf(first), 1) : monthOf(first), midMonth: null });
  }
  return out;
}

/**
 * The texts of a row that may be titles: string cells split at wide gaps, without `label：value` parts, the
 * value cell of a bare `label：`, or lines about the sheet itself.
 */
function titleTexts(cells: readonly CellValue[]): string[] {
  const out: string[] = [];
  let afterBareLabel = false;
  for (const cell of cells) {
    if (isBlankCell(cell)) continue;
    const follows = afterBareLabel;
    afterBareLabel = typeof cell === "string" && /[:：]\s*$/u.test(cell);
    if (typeof cell !== "string" || follows) continue;
    for (const part of cell.split(/\s{2,}|\u3000+/u)) {
      if (part.trim() !== "" && !/[:：]/u.test(part) && !NOT_THE_STOCK.test(part)) out.push(part);
    }
  }
  return out;
}

/** A date-formatted number as the text of its date (`2026-10-31`), or of its month when the format shows no day. */
function asText(cell: CellValue, format: string | undefined, date1904: boolean): CellValue {
  if (typeof cell !== "number" || format === undefined || !isDateNumberFormat(format)) return cell;
  const date = excelSerialToIso(cell, date1904);
  if (!date.ok) return cell;
  const showsDay = /d/iu.test(format.replace(/"[^"]*"|\\.|\[[^[\]]*\]/gu, ""));
  return showsDay ? date.value : monthOf(date.value);
}
