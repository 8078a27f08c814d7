import type { TableRead, TableRow } from "../../table/readTable";
import type { SheetData } from "../../table/sheetData";
import { columnNumber } from "../../values/columnLetter";
import { GRID_TABLE } from "./inputs";
import { rowPartOf, type RowPart } from "./gridRowPart";

/** A data row of an attendance grid. */
export type GridRow = TableRow<typeof GRID_TABLE>;

/** One row of a person on a grid and the part of the day it holds. */
export interface PersonRow {
  part: RowPart;
  row: GridRow;
}

/** One person of a grid as its rows name them: one row, or several under one name (上午 / 下午, 出勤 / 加班). */
export interface GridPerson {
  id: string | null;
  name: string | null;
  department: string | null;
  position: string | null;
  /** The row naming the person (where an issue about the person points). */
  first: GridRow;
  rows: PersonRow[];
}

/** The fields that say who a row is about. */
const PERSON_FIELDS = ["id", "name", "department", "position"] as const;

/** A day cell of an overtime row: a number of hours. */
const HOURS = /^\d+(?:\.\d+)?$/u;

/**
 * The people of a read grid, in sheet order (docs/jobs/attendance.md#two-rows-per-person). A row whose ID and
 * name are empty belongs to the person above it when its name cell lies in a cell merged down from that
 * person's row, or when it directly follows that person's rows with a 下午 or 加班 label (in a column before
 * the days: 时段, 上下午, 项目…) the person does not have yet. A row's part is its label (上午, 下午, 加班,
 * 出勤); without one, a row under a person is 加班 when every day cell holds a number of hours, else the
 * afternoon, and the person's first row is the morning when an afternoon row follows, else the whole day.
 * A department or position merged down over several people is each one's. `skipRows` (a legend block read
 * as data) are left out.
 */
export function gridPeople(
  sheet: SheetData,
  read: TableRead<typeof GRID_TABLE>,
  skipRows: ReadonlySet<number>,
): GridPerson[] {
  const columnOf = (key: string): number | null => {
    const letter = read.columns[key as keyof typeof read.columns];
    return letter === undefined ? null : columnNumber(letter);
  };
  const firstDay = columnOf("d1") ?? Number.MAX_SAFE_INTEGER;
  const personColumns = new Set(PERSON_FIELDS.map(columnOf).filter((c) => c !== null));
  const whoColumn = columnOf("name") ?? columnOf("id");
  const byRow = new Map<number, GridRow>();
  const people: { person: Omit<GridPerson, "rows">; rows: LabelledRow[] }[] = [];
  for (const row of read.rows) {
    if (skipRows.has(row.row)) continue;
    byRow.set(row.row, row);
    const label = labelOf(sheet, row.row, firstDay, personColumns);
    const last = people.at(-1);
    if (last !== undefined && row.values.id === null && row.values.name === null) {
      const mergedFrom = whoColumn === null ? null : mergeTopAbove(sheet, row.row, whoColumn);
      const lastRow = last.rows.at(-1)!.row.row;
      const follows =
        (mergedFrom !== null && last.rows.some((r) => r.row.row === mergedFrom)) ||
        (row.row === lastRow + 1 &&
          (label === "pm" || label === "overtime") &&
          !last.rows.some((r) => r.label === label));
      if (follows) {
        last.rows.push({ label, row });
        continue;
      }
    }
    const filled = (field: (typeof PERSON_FIELDS)[number]): string | null => {
      const value = row.values[field];
      const column = columnOf(field);
      if (value !== null || column === null) return value;
      const top = mergeTopAbove(sheet, row.row, column);
      return top === null ? null : (byRow.get(top)?.values[field] ?? null);
    };
    const person = {
      id: filled("id"),
      name: filled("name"),
      department: filled("department"),
      position: filled("position"),
      first: row,
    };
    people.push({ person, rows: [{ label, row }] });
  }
  return people.map(({ person, rows }) => ({ ...person, rows: partsOf(rows) }));
}

/** A row of a person with the part its label names (null without a label). */
interface LabelledRow {
  label: RowPart | null;
  row: GridRow;
}

/**
 * The parts of a person's rows, the unlabelled ones decided: a row under the first one is 加班 when its day
 * cells all hold numbers, else the afternoon (when there is none yet and the first row is no whole day's), else
 * a whole day; an unlabelled first row is the morning when an afternoon row follows, else the whole day.
 */
function partsOf(rows: readonly LabelledRow[]): PersonRow[] {
  const parts = rows.map((r) => r.label);
  for (let i = 1; i < rows.length; i++) {
    if (parts[i] !== null) continue;
    const afternoon = !parts.includes("pm") && (parts[0] === null || parts[0] === "am");
    parts[i] = isHoursRow(rows[i]!.row) ? "overtime" : afternoon ? "pm" : "day";
  }
  if (parts[0] === null) parts[0] = parts.includes("pm") ? "am" : "day";
  return rows.map((r, i) => ({ part: parts[i] ?? "day", row: r.row }));
}

/** True when a row's filled day cells, one at least, all hold a number of hours. */
function isHoursRow(row: GridRow): boolean {
  let numbers = 0;
  for (let day = 1; day <= 31; day++) {
    const text = row.values[`d${day}`] ?? null;
    if (text === null) continue;
    if (!HOURS.test(text.normalize("NFKC").trim())) return false;
    numbers++;
  }
  return numbers > 0;
}

/** The part a row's label names, in a cell before the first day column that is no person column. */
function labelOf(
  sheet: SheetData,
  row: number,
  firstDay: number,
  personColumns: ReadonlySet<number>,
): RowPart | null {
  const values = sheet.values[row - sheet.origin.row] ?? [];
  for (let column = sheet.origin.column; column < firstDay; column++) {
    if (personColumns.has(column)) continue;
    const cell = values[column - sheet.origin.column];
    if (typeof cell !== "string") continue;
    const part = rowPartOf(cell);
    if (part !== null) return part;
  }
  return null;
}

/** The top row of a merged area covering a cell from a row above it, or null. */
function mergeTopAbove(sheet: SheetData, row: number, column: number): number | null {
  for (const m of sheet.merges ?? []) {
    if (m.top < row && row <= m.bottom && m.left <= column && column <= m.right) return m.top;
  }
  return null;
}
