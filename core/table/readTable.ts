import type { RowOf, TableSpec } from "./declaration";
import type { CellValue, SheetData } from "./sheetData";
import { issue, type Issue, type ParamsOf } from "../issues";
import { columnLetter } from "../values/columnLetter";
import { HeaderMatcher } from "./headerMatcher";
import { findHeader } from "./findHeader";
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
  type CellReader,
  type QuickKind,
} from "./cellReader";
import { quickFen } from "../values/money";
import { quickQty } from "../values/quantity";
import { decFromNumber } from "../values/numberText";
import { isBlankCell, isTotalRow } from "./rowKinds";
import { readSheetLabels } from "./sheetLabels";
import { trimText } from "../values/trim";
import { checkedLimit, type CheckedLimit } from "./valueLimits";

/** One accepted data row: its typed values and where it came from. */
export interface TableRow<S extends TableSpec> {
  sheet: string;
  /** Excel row number (1-based). */
  row: number;
  values: RowOf<S>;
  /** Excel column letter of each column the sheet has. */
  columns: Readonly<Partial<Record<keyof RowOf<S>, string>>>;
}

/** A declared table read from one sheet: accepted rows, the issues found, and what sits above the header. */
export interface TableRead<S extends TableSpec> {
  sheet: string;
  /** Excel row number of the header, or null when none was found. */
  headerRow: number | null;
  /** Excel column letter of each declared column found. */
  columns: Partial<Record<keyof RowOf<S>, string>>;
  /** `label: value` pairs above the header (keys normalised like headers). */
  labels: Map<string, string>;
  rows: TableRow<S>[];
  /** Excel row numbers of data rows left out because of an error (each has an issue). */
  rejectedRows: number[];
  issues: Issue[];
}

/** Options for {@link readTable}. */
export interface ReadOptions {
  date1904: boolean;
  /** Read every row through the full cell readers, with the quick path for clean rows off (to check one against the other). */
  fullReading?: boolean;
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
}

/** A declared table read row by row: what {@link readTable} gives, less the rows, which went to the visitor. */
export type TableScan<S extends TableSpec> = Omit<TableRead<S>, "rows">;

/**
 * Reads a declared table from a sheet: finds the header (below any title rows, columns in any order),
 * reads typed rows, skips blank, repeated-header and total rows, and reports every bad cell with its
 * Excel coordinates. A bad value in a column whose value is required is an error and the row is left
 * out; elsewhere it is a warning and the value is left empty. A value outside its column's declared limit
 * is reported as the limit says: an error leaving the row out, or a warning leaving the value empty.
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
    columns: scan.columns,
    labels: scan.labels,
    rows,
    rejectedRows: scan.rejectedRows,
    issues: scan.issues,
  };
}

/**
 * {@link readTable} without collecting the rows: each accepted row goes to `visit` as soon as it is read, in
 * sheet order, so a caller turning a large sheet into its own records keeps no second copy of it.
 */
