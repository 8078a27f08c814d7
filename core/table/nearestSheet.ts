import { label, type Label, type Lang } from "../i18n/label";
import type { ParamsOf } from "../issues";
import { normalizeHeader } from "../values/text";
import type { TableSpec } from "./declaration";
import { HEADER_SEARCH_ROWS } from "./findHeader";
import { HeaderMatcher } from "./headerMatcher";
import { isBlankCell } from "./rowKinds";
import type { BookData, CellValue, SheetData } from "./sheetData";

/** What a `no_input_sheet` issue says besides the table: the nearest sheet, what it looks like, the headers looked for. */
export type MissingInputParams = Omit<ParamsOf<"no_input_sheet">, "table">;

const TEXT = {
  none: label("无", "無", "none"),
  emptyBook: label("工作簿是空的", "活頁簿是空的", "the workbook is empty"),
  onlyOwnSheets: label(
    "只有 PropDesk 生成的工作表",
    "只有 PropDesk 產生的工作表",
    "only sheets PropDesk wrote",
  ),
  dayGrid: label(
    "日期横排成列：{first}…{last}，像考勤表",
    "日期橫排成欄：{first}…{last}，像考勤表",
    "a day grid, days as columns: {first}…{last}, like an attendance sheet",
  ),
  monthColumns: label(
    "月份横排成列：{first}…{last}",
    "月份橫排成欄：{first}…{last}",
    "months as columns: {first}…{last}",
  ),
  sideBySide: label(
    "入库、出库、结存并列，像收发存台账",
    "入庫、出庫、結存並列，像收發存台帳",
    "receipts, issues and balance side by side, like a stock ledger",
  ),
  singleColumn: label("只有一列的清单", "只有一欄的清單", "a single-column list"),
  mostlyEmpty: label("几乎是空的", "幾乎是空的", "mostly empty"),
  headers: label("表头为：{headers}", "表頭為：{headers}", "headers: {headers}"),
  /** Between the synonyms of a column, between columns, between tables. */
  listSeparator: label("、", "、", ", "),
  columnSeparator: label("；", "；", "; "),
  tableSeparator: label("；或", "；或", "; or "),
  synonyms: label("{label}（{synonyms}）", "{label}（{synonyms}）", "{label} ({synonyms})"),
  tableColumns: label("{table}：{columns}", "{table}：{columns}", "{table}: {columns}"),
} satisfies Record<string, Label>;

/** How many synonyms each expected header shows beside its name. */
const SYNONYMS_SHOWN = 3;
/** How many rows from the top tell whether a sheet is a single column or mostly empty. */
const SHAPE_ROWS = 200;
/** How many header texts a sheet of no known shape is described by. */
const HEADERS_SHOWN = 6;

/**
 * What to tell a person when no sheet of a workbook fits a required table (`specs`: the table, or the tables
 * any of which would do): the nearest sheet - the one whose rows name the most of the tables' headers, a name
 * hint adding half a header, else the first sheet holding anything; none when no sheet holds anything a person
 * typed - what it looks like (a day grid, months as columns, receipts and issues side by side, a single column,
 * mostly empty, else its headers), and the headers looked for: each required column in the reader's language
 * with a few of its synonyms. Cheap: it reads the first rows of each sheet once.
 */
export function missingInputParams(book: BookData, specs: readonly TableSpec[]): MissingInputParams {
  const expected = expectedHeaders(specs);
  const sheets = book.sheets.filter((s) => s.ownerKey === undefined && !isEmptySheet(s));
  if (sheets.length === 0) {
    const own = book.sheets.some((s) => s.ownerKey !== undefined && !isEmptySheet(s));
    return { nearest: TEXT.none, shape: own ? TEXT.onlyOwnSheets : TEXT.emptyBook, expected };
  }
  const matchers = specs.map((spec) => new HeaderMatcher(spec));
  let nearest = sheets[0]!;
  let best = -1;
  for (const sheet of sheets) {
    const score = nearness(sheet, matchers);
    if (score > best) {
      best = score;
      nearest = sheet;
    }
  }
  return { nearest: nearest.name, shape: shapeOf(nearest), expected };
}

