import type { RowOf, TableSpec } from "./declaration";
import type { CellValue, SheetData } from "./sheetData";
import { issue, type Issue, type IssueLocation, type ParamsOf } from "../issues";
import { columnLetter } from "../values/columnLetter";
import { HeaderMatcher } from "./headerMatcher";
import { findHeader, lastHeaderRow, namedColumns, type HeaderCandidate } from "./findHeader";
import { chooseColumns } from "./headerBand";
import {
  cellReaderFor,
  isPlainSerial,
  isPlainText,
  quickKindOf,
  serialToIso,
  serialToMonth,
  QUICK_DATE,
  QUICK_DECIMAL,
  QUICK_FEN,
  QUICK_MONTH,
  QUICK_QTY,
  QUICK_TEXT,
  QUICK_TIME,
  QUICK_WORDS,
  timeReaderFor,
  type CellReader,
  type QuickKind,
} from "./cellReader";
import { quickFen } from "../values/money";
import { quickQty } from "../values/quantity";
import { decFromNumber } from "../values/numberText";
import {
  headingOf,
  isBlankCell,
  isBlankRow,
  rowKindOf,
  ROW_DATA,
  ROW_NOTES,
  ROW_SECTION,
  ROW_TOTAL,
  type RowKind,
} from "./rowKinds";
import { bareHeadingNames, sectionFieldOf } from "./sections";
import { keyColumnsOf, type ColumnSpec } from "./declaration";
import { normalizeHeader } from "../values/text";
import { readSheetLabelCells, type LabelCell } from "./sheetLabels";
import { titlePeriodOf, type TitlePeriod } from "./titlePeriod";
import { yearResolver, type YearResolver } from "../values/dateCell";
import type { YearMonth } from "../values/isoDate";
import { trimText } from "../values/trim";
import { checkedLimit, type CheckedLimit } from "./valueLimits";
import { isWordsColumn, readWordsCell, type BoundWords } from "./wordsColumn";
import { parseAmountWords, quickAmountWords } from "../values/amountWords";
import { reportReading } from "./readings";
import { takeFigures } from "./exactSums";
import { fenText, type Fen } from "../values/money";
import { qtyText, type QtyE4 } from "../values/quantity";
import type { TimeCellReader } from "../values/moment";

/** One accepted data row: its typed values and where it came from. */
export interface TableRow<S extends TableSpec> {
  sheet: string;
  /** Excel row number (1-based). */
  row: number;
  values: RowOf<S>;
  /** Excel column letter of each column the sheet has. */
  columns: Readonly<Partial<Record<keyof RowOf<S>, string>>>;
  /** The sheet's own header text of each column it has: how an issue about a cell names its column ({@link headerOf}). */
  headers: Readonly<Partial<Record<keyof RowOf<S>, string>>>;
  /**
   * The column naming the row as a whole: the first of the table's key columns the sheet has (物资名称, 房号), else
   * its leftmost column. An issue about the row, or about a column the sheet lacks, names this cell ({@link cellOf}).
   */
  keyColumn: string;
  /**
   * The cell of each value a section heading or a label above the table supplied (`一、办公用品` or `部门：工程部`
   * over a sheet without that column): an issue about that value belongs there ({@link cellOf}). Absent when
   * neither supplied anything (a value the sheet's name gave has no cell: an issue about it names the row).
   */
  supplied?: Readonly<Partial<Record<keyof RowOf<S>, SuppliedCell>>>;
}

/** The heading or label cell a supplied value was read from. */
export interface SuppliedCell {
  row: number;
  column: string;
}

/**
 * How the rows below a table's header were taken; `read + rejected` and the skipped kinds add up to every row
 * below the header band.
 */
export interface RowCounts {
  /** Data rows read (handed to the visitor, or in `rows`). */
  read: number;
  /** Data rows left out because of an error (each has an issue; `rejectedRows` lists them). */
  rejected: number;
  /** Rows that are not data, by kind. */
  skipped: {
    /** Empty in every declared column. */
    blank: number;
    /** The header (or one of its rows) repeated, as on each printed page. */
    header: number;
    /** Subtotal and total rows: labelled (小计, 1栋小计, 本月合计, Total) or unlabelled sums of the rows above. */
    total: number;
    /** Section headings (一、办公用品, （二）工程材料, 1栋). */
    section: number;
    /** Notes and signature rows (制表人：, 说明：) and every row below the first of them. */
    notes: number;
  };
}

/** A declared table read from one sheet: accepted rows, the issues found, and what sits above the header. */
export interface TableRead<S extends TableSpec> {
  sheet: string;
  /** Excel row number of the header (its first row), or null when none was found. */
  headerRow: number | null;
  /** Excel row numbers of the header's rows (one to three: a parent row over child rows), empty when none was found. */
  headerRows: number[];
  /** Excel column letter of each declared column found. */
  columns: Partial<Record<keyof RowOf<S>, string>>;
  /** The header text of each declared column found, as the sheet writes it (`申请数量`). */
  headers: Partial<Record<keyof RowOf<S>, string>>;
  /**
   * The column of the header's first cell, or null when no header was found: an issue about the header as a whole
   * (a column it lacks, a grid of another month) names this cell of the header row.
   */
  headerColumn: string | null;
  /** Every row's {@link TableRow.keyColumn}, or null when the table's columns were not read (no header, one missing). */
  keyColumn: string | null;
  /** `label: value` pairs above the header (keys normalised like headers). */
  labels: Map<string, string>;
  /**
   * The text each of the table's context fields was given by the lines above the header or the sheet's name
   * ({@link TableSpec.context}), whether or not the sheet has its column: `{ department: "工程部", project: "阳光花园" }`.
   */
  context: Readonly<Partial<Record<string, string>>>;
  rows: TableRow<S>[];
  /** Excel row numbers of data rows left out because of an error (each has an issue). */
  rejectedRows: number[];
  issues: Issue[];
  /** How every row below the header was taken. */
  counts: RowCounts;
}

