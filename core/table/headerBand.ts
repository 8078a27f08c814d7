import type { ColumnSpec, TableSpec } from "./declaration";
import type { HeaderMatcher } from "./headerMatcher";
import type { CellValue, SheetData } from "./sheetData";
import { normalizeHeader } from "../values/text";
import { isBlankCell } from "./rowKinds";

/** The most rows a header band spans (a parent over children over grandchildren). */
export const MAX_HEADER_ROWS = 3;

/** One sheet column a header names. */
export interface HeaderColumn {
  /** Index into the rows of `sheet.values`. */
  index: number;
  /** Index into `sheet.values` of the row holding the column's own text. */
  row: number;
  column: ColumnSpec;
  /** The header as written: the column's texts from the band's top row down, joined by a space. */
  header: string;
  /** How many of those texts the name it matched joins: 1 for the column's own cell, more with its parents. */
  parts: number;
  /** The column sits under a parent cell (its name could have been qualified by the parent). */
  grouped: boolean;
}

/**
 * A header over two or three rows (`first`..`last`, indexes into `sheet.values`; data starts below `last`) and
 * the columns it names.
 */
export interface HeaderBand {
  first: number;
  last: number;
  columns: HeaderColumn[];
}

/** Merged areas wider than one column, by row index: start column index -> end column index (exclusive). */
type WideMerges = ReadonlyMap<number, ReadonlyMap<number, number>>;

const wideMergesOf = new WeakMap<SheetData, WideMerges>();

function wideMerges(sheet: SheetData): WideMerges | null {
  if (sheet.merges === undefined || sheet.merges.length === 0) return null;
  let found = wideMergesOf.get(sheet);
  if (found === undefined) {
    const byRow = new Map<number, Map<number, number>>();
    for (const m of sheet.merges) {
      if (m.right <= m.left) continue;
      const row = m.top - sheet.origin.row;
      const left = m.left - sheet.origin.column;
      let starts = byRow.get(row);
      if (starts === undefined) byRow.set(row, (starts = new Map()));
      starts.set(left, m.right - sheet.origin.column + 1);
    }
    found = byRow;
    wideMergesOf.set(sheet, found);
  }
  return found;
}

function headerText(cell: CellValue): string {
  return String(cell).replace(/\s+/g, " ").trim();
}

function isText(cell: CellValue | undefined): cell is string {
  return typeof cell === "string" && !isBlankCell(cell);
}

/**
 * The columns a one-row header names, each with its own text, from left to right.
 */
export function rowColumns(sheet: SheetData, row: number, matcher: HeaderMatcher): HeaderColumn[] {
  const out: HeaderColumn[] = [];
  (sheet.values[row] ?? []).forEach((cell, index) => {
    const column = matcher.match(cell);
    if (column !== undefined)
      out.push({ index, row, column, header: headerText(cell), parts: 1, grouped: false });
  });
  return out;
}

/** The first index after `c` whose cell is not blank, or `width`. */
function nextFilled(row: readonly CellValue[], c: number, width: number): number {
  for (let x = c + 1; x < width; x++) if (!isBlankCell(row[x] ?? null)) return x;
  return width;
}

/**
 * How the rows `first`..`last` nest, or null when they do not make a band: for each row, the start column of
 * the span that covers each column (-1 for none). In a row where the sheet's merged areas start (one wider than
 * a column at least), a cell spans its merged area, or only itself; in any other row it spans the empty cells
 * to its right, up to the next cell. A lower row's spans stay within their parents'. Every text of a lower row
 * must sit under a parent spanning two columns or more, at least one of them under the parent's empty cells, and
 * no lower row holds anything but text.
 */
function layout(
  values: readonly (readonly CellValue[])[],
  first: number,
  last: number,
  merges: WideMerges | null,
): Int32Array[] | null {
  let width = 0;
  for (let r = first; r <= last; r++) width = Math.max(width, values[r]?.length ?? 0);
  const owners: Int32Array[] = [];
  for (let r = first; r <= last; r++) {
    const row = values[r] ?? [];
    const merged = merges?.get(r) ?? null;
    const parent = owners.length === 0 ? null : owners[owners.length - 1]!;
    const above = values[r - 1] ?? [];
    const own = new Int32Array(width).fill(-1);
    let underGap = false;
    for (let c = 0; c < width; c++) {
      const cell = row[c] ?? null;
      if (isBlankCell(cell)) continue;
      let bound = width;
      if (parent !== null) {
        if (typeof cell !== "string") return null;
        const p = parent[c]!;
        if (p < 0) return null;
        let end = c + 1;
        while (end < width && parent[end] === p) end++;
        if (end - p < 2) return null;
        if (isBlankCell(above[c] ?? null)) underGap = true;
        bound = end;
      }
      const end = merged === null ? nextFilled(row, c, width) : (merged.get(c) ?? c + 1);
      for (let x = c; x < Math.min(end, bound); x++) own[x] = c;
    }
    if (parent !== null && !underGap) return null;
    owners.push(own);
  }
  return owners;
}