/** How near a sheet is to the tables: the most declared headers one of its first rows names, plus ½ for a name hint. */
function nearness(sheet: SheetData, matchers: readonly HeaderMatcher[]): number {
  const name = normalizeHeader(sheet.name);
  let score = 0;
  for (const matcher of matchers) {
    const limit = Math.min(sheet.values.length, HEADER_SEARCH_ROWS);
    let named = 0;
    for (let index = 0; index < limit; index++)
      named = Math.max(named, matcher.matchedKeys(sheet.values[index] ?? []).size);
    const hinted = (matcher.spec.sheetNameHints ?? []).some((h) => name.includes(normalizeHeader(h)));
    score = Math.max(score, named + (hinted ? 0.5 : 0));
  }
  return score;
}

/** The required headers (and required groups) of the tables in a language, a few synonyms each; tables joined by "or". */
function expectedHeaders(specs: readonly TableSpec[]): Label {
  const inLang = (lang: Lang): string => {
    const tables = specs.map((spec) => {
      const columns = [...spec.columns.filter((c) => c.required === true), ...(spec.requiredGroups ?? [])]
        .map((c) => {
          const own = normalizeHeader(c.label[lang]);
          const synonyms = c.synonyms
            .filter((s) => normalizeHeader(s) !== own)
            .filter((s) => lang === "en" || !/^[\x20-\x7e]+$/.test(s))
            .slice(0, SYNONYMS_SHOWN);
          return synonyms.length === 0
            ? c.label[lang]
            : fill(TEXT.synonyms[lang], {
                label: c.label[lang],
                synonyms: synonyms.join(TEXT.listSeparator[lang]),
              });
        })
        .join(TEXT.columnSeparator[lang]);
      return specs.length === 1
        ? columns
        : fill(TEXT.tableColumns[lang], { table: spec.label[lang], columns });
    });
    return tables.join(TEXT.tableSeparator[lang]);
  };
  return label(inLang("zh-CN"), inLang("zh-TW"), inLang("en"));
}

/** What a sheet looks like, told from its first rows by a few cheap tests, in each language. */
export function shapeOf(sheet: SheetData): Label {
  const rows = sheet.values.slice(0, HEADER_SEARCH_ROWS);
  for (const row of rows) {
    const days = runOf(row, dayOf);
    if (days !== null && days.count >= 10)
      return fillLabel(TEXT.dayGrid, { first: days.first, last: days.last });
  }
  for (const row of rows) {
    const months = runOf(row, monthOf);
    if (months !== null && months.count >= 3)
      return fillLabel(TEXT.monthColumns, { first: months.first, last: months.last });
  }
  for (let index = 0; index < rows.length; index++) {
    const texts = [...(rows[index] ?? []), ...(rows[index + 1] ?? [])].filter(
      (c): c is string => typeof c === "string",
    );
    if (stockGroupsNamed(texts) >= 2) return TEXT.sideBySide;
  }
  let filled = 0;
  const columns = new Set<number>();
  let singleRows = 0;
  let filledRows = 0;
  for (const row of sheet.values.slice(0, SHAPE_ROWS)) {
    let inRow = 0;
    row.forEach((cell, c) => {
      if (isBlankCell(cell)) return;
      inRow++;
      columns.add(c);
    });
    filled += inRow;
    if (inRow > 0) filledRows++;
    if (inRow === 1) singleRows++;
  }
  if (filled < 6) return TEXT.mostlyEmpty;
  if (columns.size === 1 || (filledRows >= 3 && singleRows / filledRows >= 0.8 && columns.size <= 2))
    return TEXT.singleColumn;
  const headers = headerTexts(rows);
  return fillLabel(TEXT.headers, (lang) => ({ headers: headers.join(TEXT.listSeparator[lang]) }));
}

/** The texts of the row with the most text cells among the first rows (a sheet's likely header), the first few. */
function headerTexts(rows: readonly (readonly CellValue[])[]): string[] {
  let best: string[] = [];
  for (const row of rows) {
    const texts = row
      .filter((c): c is string => typeof c === "string" && c.trim() !== "")
      .map((c) => c.trim());
    if (texts.length > best.length) best = texts;
  }
  return best.length > HEADERS_SHOWN ? [...best.slice(0, HEADERS_SHOWN), "…"] : best;
}