/** Options for {@link readTable}. */
export interface ReadOptions {
  date1904: boolean;
  /** Read every row through the full cell readers, with the quick path for clean rows off (to check one against the other). */
  fullReading?: boolean;
  /**
   * The job's period (its month; a range's last month, a week's or an as-of date's month): a date or month written
   * without a year (`12月3日`, `11月`) takes the year that puts it nearest, when no line above the table states
   * one. Without it, and without such a line, those cells are not dates.
   */
  near?: YearMonth;
}

interface BoundColumn {
  key: string;
  header: string;
  index: number;
  letter: string;
  required: boolean;
  read: CellReader;
  kind: QuickKind;
  maxLength: number;
  /** The column's declared limit, or null. */
  limit: CheckedLimit | null;
  /** The lowest and highest number a clean money, quantity or decimal cell may give ({@link CheckedLimit.low}). */
  low: number;
  high: number;
  /** A money column's words (大写) column, when the sheet has one: the figures may then be empty. */
  words: BoundColumn | null;
  /** A words column's money column (read by {@link readWordsCell}, never into values of its own), else null. */
  amount: { key: string; required: boolean; figures: BoundColumn | null } | null;
  /** A time column's reader (its `read` is this one's), else null. */
  time: TimeCellReader | null;
}

/** A declared table read row by row: what {@link readTable} gives, less the rows, which went to the visitor. */
export type TableScan<S extends TableSpec> = Omit<TableRead<S>, "rows">;

/**
 * Reads a declared table from a sheet: finds the header (below any title rows, columns in any order, over one
 * row or a band of two or three with parents merged over children), reads typed rows, and reports every bad
 * cell with its Excel coordinates. A bad value in a column whose value is required is an error and the row is
 * left out; elsewhere it is a warning and the value is left empty. A value outside its column's declared limit
 * is reported as the limit says: an error leaving the row out, or a warning leaving the value empty.
 *
 * Rows that are not data are skipped and counted ({@link RowCounts}): blank rows, repeated headers, subtotal and
 * total rows (a label cell containing 小计 / 合计 / Total…, or no key field and figures that equal the sum of
 * the rows above), section headings (一、办公用品, 1栋: their name supplies a field the sheet has no column for,
 * as the table's `sections` say) and notes and signature rows (制表人：, 说明：), which end the table.
 */
export function readTable<S extends TableSpec>(
  sheet: SheetData,
  spec: S,
  options: ReadOptions,
): TableRead<S> {
  const rows: TableRow<S>[] = [];
  const scan = scanTable(sheet, spec, options, (row) => {
    rows.push(row);
  });
  return {
    sheet: scan.sheet,
    headerRow: scan.headerRow,
    headerRows: scan.headerRows,
    columns: scan.columns,
    headers: scan.headers,
    headerColumn: scan.headerColumn,
    keyColumn: scan.keyColumn,
    labels: scan.labels,
    context: scan.context,
    rows,
    rejectedRows: scan.rejectedRows,
    issues: scan.issues,
    counts: scan.counts,
  };
}

/**
 * {@link readTable} without collecting the rows: each accepted row goes to `visit` as soon as it is read, in
 * sheet order, so a caller turning a large sheet into its own records keeps no second copy of it. How the sheet
 * was read (header, columns, counts) is reported to the run watching it ({@link reportReading}).
 */
export function scanTable<S extends TableSpec>(
  sheet: SheetData,
  spec: S,
  options: ReadOptions,
  visit: (row: TableRow<S>) => void,
): TableScan<S> {
  const result = scanSheet(sheet, spec, options, visit);
  reportReading(sheet, spec, result);
  return result;
}