/** A column of a band as its texts name it, for any table: the names to try, the most specific first. */
interface BandText {
  index: number;
  row: number;
  header: string;
  names: string[];
}

/** The bands a sheet's rows make, by `first:last`: what {@link bandTexts} worked out, whatever the table. */
const bandsOf = new WeakMap<SheetData, Map<string, readonly BandText[] | null>>();

/**
 * The columns of the rows `first`..`last` taken as a band, or null when they make none (see {@link layout}). A
 * column's texts are its parents' (the cells whose spans cover it, top down) and the lowest text in its own
 * column; its names, the most specific first, are all its texts joined, each normalised (`入库` + `数量` =
 * `入库数量`), then without the topmost, down to its own text alone - so a column merged down over the band is
 * named by its one text. Remembered per sheet: placing a sheet asks about the same rows for every table.
 */
function bandTexts(sheet: SheetData, first: number, last: number): readonly BandText[] | null {
  let bands = bandsOf.get(sheet);
  if (bands === undefined) bandsOf.set(sheet, (bands = new Map()));
  const key = `${first}:${last}`;
  const known = bands.get(key);
  if (known !== undefined) return known;
  const values = sheet.values;
  const owners = layout(values, first, last, wideMerges(sheet));
  let texts: BandText[] | null = null;
  if (owners !== null) {
    texts = [];
    const width = owners[0]?.length ?? 0;
    for (let c = 0; c < width; c++) {
      let deepest = -1;
      for (let k = owners.length - 1; k >= 0; k--) {
        if (isText(values[first + k]?.[c])) {
          deepest = k;
          break;
        }
      }
      if (deepest < 0) continue;
      const parts: string[] = [];
      for (let k = 0; k < deepest; k++) {
        const owner = owners[k]![c]!;
        const text = owner < 0 ? undefined : values[first + k]?.[owner];
        if (isText(text)) parts.push(text);
      }
      parts.push(values[first + deepest]![c] as string);
      const keys = parts.map((t) => normalizeHeader(t));
      texts.push({
        index: c,
        row: first + deepest,
        header: parts.map(headerText).join(" "),
        names: keys.map((_, s) => keys.slice(s).join("")),
      });
    }
  }
  bands.set(key, texts);
  return texts;
}

/** The declared columns a band's columns name: each by its most specific name the table knows. */
function bandColumns(texts: readonly BandText[], matcher: HeaderMatcher): HeaderColumn[] {
  const out: HeaderColumn[] = [];
  for (const text of texts) {
    for (let s = 0; s < text.names.length; s++) {
      const column = matcher.matchNormalized(text.names[s]!);
      if (column === undefined) continue;
      out.push({
        index: text.index,
        row: text.row,
        column,
        header: text.header,
        parts: text.names.length - s,
        grouped: text.names.length > 1,
      });
      break;
    }
  }
  return out;
}

function keysOf(columns: readonly HeaderColumn[]): Set<string> {
  return new Set(columns.map((c) => c.column.key));
}

/** A row that may be a header row of a band: some text, and nothing but text. */
function allText(cells: readonly CellValue[] | undefined): boolean {
  if (cells === undefined) return false;
  let text = false;
  for (const cell of cells) {
    if (cell === null) continue;
    if (typeof cell !== "string") return false;
    if (!isBlankCell(cell)) text = true;
  }
  return text;
}

/** True when a band keeps a header's columns: it names as many, and every required one the header named. */
function keeps(
  named: ReadonlySet<string>,
  next: ReadonlySet<string>,
  required: ReadonlySet<string>,
): boolean {
  for (const key of named) if (required.has(key) && !next.has(key)) return false;
  return next.size >= named.size;
}

