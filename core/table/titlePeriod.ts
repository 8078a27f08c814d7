import type { CellValue } from "./sheetData";
import type { LabelCell } from "./sheetLabels";
import { isBlankCell } from "./rowKinds";
import { normalizeHeader } from "../values/text";

/** The year, and the month when they say one, that the lines above a table state (`2026年11月 收款记录`). */
export interface TitlePeriod {
  year: number;
  /** 1-12, or null when only the year is said (`2026年收费明细`). */
  month: number | null;
}

/** Labels whose value is the sheet's period (`月份：2026-11`, `年度：2026`). */
const PERIOD_LABELS = [
  "月份",
  "所属月份",
  "所属期间",
  "期间",
  "会计期间",
  "统计期间",
  "统计月份",
  "计划月份",
  "考勤月份",
  "考勤期间",
  "年月",
  "年度",
  "年份",
  "Month",
  "Period",
  "Year",
].map(normalizeHeader);

/** A year (`2026年`), a year and month (`2026年11月`, `2026-11`, `2026.11`, `2026/11`), or a date's start, in a text. */
const YEAR_IN_TEXT = /(?<!\d)(\d{4})\s*(?:年(?:\s*(\d{1,2})\s*月)?|[-/.](\d{1,2})(?!\d))/u;

/** The years a title's four digits are read as a year in (so an amount such as `1000.10` is not one). */
const FIRST_YEAR = 1900;
const LAST_YEAR = 2999;

/** Lines about the sheet itself, not its period (`制表 2026-12-02`, `打印日期 2026/12/3`). */
const NOT_THE_PERIOD = /制表|填表|填报|打印|编制|編製|报送|報送|日期|printed|prepared/iu;

/**
 * The period the lines above a table state, found once per sheet: the first line, top down, that is a period
 * label (`月份：2026-11`, `年度：2026`) or a title naming a year (`2026年12月物资采购申请单`, `2026年收费明细`,
 * `2026年11月 收款记录`, `2026-11 收费明细`); on one line a label goes first. Other labels (`编制日期：…`) and
 * lines about the sheet itself (`制表 2026-12-02`) say nothing about the period. Null when no line does.
 * @param rows the rows above the header
 * @param labels their labels ({@link readSheetLabelCells})
 */
export function titlePeriodOf(
  rows: readonly (readonly CellValue[])[],
  labels: ReadonlyMap<string, LabelCell>,
): TitlePeriod | null {
  let fromLabel: { row: number; period: TitlePeriod } | null = null;
  for (const key of PERIOD_LABELS) {
    const cell = labels.get(key);
    if (cell === undefined || (fromLabel !== null && fromLabel.row <= cell.row)) continue;
    const period = periodInText(cell.value);
    if (period !== null) fromLabel = { row: cell.row, period };
  }
  const last = fromLabel === null ? rows.length : fromLabel.row;
  for (let r = 0; r < last; r++) {
    for (const text of titleTexts(rows[r] ?? [])) {
      const period = periodInText(text);
      if (period !== null) return period;
    }
  }
  return fromLabel?.period ?? null;
}

/** The first year (with its month, when one follows) a text names, or null. */
function periodInText(text: string): TitlePeriod | null {
  const m = YEAR_IN_TEXT.exec(text.normalize("NFKC"));
  if (m === null) return null;
  const year = Number(m[1]);
  if (year < FIRST_YEAR || year > LAST_YEAR) return null;
  const monthText = m[2] ?? m[3];
  if (monthText === undefined) return { year, month: null };
  const month = Number(monthText);
  return month >= 1 && month <= 12 ? { year, month } : m[2] === undefined ? null : { year, month: null };
}

/**
 * The texts of a row that may be titles: string cells split at wide gaps, less `label：value` parts, the value
 * cell of a bare `label：`, and lines about the sheet itself.
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
      if (part.trim() !== "" && !/[:：]/u.test(part) && !NOT_THE_PERIOD.test(part)) out.push(part);
    }
  }
  return out;
}