function scanSheet<S extends TableSpec>(
  sheet: SheetData,
  spec: S,
  options: ReadOptions,
  visit: (row: TableRow<S>) => void,
): TableScan<S> {
  const result: TableScan<S> = {
    sheet: sheet.name,
    headerRow: null,
    headerRows: [],
    columns: {},
    headers: {},
    headerColumn: null,
    keyColumn: null,
    labels: new Map(),
    context: {},
    rejectedRows: [],
    issues: [],
    counts: { read: 0, rejected: 0, skipped: { blank: 0, header: 0, total: 0, section: 0, notes: 0 } },
  };
  const at = (index: number) => sheet.origin.row + index;
  if (sheet.values.every((row) => row.every(isBlankCell))) {
    result.issues.push(issue("empty_sheet", "warning", { sheet: sheet.name }, { table: spec.label }));
    return result;
  }
  const matcher = new HeaderMatcher(spec);
  const header = findHeader(sheet, matcher);
  if (!header) {
    result.issues.push(issue("no_header_found", "error", { sheet: sheet.name }, { table: spec.label }));
    return result;
  }
  const lastHeader = lastHeaderRow(header);
  result.headerRow = at(header.index);
  for (let index = header.index; index <= lastHeader; index++) result.headerRows.push(at(index));
  const headerColumn = firstFilledColumn(sheet, header.index);
  result.headerColumn = headerColumn;
  const above = sheet.values.slice(0, header.index);
  const labelCells = readSheetLabelCells(above);
  for (const [key, cell] of labelCells) result.labels.set(key, cell.value);
  const title = hasDates(spec) || spec.context !== undefined ? titlePeriodOf(above, labelCells) : null;
  const given = givenContext(sheet, spec, labelCells, title);
  for (const [field, value] of given) (result.context as Record<string, string>)[field] = value.text;
  // a required column a line above the table (or the sheet's name) gives is not missing
  const missingRequired = header.missingRequired.filter((key) => !given.has(key));
  if (missingRequired.length > 0) {
    for (const key of missingRequired) {
      result.issues.push(
        issue(
          "missing_required_column",
          "error",
          { sheet: sheet.name, row: at(header.index), column: headerColumn },
          requiredColumnParams(spec, key),
        ),
      );
    }
    return result;
  }

  const years = yearsOf(spec, title, options.near);
  const bound = bindColumns(sheet, header, matcher, options, result, years);
  const wordsColumns = bound.filter((c): c is BoundColumn & BoundWords => c.amount !== null);
  const figures = figuresOf(bound);
  const emptyRow: Record<string, null> = Object.fromEntries(spec.columns.map((c) => [c.key, null]));
  const headerTexts = new Set<string>();
  for (let index = header.index; index <= lastHeader; index++) {
    for (const c of bound) headerTexts.add(String(sheet.values[index]?.[c.index] ?? "").trim());
  }
  const bandRows = header.band === undefined ? null : sheet.values.slice(header.index, lastHeader + 1);
  const columnsByKey = result.columns as Readonly<Partial<Record<keyof RowOf<S>, string>>>;
  for (const c of bound) {
    const key = c.amount === null ? c.key : c.amount.figures === null ? c.amount.key : null;
    if (key !== null) (result.headers as Record<string, string>)[key] = c.header;
  }
  const headersByKey = result.headers as Readonly<Partial<Record<keyof RowOf<S>, string>>>;
  const counts = result.counts;
  const skipped = counts.skipped;
  const bare = bareHeadingNames(spec);
  const sums = new RunningSums(
    sheet,
    lastHeader + 1,
    bound.filter((c) => c.kind === QUICK_FEN || c.kind === QUICK_QTY),
  );
  // an unlabelled total has figures to sum and no key field: without either, no row can be one
  const keys = keyColumnsOf(spec);
  const keyColumns = sums.columns.length === 0 ? [] : bound.filter((c) => keys.has(c.key));
  const keyColumn = rowKeyColumn(bound, keys) ?? headerColumn;
  result.keyColumn = keyColumn;
  const keysMayBeBlank = keyColumns.length > 0 && keyColumns.every((c) => !c.required);
  // a total word labels a total only when no other key text cell is filled (a full line whose 类别 says 合计 is data)
  const keyText = bound.filter((c) => keys.has(c.key) && c.kind === QUICK_TEXT).map((c) => c.index);
  const supply = new SectionSupply(sheet, spec, bound, options.date1904, years, given, result.issues);
  const kinds = sums.kinds;
  let read = 0;
  let ended = false;

  /**
   * Takes a row that is not data: counts it by kind (ROW_DATA here is a row with nothing in the table's columns,
   * a blank one), and a heading updates what sections supply.
   */
  const skip = (index: number, kind: RowKind, cells: readonly CellValue[]) => {
    switch (kind) {
      case ROW_TOTAL:
        skipped.total++;
        kinds[index] = ROW_BOUNDARY;
        return;
      case ROW_SECTION:
        skipped.section++;
        kinds[index] = ROW_BOUNDARY;
        supply.heading(headingOf(cells, bare), at(index));
        return;
      case ROW_NOTES:
        // a note above the first data row (注：带*为必填) is an instruction, not the end of the table
        skipped.notes++;
        ended = read + counts.rejected > 0;
        return;
      default:
        skipped.blank++;
    }
  };

  for (let index = lastHeader + 1; index < sheet.values.length; index++) {
    const cells = sheet.values[index] ?? [];
    if (ended) {
      skipped.notes++;
      continue;
    }
    const quick = options.fullReading ? null : quickRow(cells, bound, emptyRow, headerTexts);
    if (quick === BLANK_ROW) {
      skip(index, isBlankRow(cells) ? ROW_DATA : rowKindOf(cells, bare, keyText), cells);
      continue;
    }
    // the row's kind, told by its label cells before anything else is done with it
    let kind: RowKind | null = null;
    if (quick !== null) {
      kind = rowKindOf(cells, bare, keyText);
      if (
        kind === ROW_DATA &&
        supply.complete &&
        !(keysMayBeBlank && isBlankInColumns(cells, keyColumns)) &&
        takeRowFigures(quick, figures) === null
      ) {
        kinds[index] = ROW_READ;
        read++;
        const accepted: TableRow<S> = {
          sheet: sheet.name,
          row: at(index),
          values: quick as RowOf<S>,
          columns: columnsByKey,
          headers: headersByKey,
          keyColumn,
        };
        if (supply.values !== null) Object.assign(quick, supply.values);
        if (supply.cells !== null)
          accepted.supplied = supply.cells as Partial<Record<keyof RowOf<S>, SuppliedCell>>;
        visit(accepted);
        continue;
      }
    }
    if (kind === null && isBlankInColumns(cells, bound)) {
      skip(index, isBlankRow(cells) ? ROW_DATA : rowKindOf(cells, bare, keyText), cells);
      continue;
    }
    kind ??= rowKindOf(cells, bare, keyText);
    if (kind !== ROW_DATA) {
      skip(index, kind, cells);
      continue;
    }
    if (
      mayRepeatHeader(cells, bound, headerTexts) &&
      (isRepeatedHeader(cells, bound, matcher) || (bandRows !== null && repeatsBandRow(cells, bandRows)))
    ) {
      skipped.header++;
      continue;
    }
    if (keyColumns.length > 0 && isBlankInColumns(cells, keyColumns) && sums.isTotal(index, cells)) {
      skipped.total++;
      kinds[index] = ROW_BOUNDARY;
      continue;
    }
    const row = at(index);
    const values: Record<string, unknown> = { ...emptyRow };
    let rejected = false;
    for (const column of bound) {
      if (column.amount !== null) continue; // words (大写): read below, beside their figures
      const cell = cells[column.index] ?? null;
      const parsed = column.read(cell, sheet.numberFormats?.[index]?.[column.index]);
      const where = { sheet: sheet.name, row, column: column.letter };
      if (!parsed.ok) {
        // a figure beyond exact arithmetic is a mistake (a barcode in 单价), never an empty cell: the row is left out
        const error = column.required || parsed.problem.code === "value_too_large";
        result.issues.push(
          issue(parsed.problem.code, error ? "error" : "warning", where, {
            ...parsed.problem.params,
            field: column.key,
            header: column.header,
          }),
        );
        values[column.key] = null;
        rejected ||= error;
        continue;
      }
      if (parsed.warning) {
        result.issues.push(
          issue(parsed.warning.code, "warning", where, {
            ...parsed.warning.params,
            field: column.key,
            header: column.header,
          }),
        );
      }
      if (parsed.note) {
        result.issues.push(
          issue(parsed.note.code, "info", where, {
            ...parsed.note.params,
            field: column.key,
            header: column.header,
          }),
        );
      }
      if (parsed.value === null && column.required && column.words === null) {
        result.issues.push(
          issue("value_required", "error", where, { field: column.key, header: column.header }),
        );
        rejected = true;
      }
      const broken = parsed.value === null ? null : (column.limit?.broken(parsed.value) ?? null);
      if (broken !== null && column.limit !== null) {
        result.issues.push(column.limit.issue(broken, parsed.value, where, column.header));
        if (column.limit.reject) rejected = true;
        else {
          values[column.key] = null;
          continue;
        }
      }
      values[column.key] = parsed.value;
    }
    for (const column of wordsColumns) {
      rejected = readWordsCell(column, cells, values, { sheet: sheet.name, row }, result.issues) || rejected;
    }
    rejected = supply.fill(values, row, keyColumn) || rejected;
    const over = rejected ? null : takeRowFigures(values, figures);
    if (over !== null) {
      result.issues.push(
        issue(
          "sum_too_large",
          "error",
          { sheet: sheet.name, row, column: over.letter },
          { field: over.key, header: over.header, value: over.text(values[over.key] as number) },
        ),
      );
      rejected = true;
    }
    kinds[index] = rejected ? ROW_REJECTED : ROW_READ;
    if (rejected) {
      result.rejectedRows.push(row);
      counts.rejected++;
      continue;
    }
    read++;
    const accepted: TableRow<S> = {
      sheet: sheet.name,
      row,
      values: values as RowOf<S>,
      columns: columnsByKey,
      headers: headersByKey,
      keyColumn,
    };
    if (supply.cells !== null)
      accepted.supplied = supply.cells as Partial<Record<keyof RowOf<S>, SuppliedCell>>;
    visit(accepted);
  }
  counts.read = read;
  return result;
}