/**
 * True for a row of one cell at or left of a header row's first text: a title or a label line over the whole
 * table, which joins no band (it would qualify every column alike).
 */
function isTitleOver(above: readonly CellValue[], header: readonly CellValue[]): boolean {
  let cell = -1;
  for (let c = 0; c < above.length; c++) {
    if (isBlankCell(above[c] ?? null)) continue;
    if (cell >= 0) return false;
    cell = c;
  }
  for (let c = 0; c < cell && c < header.length; c++) if (!isBlankCell(header[c] ?? null)) return false;
  return true;
}

const requiredKeys = new WeakMap<TableSpec, ReadonlySet<string>>();

/** The keys of a table's required columns (remembered per table). */
function requiredOf(spec: TableSpec): ReadonlySet<string> {
  let keys = requiredKeys.get(spec);
  if (keys === undefined) {
    keys = new Set(spec.columns.filter((c) => c.required).map((c) => c.key));
    requiredKeys.set(spec, keys);
  }
  return keys;
}

/**
 * The header band around the best header row, or null when the header is that one row. A row above joins when
 * the header row nests under it as its children (see {@link layout}) and the band then names more declared
 * columns (a field merged down from it), never a title. Rows below join while they nest under the band as its
 * children and some column takes its name from them, the band still naming as many columns, every required one
 * it named included (a child row may trade a parent's name for its own: 借款金额 over 大写 | 小写); a middle row
 * naming nothing itself joins with the row below it (本月收发存 over 入库 over 数量). At most
 * {@link MAX_HEADER_ROWS} rows.
 */
export function headerBand(
  sheet: SheetData,
  matcher: HeaderMatcher,
  row: number,
  named: ReadonlySet<string>,
): HeaderBand | null {
  const values = sheet.values;
  const required = requiredOf(matcher.spec);
  let first = row;
  let last = row;
  let columns: HeaderColumn[] | null = null;
  let keys: ReadonlySet<string> = named;
  while (
    last - first + 1 < MAX_HEADER_ROWS &&
    first > 0 &&
    allText(values[first - 1]) &&
    !isTitleOver(values[first - 1]!, values[first]!)
  ) {
    const texts = bandTexts(sheet, first - 1, last);
    if (texts === null) break;
    const next = bandColumns(texts, matcher);
    const nextKeys = keysOf(next);
    if (nextKeys.size <= keys.size || !keeps(keys, nextKeys, required)) break;
    first--;
    columns = next;
    keys = nextKeys;
  }
  grow: while (last - first + 1 < MAX_HEADER_ROWS) {
    for (let extra = 1; last - first + 1 + extra <= MAX_HEADER_ROWS; extra++) {
      if (!allText(values[last + extra])) break grow;
      const texts = bandTexts(sheet, first, last + extra);
      if (texts === null) break grow;
      const next = bandColumns(texts, matcher);
      const nextKeys = keysOf(next);
      if (!keeps(keys, nextKeys, required)) break grow;
      if (!next.some((c) => c.row > last)) continue;
      last += extra;
      columns = next;
      keys = nextKeys;
      continue grow;
    }
    break;
  }
  return columns === null ? null : { first, last, columns };
}

/** The columns a header binds, left to right, and the columns it leaves out as naming a bound one again. */
export interface ChosenColumns {
  columns: HeaderColumn[];
  duplicates: { column: HeaderColumn; used: HeaderColumn }[];
}

/**
 * Binds each declared column to one sheet column: the most specific name first (`入库数量` before a bare `数量`
 * under 出库), then the leftmost. A column whose less specific name, under a parent, repeats a bound one is
 * another group's figure and is left out quietly (出库 / 结存 `数量` when 入库数量 is bound); any other repeat
 * is a duplicate, in sheet order.
 */
export function chooseColumns(named: readonly HeaderColumn[]): ChosenColumns {
  const order = [...named].sort((a, b) => b.parts - a.parts || a.index - b.index);
  const chosen = new Map<string, HeaderColumn>();
  const duplicates: { column: HeaderColumn; used: HeaderColumn }[] = [];
  for (const column of order) {
    const used = chosen.get(column.column.key);
    if (used === undefined) chosen.set(column.column.key, column);
    else if (!(column.grouped && column.parts < used.parts)) duplicates.push({ column, used });
  }
  duplicates.sort((a, b) => a.column.index - b.column.index);
  return { columns: [...chosen.values()].sort((a, b) => a.index - b.index), duplicates };
}