/**
 * The values a row's cells name in order (days, months), as the longest run of increasing values: how many,
 * and the first and last cell's text. Null when no cell names one.
 */
function runOf(
  row: readonly CellValue[],
  valueOf: (cell: CellValue) => number | null,
): { count: number; first: string; last: string } | null {
  let best: { count: number; first: string; last: string } | null = null;
  let run: { count: number; first: string; last: string; value: number } | null = null;
  for (const cell of row) {
    const value = valueOf(cell);
    if (value === null) {
      if (cell !== null && cell !== "") run = null;
      continue;
    }
    const text = String(cell).trim();
    if (run !== null && value > run.value) {
      run.count++;
      run.last = text;
      run.value = value;
    } else run = { count: 1, first: text, last: text, value };
    if (best === null || run.count > best.count)
      best = { count: run.count, first: run.first, last: run.last };
  }
  return best;
}

/** Day of the month a header cell names: 1…31 as a number, `1日`, `1号`, `01`, `1(四)`, `1日(2026-10)`. */
function dayOf(cell: CellValue): number | null {
  let day: number;
  if (typeof cell === "number") day = cell;
  else if (typeof cell === "string") {
    const m = /^0?(\d{1,2})\s*(?:[日号號]\s*)?(?:[(（][^)）]*[)）])?$/u.exec(cell.normalize("NFKC").trim());
    if (m === null) return null;
    day = Number(m[1]);
  } else return null;
  return Number.isInteger(day) && day >= 1 && day <= 31 ? day : null;
}

const MONTH_WORDS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"];
const MONTH_NAMES = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/**
 * The month a header cell names, as a number that grows with it (year × 12 + month): `1月`, `01月份`, `一月`,
 * `2026-01`, `2026/1`, `2026年1月`, `202601`, `Jan`.
 */
function monthOf(cell: CellValue): number | null {
  if (typeof cell !== "string") return null;
  const text = cell.normalize("NFKC").trim().toLowerCase();
  let m = /^(?:(\d{4})\s*(?:[-/.年]\s*)?)?(0?[1-9]|1[0-2])\s*(?:月份?)$/u.exec(text);
  if (m === null) m = /^(\d{4})\s*[-/.]\s*(0?[1-9]|1[0-2])$/u.exec(text);
  if (m === null) m = /^(\d{4})(0[1-9]|1[0-2])$/u.exec(text);
  if (m !== null) return Number(m[1] ?? 0) * 12 + Number(m[2]);
  const word = /^(.{1,2})月份?$/u.exec(text)?.[1];
  if (word !== undefined) {
    const n = MONTH_WORDS.indexOf(word);
    if (n >= 0) return n + 1;
  }
  const name = MONTH_NAMES.indexOf(text.slice(0, 3));
  return name >= 0 && /^[a-z]+\.?$/.test(text) ? name + 1 : null;
}

/** Words of the three groups of a stock ledger (收发存): receipts, issues, balance. */
const STOCK_GROUPS: readonly (readonly string[])[] = [
  ["入库", "收入", "购进", "进货", "本期收入", "receipts", "stockin"],
  ["出库", "发出", "领用", "本期发出", "issues", "stockout"],
  ["结存", "库存", "期末", "balance"],
];

/** How many of the stock ledger's groups the texts name (each text containing a group's word). */
function stockGroupsNamed(texts: readonly string[]): number {
  const normal = texts.map((t) => normalizeHeader(t));
  return STOCK_GROUPS.filter((words) => normal.some((t) => words.some((w) => t.includes(w)))).length;
}

function isEmptySheet(sheet: SheetData): boolean {
  return sheet.values.every((row) => row.every(isBlankCell));
}

function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole));
}

function fillLabel(
  text: Label,
  params: Record<string, string> | ((lang: Lang) => Record<string, string>),
): Label {
  const of = (lang: Lang) => fill(text[lang], typeof params === "function" ? params(lang) : params);
  return label(of("zh-CN"), of("zh-TW"), of("en"));
}