/** The letter of the first filled cell of a sheet's row (`values` index), else of the sheet's first column. */
function firstFilledColumn(sheet: SheetData, index: number): string {
  const cells = sheet.values[index] ?? [];
  const first = cells.findIndex((cell) => !isBlankCell(cell));
  return columnLetter(sheet.origin.column + Math.max(first, 0));
}

/** The first key column bound (in the table's order of keys), else the leftmost bound column; null when none is. */
function rowKeyColumn(bound: readonly BoundColumn[], keys: ReadonlySet<string>): string | null {
  for (const key of keys) {
    const column = bound.find((c) => c.key === key && c.amount === null);
    if (column !== undefined) return column.letter;
  }
  let leftmost: BoundColumn | null = null;
  for (const c of bound) if (leftmost === null || c.index < leftmost.index) leftmost = c;
  return leftmost?.letter ?? null;
}

function bindColumns(
  sheet: SheetData,
  header: HeaderCandidate,
  matcher: HeaderMatcher,
  options: ReadOptions,
  result: TableScan<TableSpec>,
  years: YearResolver | undefined,
): BoundColumn[] {
  const { columns, duplicates } = chooseColumns(namedColumns(sheet, header, matcher));
  const letterOf = (index: number) => columnLetter(sheet.origin.column + index);
  for (const { column, used } of duplicates) {
    result.issues.push(
      issue(
        "duplicate_column",
        "warning",
        { sheet: sheet.name, row: sheet.origin.row + column.row, column: letterOf(column.index) },
        { field: column.column.key, header: column.header, used: letterOf(used.index) },
      ),
    );
  }
  const bound = columns.map(({ column, index, header }): BoundColumn => {
    const letter = letterOf(index);
    const money = isWordsColumn(column) ? column.wordsOf : null;
    const limit = checkedLimit(money ?? column);
    if (money === null) (result.columns as Record<string, string>)[column.key] = letter;
    // a time column's year-less dates take the year nearest the job's period, else the title's
    const time =
      column.type === "time"
        ? timeReaderFor(
            column,
            options.date1904,
            options.near === undefined ? years : yearResolver({ near: options.near }),
          )
        : null;
    return {
      key: column.key,
      header,
      index,
      letter,
      required: column.valueRequired === true,
      read:
        time !== null
          ? time.read
          : money === null
            ? cellReaderFor(column, options.date1904, years)
            : parseAmountWords,
      kind: money === null ? quickKindOf(column, options.date1904) : QUICK_WORDS,
      maxLength: column.maxLength ?? 500,
      limit,
      low: limit?.low ?? -Infinity,
      high: limit?.high ?? Infinity,
      words: null,
      amount:
        money === null ? null : { key: money.key, required: money.valueRequired === true, figures: null },
      time,
    };
  });
  linkWords(bound, result.columns as Record<string, string>);
  return bound;
}

