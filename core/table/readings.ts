import type { Label } from "../i18n/label";
import { columnNumber } from "../values/columnLetter";
import type { TableSpec } from "./declaration";
import type { RowCounts, TableScan } from "./readTable";
import type { SheetData } from "./sheetData";

/** One declared column as a sheet held it: its Excel letter and the field it became. */
export interface ReadColumn {
  /** Excel column letter (`B`). */
  letter: string;
  /** The declared column's key (`item`). */
  key: string;
  /** The field's name in each language (物资名称 / 物資名稱 / Item). */
  field: Label;
}

/**
 * How one input sheet was read, for a person to check at a glance: the table it was read as, the header row(s)
 * found, which column became which field, and how every row below the header was taken ({@link RowCounts}).
 */
export interface SheetReading {
  sheet: string;
  /** The table's role (`purchase-requests`). */
  role: string;
  /** The table's name in each language. */
  table: Label;
  /** Excel row numbers of the header (one to three rows); empty when no header was found. */
  headerRows: number[];
  /** The declared columns found, left to right; empty when the sheet was not read (no header, a required column missing). */
  columns: ReadColumn[];
  counts: RowCounts;
}

/**
 * Collects the readings of the sheets it watches while a run reads them: the table reader
 * ({@link reportReading}, called by `scanTable` for every sheet it reads) reports into the collector watching
 * the sheet, so no job hands its readings on. A sheet read twice as the same table keeps its last reading.
 */
class ReadingCollector {
  private readonly byKey = new Map<string, SheetReading>();

  add(reading: SheetReading): void {
    const key = `${reading.sheet}\u0000${reading.role}`;
    this.byKey.delete(key);
    this.byKey.set(key, reading);
  }

  /** The readings in the workbook's tab order (`sheets`), each sheet's in the order read. */
  readings(sheets: readonly SheetData[]): SheetReading[] {
    const rank = new Map(sheets.map((s, i) => [s.name, i]));
    const all = [...this.byKey.values()];
    const rankOf = (r: SheetReading) => rank.get(r.sheet) ?? sheets.length;
    return all
      .map((reading, order) => ({ reading, order }))
      .sort((a, b) => rankOf(a.reading) - rankOf(b.reading) || a.order - b.order)
      .map((x) => x.reading);
  }
}

/** The collector watching each sheet while a run of {@link collectReadings} lasts. */
const watching = new WeakMap<SheetData, ReadingCollector>();

/**
 * Runs `run` while watching `sheets` (a workbook's, as the job sees them): every sheet among them the table
 * reader reads meanwhile is reported. Returns what `run` returned and the readings, in the sheets' order. The
 * sheets are watched only while `run` runs (and released if it throws); a run inside a run watches its own.
 */
export function collectReadings<T>(
  sheets: readonly SheetData[],
  run: () => T,
): { value: T; readings: SheetReading[] } {
  const collector = new ReadingCollector();
  const before = sheets.map((sheet) => watching.get(sheet));
  for (const sheet of sheets) watching.set(sheet, collector);
  try {
    const value = run();
    return { value, readings: collector.readings(sheets) };
  } finally {
    sheets.forEach((sheet, i) => {
      const earlier = before[i];
      if (earlier === undefined) watching.delete(sheet);
      else watching.set(sheet, earlier);
    });
  }
}

/** Reports how the table reader read a sheet as a table, when a run is watching the sheet ({@link collectReadings}). */
export function reportReading(sheet: SheetData, spec: TableSpec, scan: TableScan<TableSpec>): void {
  const collector = watching.get(sheet);
  if (collector === undefined) return;
  const letters = scan.columns as Readonly<Record<string, string | undefined>>;
  const columns: ReadColumn[] = [];
  for (const column of spec.columns) {
    const letter = letters[column.key];
    if (letter !== undefined) columns.push({ letter, key: column.key, field: column.label });
  }
  columns.sort((a, b) => columnNumber(a.letter) - columnNumber(b.letter));
  const { skipped } = scan.counts;
  collector.add({
    sheet: scan.sheet,
    role: spec.role,
    table: spec.label,
    headerRows: [...scan.headerRows],
    columns,
    counts: { read: scan.counts.read, rejected: scan.counts.rejected, skipped: { ...skipped } },
  });
}
