import { issue, type Issue } from "../../issues";
import type { SheetData } from "../../table/sheetData";
import { columnLetter } from "../../values/columnLetter";
import { trimText } from "../../values/trim";
import { mayBeLegend, readLegendLine, type LegendCell, type LegendLine, type LegendPair } from "./legendLine";
import type { Mark } from "./marks";
import type { CellSource } from "./records";
import { MARK_TEXT } from "./texts";

/** One symbol of an office's legend and what it means. */
export interface LegendEntry {
  /** The symbol as written. */
  symbol: string;
  mark: Mark;
  /** Where the legend defines it. */
  source: CellSource;
}

/** An office's legend: its symbols (by status key) and what each means, in the order written. */
export interface Legend {
  entries: ReadonlyMap<string, LegendEntry>;
}

/** A sheet's legend, the rows it takes (never data), and the issues with it. */
export interface SheetLegend {
  /** Null when the sheet has no legend. */
  legend: Legend | null;
  /** Excel rows of the legend's lines and its heading (`考勤符号说明`, `符号 | 含义`). */
  rows: ReadonlySet<number>;
  issues: Issue[];
}

/**
 * Finds the legend on a sheet (docs/jobs/attendance.md#the-offices-legend): every row, except `skipRows` (the
 * header), that reads as a legend line - one or more symbol-meaning pairs and nothing else, or pairs after a
 * legend label such as `说明：` - above the table, below it or in a block of its own (`√ | 出勤` rows, under a
 * `符号 | 含义` heading). A symbol defined twice with different meanings keeps the first, with a
 * `legend_symbol_conflict` warning; a meaning PropDesk cannot count is a `legend_meaning_unknown` warning (the
 * symbol stays undefined).
 */
export function findSheetLegend(sheet: SheetData, skipRows: ReadonlySet<number>): SheetLegend {
  const entries = new Map<string, LegendEntry>();
  const issues: Issue[] = [];
  const rows = scanSheet(sheet, skipRows, entries, issues);
  return { legend: entries.size === 0 ? null : { entries }, rows, issues };
}

/**
 * The legend of a workbook, for record sheets without their own: the legend lines on its 考勤设置 sheet and its
 * legend sheets (`符号 | 含义`), in that order; a symbol another of them defined otherwise keeps its first
 * meaning (`legend_symbol_conflict`).
 */
export function findBookLegend(sheets: readonly SheetData[]): { legend: Legend | null; issues: Issue[] } {
  const entries = new Map<string, LegendEntry>();
  const issues: Issue[] = [];
  for (const sheet of sheets) scanSheet(sheet, new Set(), entries, issues);
  return { legend: entries.size === 0 ? null : { entries }, issues };
}

/** Adds the legend lines of a sheet to `entries` and gives the rows they (and their headings) take. */
function scanSheet(
  sheet: SheetData,
  skipRows: ReadonlySet<number>,
  entries: Map<string, LegendEntry>,
  issues: Issue[],
): Set<number> {
  const lineAt = (row: number): LegendLine | null => {
    const values = sheet.values[row - sheet.origin.row];
    if (values === undefined || skipRows.has(row)) return null;
    const cells: LegendCell[] = [];
    values.forEach((value, j) => {
      const text = typeof value === "string" ? trimText(value) : value;
      if (text === null || text === "") return;
      const column = columnLetter(sheet.origin.column + j);
      cells.push({ text: typeof text === "string" ? text : null, row, column });
    });
    return cells.length === 0 ? null : readLegendLine(cells);
  };
  const rows = new Set<number>();
  sheet.values.forEach((values, i) => {
    // Most rows hold no meaning word at all: they are never read as a line.
    if (!values.some((v) => typeof v === "string" && mayBeLegend(v))) return;
    const row = sheet.origin.row + i;
    const line = lineAt(row);
    if (line === null || !isLegendLine(line)) return;
    rows.add(row);
    for (const pair of line.pairs) define(sheet.name, pair, entries, issues);
  });
  // A block's rows of meanings PropDesk does not know (`◎ | 值夜`), and the headings above it, are the block's.
  for (const row of [...rows]) {
    for (const step of [1, -1]) {
      for (let next = row + step; !rows.has(next) && isUnknownLine(lineAt(next)); next += step) {
        rows.add(next);
        for (const pair of lineAt(next)!.pairs) define(sheet.name, pair, entries, issues);
      }
    }
  }
  for (const row of [...rows].sort((a, b) => b - a)) {
    for (let above = row - 1; !rows.has(above) && lineAt(above)?.heading === true; above--) rows.add(above);
  }
  return rows;
}

/** A row of a legend block holding only pairs whose meanings PropDesk does not know. */
function isUnknownLine(line: LegendLine | null): boolean {
  return (
    line !== null && line.pairs.length > 0 && line.loose === 0 && line.pairs.every((p) => p.mark === null)
  );
}

/** A row that is a legend line: pairs and nothing else, or pairs (even of unknown meanings) after a label. */
function isLegendLine(line: LegendLine): boolean {
  const known = line.pairs.filter((p) => p.mark !== null).length;
  if (line.labelled) return line.pairs.length > 0;
  return known > 0 && line.loose === 0;
}

function define(sheet: string, pair: LegendPair, entries: Map<string, LegendEntry>, issues: Issue[]): void {
  const source = { sheet, row: pair.cell.row, column: pair.cell.column };
  if (pair.mark === null) {
    issues.push(
      issue("legend_meaning_unknown", "warning", source, { symbol: pair.symbol, meaning: pair.meaning }),
    );
    return;
  }
  const first = entries.get(pair.key);
  if (first === undefined) {
    entries.set(pair.key, { symbol: pair.symbol, mark: pair.mark, source });
    return;
  }
  if (first.mark === pair.mark) return;
  issues.push(
    issue("legend_symbol_conflict", "warning", source, {
      symbol: pair.symbol,
      meaning: MARK_TEXT[pair.mark],
      first: MARK_TEXT[first.mark],
    }),
  );
}