/**
 * Pairs each words (大写) column with its money column's figures; on a sheet without the figures the words stand
 * for the money column (its value required of them, their letter in `columns`).
 */
function linkWords(bound: BoundColumn[], columns: Record<string, string>): void {
  for (const words of bound) {
    const amount = words.amount;
    if (amount === null) continue;
    const figures = bound.find((b) => b.key === amount.key) ?? null;
    amount.figures = figures;
    if (figures !== null) figures.words = words;
    else {
      words.required = amount.required;
      columns[amount.key] = words.letter;
    }
  }
}

/** A money or quantity field of a sheet's rows, as {@link takeRowFigures} takes it into the run's sums. */
interface Figure {
  key: string;
  letter: string;
  header: string;
  money: boolean;
  /** The figure as an issue shows it (money with two decimals). */
  text(value: number): string;
}

/** The bound columns whose values are money or quantities (a words column standing for its money column too). */
function figuresOf(bound: readonly BoundColumn[]): Figure[] {
  const figures: Figure[] = [];
  for (const c of bound) {
    const standsFor = c.kind === QUICK_WORDS && c.amount?.figures === null ? c.amount.key : null;
    if (c.kind !== QUICK_FEN && c.kind !== QUICK_QTY && standsFor === null) continue;
    const money = c.kind !== QUICK_QTY;
    figures.push({
      key: standsFor ?? c.key,
      letter: c.letter,
      header: c.header,
      money,
      text: money ? (v) => fenText(v as Fen) : (v) => qtyText(v as QtyE4),
    });
  }
  return figures;
}

/**
 * Takes a row's figures into the run's sums ({@link takeFigures}): null when taken, else the largest figure,
 * whose cell the issue names (the row is then left out, so every sum a job makes stays exact).
 */
function takeRowFigures(
  values: Readonly<Record<string, unknown>>,
  figures: readonly Figure[],
): Figure | null {
  if (figures.length === 0) return null;
  let money = 0;
  let quantity = 0;
  let largest: Figure | null = null;
  let most = -1;
  for (const figure of figures) {
    const value = values[figure.key];
    if (typeof value !== "number") continue;
    const magnitude = Math.abs(value);
    if (figure.money) money += magnitude;
    else quantity += magnitude;
    if (magnitude > most) {
      most = magnitude;
      largest = figure;
    }
  }
  return takeFigures(money, quantity) ? null : largest;
}

/** {@link RunningSums.kinds}: a row read into a record. */
const ROW_READ = 1;
/** {@link RunningSums.kinds}: a data row left out with an error (its figures still count in the office's sums). */
const ROW_REJECTED = 2;
/** {@link RunningSums.kinds}: a total or section row, where a new run of sums starts. */
const ROW_BOUNDARY = 3;

/**
 * The sums of the money and quantity columns over the data rows above a row (read or rejected, as the office's
 * own SUM counts them), since the last total or section row and since the header: what tells an unlabelled
 * total row. Worked out only when a row may be one - a row with no key field and a figure - by reading the
 * figures of the rows since the last time, so a sheet without such rows costs one byte per row.
 */
class RunningSums {
  /** Per row index: 0 (not data), {@link ROW_READ}, {@link ROW_REJECTED} or {@link ROW_BOUNDARY}. */
  readonly kinds: Uint8Array;
  private upTo: number;
  private readonly total: number[];
  private start: number[];
  private rows = 0;
  private rowsSinceStart = 0;