export function scanTable<S extends TableSpec>(
  sheet: SheetData,
  spec: S,
  options: ReadOptions,
  visit: (row: TableRow<S>) => void,
): TableScan<S> {
  const result: TableScan<S> = {
    sheet: sheet.name,
    headerRow: null,
    columns: {},
    labels: new Map(),
    rejectedRows: [],
    issues: [],
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
  result.headerRow = at(header.index);
  result.labels = readSheetLabels(sheet.values.slice(0, header.index));
  if (header.missingRequired.length > 0) {
    for (const key of header.missingRequired) {
      result.issues.push(
        issue(
          "missing_required_column",
          "error",
          { sheet: sheet.name, row: at(header.index) },
          requiredColumnParams(spec, key),
        ),
      );
    }
    return result;
  }

  const bound = bindColumns(sheet, matcher, header.index, options, result);
  const emptyRow: Record<string, null> = Object.fromEntries(spec.columns.map((c) => [c.key, null]));
  const headerTexts = new Set(bound.map((c) => String(sheet.values[header.index]?.[c.index] ?? "").trim()));
  const columnsByKey = result.columns as Readonly<Partial<Record<keyof RowOf<S>, string>>>;
  for (let index = header.index + 1; index < sheet.values.length; index++) {
    const cells = sheet.values[index] ?? [];
    const quick = options.fullReading ? null : quickRow(cells, bound, emptyRow, headerTexts);
    if (quick === BLANK_ROW) continue;
    if (quick !== null && !isTotalRow(cells)) {
      visit({ sheet: sheet.name, row: at(index), values: quick as RowOf<S>, columns: columnsByKey });
      continue;
    }
    if (isBlankInColumns(cells, bound) || isTotalRow(cells)) continue;
    if (mayRepeatHeader(cells, bound, headerTexts) && isRepeatedHeader(cells, bound, matcher)) continue;
    const row = at(index);
    const values: Record<string, unknown> = { ...emptyRow };
    let rejected = false;
    for (const column of bound) {
      const cell = cells[column.index] ?? null;
      const parsed = column.read(cell, sheet.numberFormats?.[index]?.[column.index]);
      const where = { sheet: sheet.name, row, column: column.letter };
      if (!parsed.ok) {
        result.issues.push(
          issue(parsed.problem.code, column.required ? "error" : "warning", where, {
            ...parsed.problem.params,
            field: column.key,
            header: column.header,
          }),
        );
        values[column.key] = null;
        rejected ||= column.required;
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
      if (parsed.value === null && column.required) {
        result.issues.push(
          issue("value_required", "error", where, { field: column.key, header: column.header }),
        );
        rejected = true;
      }
      const broken = parsed.value === null ? null : (column.limit?.broken(parsed.value) ?? null);
      if (broken !== null && column.limit !== null) {
        result.issues.push(column.limit.issue(broken, parsed.value, where));
        if (column.limit.reject) rejected = true;
        else {
          values[column.key] = null;
          continue;
        }
      }
      values[column.key] = parsed.value;
    }
    if (rejected) result.rejectedRows.push(row);
    else visit({ sheet: sheet.name, row, values: values as RowOf<S>, columns: columnsByKey });
  }
  return result;
}

function bindColumns(
  sheet: SheetData,
  matcher: HeaderMatcher,
  headerIndex: number,
  options: ReadOptions,
  result: TableScan<TableSpec>,
): BoundColumn[] {
  const bound: BoundColumn[] = [];
  const headerCells = sheet.values[headerIndex] ?? [];
  headerCells.forEach((cell, index) => {
    const column = matcher.match(cell);
    if (!column) return;
    const letter = columnLetter(sheet.origin.column + index);
    const limit = checkedLimit(column);
    const existing = bound.find((b) => b.key === column.key);
    if (existing) {
      result.issues.push(
        issue(
          "duplicate_column",
          "warning",
          { sheet: sheet.name, row: sheet.origin.row + headerIndex, column: letter },
          {
            field: column.key,
            header: String(cell).replace(/\s+/g, " ").trim(),
            used: existing.letter,
          },
        ),
      );
      return;
    }
    bound.push({
      key: column.key,
      header: String(cell).replace(/\s+/g, " ").trim(),
      index,
      letter,
      required: column.valueRequired === true,
      read: cellReaderFor(column, options.date1904),
      kind: quickKindOf(column, options.date1904),
      maxLength: column.maxLength ?? 500,
      limit,
      low: limit?.low ?? -Infinity,
      high: limit?.high ?? Infinity,
    });
    (result.columns as Record<string, string>)[column.key] = letter;
  });
  return bound;
}

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
      if (column.required) return null;
      continue;
    }
    let value: unknown;
    switch (column.kind) {
      case QUICK_TEXT:
        if (typeof cell !== "string" || !isPlainText(cell, column.maxLength) || headerTexts.has(cell))
          return null;
        if (column.limit !== null && column.limit.broken(cell) !== null) return null;
        value = cell;
        break;
      case QUICK_DATE:
        if (!isPlainSerial(cell)) return null;
        value = serialToIso(cell);
        break;
      case QUICK_MONTH:
        if (!isPlainSerial(cell) || cell >= 190_000) return null;
        value = serialToMonth(cell);
        break;
      case QUICK_FEN: {
        const fen = quickFen(cell);
        if (fen === undefined || fen < column.low || fen > column.high) return null;
        value = fen;
        break;
      }
      case QUICK_QTY: {
        const qty = quickQty(cell);
        if (qty === undefined || qty < column.low || qty > column.high) return null;
        value = qty;
        break;
      }
      case QUICK_DECIMAL:
        if (typeof cell !== "number" || cell < column.low || cell > column.high) return null;
        value = decFromNumber(cell);
        if (value === null) return null;
        break;
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
  const column = spec.columns.find((c) => c.key === key);
  return column
    ? { field: key, header: column.label, expected: column.synonyms.join(" / ") }
    : { field: key, header: key };
}