  constructor(
    private readonly sheet: SheetData,
    first: number,
    readonly columns: readonly BoundColumn[],
  ) {
    this.kinds = new Uint8Array(sheet.values.length);
    this.upTo = first;
    this.total = columns.map(() => 0);
    this.start = columns.map(() => 0);
  }

  /** True when the row's figures (each column it fills, one at least) equal the sums of a run of two or more rows above. */
  isTotal(index: number, cells: readonly CellValue[]): boolean {
    if (this.columns.length === 0) return false;
    const figures: (number | null)[] = [];
    let any = false;
    for (const column of this.columns) {
      const figure = this.figure(column, index, cells, true);
      if (figure === undefined) return false;
      figures.push(figure);
      any ||= figure !== null;
    }
    if (!any) return false;
    this.advance(index);
    const equal = (base: readonly number[] | null) =>
      figures.every((f, i) => f === null || f === this.total[i]! - (base?.[i] ?? 0));
    return (this.rowsSinceStart >= 2 && equal(this.start)) || (this.rows >= 2 && equal(null));
  }

  private advance(index: number): void {
    for (let r = this.upTo; r < index; r++) {
      const kind = this.kinds[r];
      if (kind === ROW_BOUNDARY) {
        this.start = this.total.slice();
        this.rowsSinceStart = 0;
      } else if (kind === ROW_READ || kind === ROW_REJECTED) {
        const cells = this.sheet.values[r] ?? [];
        this.columns.forEach((column, i) => {
          this.total[i]! += this.figure(column, r, cells, false) ?? 0;
        });
        this.rows++;
        this.rowsSinceStart++;
      }
    }
    this.upTo = index;
  }

  /** A cell's figure: null when empty; undefined when it is no figure and `strict` (else 0 is counted). */
  private figure(
    column: BoundColumn,
    index: number,
    cells: readonly CellValue[],
    strict: boolean,
  ): number | null | undefined {
    const cell = cells[column.index] ?? null;
    if (isBlankCell(cell)) return null;
    const parsed = column.read(cell, this.sheet.numberFormats?.[index]?.[column.index]);
    if (parsed.ok && typeof parsed.value === "number") return parsed.value;
    return strict ? undefined : null;
  }
}

/** A value a line above the table (or the sheet's name) gives a context field, as text, and the cell it is in. */
interface GivenValue {
  text: string;
  /** The label's value cell; null for the title's month and the sheet's name. */
  cell: SuppliedCell | null;
}

/** A label's value that is no value: a blank to fill in (`项目：______`, `部门：——`). */
const BLANK_VALUE = /^[\s_＿\-－—–/／]*$/u;

/**
 * What the lines above the header (or the sheet's name) give each context field of the table
 * ({@link TableSpec.context}): its first label listed that is there, else the title's month (a field that takes
 * it), else what the sheet's name gives (a field that takes it).
 */
function givenContext(
  sheet: SheetData,
  spec: TableSpec,
  labels: ReadonlyMap<string, LabelCell>,
  title: TitlePeriod | null,
): Map<string, GivenValue> {
  const given = new Map<string, GivenValue>();
  for (const field of spec.context ?? []) {
    let found: GivenValue | null = null;
    for (const name of field.labels ?? []) {
      const label = labels.get(normalizeHeader(name));
      if (label === undefined || BLANK_VALUE.test(label.value)) continue;
      const cell = {
        row: sheet.origin.row + label.row,
        column: columnLetter(sheet.origin.column + label.column),
      };
      found = { text: label.value, cell };
      break;
    }
    if (found === null && field.titleMonth === true && title?.month != null) {
      found = { text: `${String(title.year)}-${String(title.month).padStart(2, "0")}`, cell: null };
    }
    if (found === null && field.sheetName !== undefined) {
      const text = field.sheetName(sheet.name);
      if (text !== null) found = { text, cell: null };
    }
    if (found !== null) given.set(field.field, found);
  }
  return given;
}

/** True when the table has a date, month or time column (its year-less cells need a year). */
function hasDates(spec: TableSpec): boolean {
  return spec.columns.some((c) => c.type === "date" || c.type === "month" || c.type === "time");
}

/**
 * Where the sheet's year-less dates and months take their year: the title's year, else the job's period; none
 * without either (or when the table has no date or month column).
 */
function yearsOf(
  spec: TableSpec,
  title: TitlePeriod | null,
  near: YearMonth | undefined,
): YearResolver | undefined {
  if (!hasDates(spec)) return undefined;
  if (title !== null) return yearResolver({ year: title.year });
  return near === undefined ? undefined : yearResolver({ near });
}

/**
 * What a row takes for the fields the sheet has no column for: from the section headings above it, for each
 * section field, the value the last heading for it gave (read by the column's own reader) and the heading's cell;
 * else what a line above the table (or the sheet's name) gives a context field ({@link givenContext}), read the
 * same way, and the label's cell.
 */
class SectionSupply {
  /** The supplied values, or null while none is. */
  values: Record<string, unknown> | null = null;
  /** The heading or label cell of each supplied value, or null while none has one. */
  cells: Record<string, SuppliedCell> | null = null;
  /** False while a supplied column whose value is required has none (rows then go to the full reading). */
  complete: boolean;
  private readonly absent: Map<string, ColumnSpec>;
  private readonly required: ColumnSpec[];
  /** What the lines above the table give, and their cells: the values before any heading (and after one that gives nothing). */
  private readonly base: Record<string, unknown> = {};
  private readonly baseCells: Record<string, SuppliedCell> = {};
  /** What the last headings give, and their cells. */
  private headed: Record<string, unknown> = {};
  private headedCells: Record<string, SuppliedCell> = {};

  constructor(
    private readonly sheet: SheetData,
    private readonly spec: TableSpec,
    bound: readonly BoundColumn[],
    private readonly date1904: boolean,
    private readonly years: YearResolver | undefined,
    given: ReadonlyMap<string, GivenValue>,
    private readonly issues: Issue[],
  ) {
    const boundKeys = new Set(bound.map((b) => b.key));
    this.absent = new Map();
    const fields = [...(spec.sections ?? []), ...(spec.context ?? [])].map((f) => f.field);
    for (const field of fields) {
      const column = spec.columns.find((c) => c.key === field);
      if (column !== undefined && !boundKeys.has(column.key)) this.absent.set(column.key, column);
    }
    this.required = [...this.absent.values()].filter((c) => c.valueRequired === true);
    for (const [field, value] of given) {
      const column = this.absent.get(field);
      if (column === undefined) continue;
      const where = value.cell === null ? { sheet: sheet.name } : { sheet: sheet.name, ...value.cell };
      const read = this.read(column, value.text, where);
      if (read === null) continue;
      this.base[field] = read;
      if (value.cell !== null) this.baseCells[field] = value.cell;
    }
    this.complete = this.update();
  }

  /** A heading at an Excel row: its name becomes the value of the field it names, when the sheet lacks that column. */
  heading(heading: { name: string; cell: number } | null, row: number): void {
    if (heading === null) return;
    const field = sectionFieldOf(this.spec, heading.name);
    const column = field === null ? undefined : this.absent.get(field);
    if (column === undefined) return;
    const where = {
      sheet: this.sheet.name,
      row,
      column: columnLetter(this.sheet.origin.column + heading.cell),
    };
    const value = this.read(column, heading.name, where);
    this.headed = { ...this.headed };
    this.headedCells = { ...this.headedCells };
    if (value === null) {
      delete this.headed[column.key];
      delete this.headedCells[column.key];
    } else {
      this.headed[column.key] = value;
      this.headedCells[column.key] = { row, column: where.column };
    }
    this.complete = this.update();
  }

  /**
   * Puts the supplied values into a row read in full; true when a supplied column whose value is required has none
   * (an error at the row's key column, as the sheet lacks the column).
   */
  fill(values: Record<string, unknown>, row: number, keyColumn: string): boolean {
    if (this.values !== null) Object.assign(values, this.values);
    if (this.complete) return false;
    for (const column of this.required) {
      if (values[column.key] !== null) continue;
      this.issues.push(
        issue(
          "value_required",
          "error",
          { sheet: this.sheet.name, row, column: keyColumn },
          { field: column.key, header: column.label },
        ),
      );
    }
    return true;
  }

  /** Sets the values and cells rows take now (a heading's over the lines above); true when every required one has a value. */
  private update(): boolean {
    const values = { ...this.base, ...this.headed };
    const cells: Record<string, SuppliedCell> = { ...this.baseCells };
    // a heading's value replaces the label's, and with it the label's cell
    for (const key of Object.keys(this.headed)) delete cells[key];
    Object.assign(cells, this.headedCells);
    this.values = Object.keys(values).length > 0 ? values : null;
    this.cells = Object.keys(cells).length > 0 ? cells : null;
    return this.required.every((c) => values[c.key] !== undefined);
  }

  /** A heading's name or a label's value read as a cell of the column; a problem is a warning there and supplies nothing. */
  private read(column: ColumnSpec, name: string, where: IssueLocation): unknown {
    const parsed = cellReaderFor(column, this.date1904, this.years)(name, undefined);
    const params = { field: column.key, header: column.label };
    if (!parsed.ok) {
      this.issues.push(issue(parsed.problem.code, "warning", where, { ...parsed.problem.params, ...params }));
      return null;
    }
    if (parsed.warning) {
      this.issues.push(issue(parsed.warning.code, "warning", where, { ...parsed.warning.params, ...params }));
    }
    if (parsed.note) {
      this.issues.push(issue(parsed.note.code, "info", where, { ...parsed.note.params, ...params }));
    }
    const limit = checkedLimit(column);
    const broken = parsed.value === null ? null : (limit?.broken(parsed.value) ?? null);
    if (broken !== null && limit !== null) {
      this.issues.push(limit.issue(broken, parsed.value, where));
      return null;
    }
    return parsed.value;
  }
}

/** True when a row repeats one row of a header band (two texts or more, each the band's at its column). */
function repeatsBandRow(cells: readonly CellValue[], band: readonly (readonly CellValue[])[]): boolean {
  for (const header of band) {
    let same = 0;
    let other = false;
    for (let c = 0; c < cells.length && !other; c++) {
      const cell = cells[c] ?? null;
      if (isBlankCell(cell)) continue;
      const text = header[c];
      if (
        typeof cell === "string" &&
        typeof text === "string" &&
        normalizeHeader(cell) === normalizeHeader(text)
      )
        same++;
      else other = true;
    }
    if (!other && same >= 2) return true;
  }
  return false;
}

/**
 * The quick kinds and readers {@link quickRow} uses for every cell, held here: run through a CommonJS transform (tsx,
 * which the tests and the bench use) an imported binding is read through a getter on each use.
 */
const Q_TEXT = QUICK_TEXT;
const Q_DATE = QUICK_DATE;
const Q_MONTH = QUICK_MONTH;
const Q_FEN = QUICK_FEN;
const Q_QTY = QUICK_QTY;
const Q_TIME = QUICK_TIME;
const Q_DECIMAL = QUICK_DECIMAL;
const Q_WORDS = QUICK_WORDS;
const plainText = isPlainText;
const plainSerial = isPlainSerial;
const isoOfSerial = serialToIso;

/** What {@link quickRow} answers for a row whose bound cells are all empty. */
const BLANK_ROW = Object.freeze({});

/**
 * The typed values of a row whose bound cells all have their usual clean shapes (numbers in number, decimal
 * and date columns, plain text in text columns, nothing in an optional column), within their columns' limits,
 * and that copies no header text; {@link BLANK_ROW} when every bound cell is empty; null sends the row to the
 * full reading, which knows every other case and reports it.
 */
function quickRow(
  cells: readonly CellValue[],
  bound: readonly BoundColumn[],
  emptyRow: Readonly<Record<string, null>>,
  headerTexts: ReadonlySet<string>,
): Record<string, unknown> | null {
  const values: Record<string, unknown> = { ...emptyRow };
  let filled = 0;
  for (let n = 0; n < bound.length; n++) {
    const column = bound[n] as BoundColumn;
    const cell = cells[column.index];
    if (cell === null || cell === undefined) {
      // required figures may be left to their words (大写), when the row has them
      if (column.required && (column.words === null || cells[column.words.index] == null)) return null;
      continue;
    }
    let value: unknown;
    switch (column.kind) {
      case Q_TEXT:
        if (typeof cell !== "string" || !plainText(cell, column.maxLength) || headerTexts.has(cell))
          return null;
        if (column.limit !== null && column.limit.broken(cell) !== null) return null;
        value = cell;
        break;
      case Q_DATE:
        if (!plainSerial(cell)) return null;
        value = isoOfSerial(cell);
        break;
      case Q_MONTH:
        if (!isPlainSerial(cell) || cell >= 190_000) return null;
        value = serialToMonth(cell);
        break;
      case Q_FEN: {
        const fen = quickFen(cell);
        if (fen === undefined || fen < column.low || fen > column.high) return null;
        value = fen;
        break;
      }
      case Q_QTY: {
        const qty = quickQty(cell);
        if (qty === undefined || qty < column.low || qty > column.high) return null;
        value = qty;
        break;
      }
      case Q_TIME:
        if (typeof cell === "number") {
          value = column.time!.number(cell);
          if (value === undefined) return null;
        } else if (typeof cell === "string" && plainText(cell, column.maxLength) && !headerTexts.has(cell))
          value = column.time!.text(cell);
        else return null;
        break;
      case Q_DECIMAL:
        if (typeof cell !== "number" || cell < column.low || cell > column.high) return null;
        value = decFromNumber(cell);
        if (value === null) return null;
        break;
      case Q_WORDS: {
        // words equal to the figures, or standing for the amount when the row has none
        const words = typeof cell === "string" ? quickAmountWords(cell) : undefined;
        if (words === undefined) return null;
        const figures = column.amount!.figures;
        const typed = figures === null ? null : cells[figures.index];
        if (typed !== null && typed !== undefined) {
          if (quickFen(typed) !== words) return null;
        } else if (words < column.low || words > column.high) return null;
        else values[column.amount!.key] = words;
        filled++;
        continue;
      }
      default:
        return null;
    }
    values[column.key] = value;
    filled++;
  }
  return filled === 0 ? BLANK_ROW : values;
}

/** True when every bound column's cell of the row is empty (cells outside the table do not count). */
function isBlankInColumns(cells: readonly CellValue[], bound: readonly BoundColumn[]): boolean {
  for (const column of bound) if (!isBlankCell(cells[column.index] ?? null)) return false;
  return true;
}

/** A cheap test before the full one: a repeated header row copies at least one header cell's text exactly. */
function mayRepeatHeader(
  cells: readonly CellValue[],
  bound: BoundColumn[],
  headerTexts: Set<string>,
): boolean {
  for (const column of bound) {
    const cell = cells[column.index];
    if (typeof cell === "string" && headerTexts.has(trimText(cell))) return true;
  }
  return false;
}

function isRepeatedHeader(
  cells: readonly CellValue[],
  bound: BoundColumn[],
  matcher: HeaderMatcher,
): boolean {
  let named = 0;
  for (const column of bound) {
    if (matcher.match(cells[column.index] ?? null)?.key === column.key) named++;
  }
  return named >= 2 && named * 2 >= bound.length;
}

function requiredColumnParams(spec: TableSpec, key: string): ParamsOf<"missing_required_column"> {
  const column = spec.columns.find((c) => c.key === key) ?? spec.requiredGroups?.find((g) => g.key === key);
  return column
    ? { field: key, header: column.label, expected: column.synonyms.join(" / ") }
    : { field: key, header: key };
}
