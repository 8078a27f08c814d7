import type { CellValue, SheetData } from "../../table/sheetData";
import { findHeader, lastHeaderRow } from "../../table/findHeader";
import type { HeaderMatcher } from "../../table/headerMatcher";
import { isBlankCell, isBlankRow } from "../../table/rowKinds";
import { itemHeadingOf, mergeHeadings, type ItemHeading } from "./ledgerHeading";

/** A run of heading lines naming an item (`物资名称：LED灯管` over `规格：T8  单位：支`): its rows and what they say. */
export interface HeadingRun {
  /** Index into `sheet.values` of the run's first and last line. */
  first: number;
  last: number;
  heading: ItemHeading & { item: string };
}

/**
 * A stretch of a ledger sheet read as one table: the sheet's first header and the rows under it, or a block that
 * repeats a header of its own (its title and heading lines above it, as a printed ledger page does).
 */
export interface LedgerSegment {
  /** Index into `sheet.values` of the segment's first row, and of the row after its last. */
  start: number;
  end: number;
}

/** How a 收发存 ledger sheet is laid out: the item headings it holds and the segments it is read in. */
export interface LedgerLayout {
  headings: HeadingRun[];
  segments: LedgerSegment[];
  /**
   * Heading lines under a segment's header (`物资名称：LED灯管` between one item's rows and the next's), by row index:
   * the reader skips them as the headings they are, never as data.
   */
  blockHeadings: ReadonlySet<number>;
}

/** How many rows below its heading a block's own header may start (a title or a blank line between). */
const HEADER_WITHIN = 4;

/**
 * Lays out a 收发存 ledger sheet. The goods are a column, or a heading line above the sheet's header (one sheet per
 * item), or a heading line above each block of rows (one block per item): a block either goes on under the sheet's
 * header or repeats a header of its own below its heading, the block's title lines above the heading (each such
 * block is a segment of its own, read from its title down). Heading lines name the item (`物资名称：`, `品名：`);
 * a line giving only the spec or unit joins the heading line next to it.
 */
export function ledgerLayout(sheet: SheetData, matcher: HeaderMatcher): LedgerLayout {
  const headings = headingRuns(sheet.values);
  const top = findHeader(sheet, matcher);
  if (top === null || headings.length === 0)
    return { headings, segments: [{ start: 0, end: sheet.values.length }], blockHeadings: new Set() };
  const segments: LedgerSegment[] = [{ start: 0, end: sheet.values.length }];
  const blockHeadings = new Set<number>();
  let floor = lastHeaderRow(top);
  for (const run of headings) {
    if (run.first <= floor) continue;
    const start = leadInStart(sheet.values, run.first, floor);
    const own = ownHeaderLast(sheet, matcher, start, run.last);
    if (own === null) {
      for (let r = run.first; r <= run.last; r++) blockHeadings.add(r);
      floor = run.last;
      continue;
    }
    (segments[segments.length - 1] as LedgerSegment).end = start;
    segments.push({ start, end: sheet.values.length });
    floor = own;
  }
  return { headings, segments, blockHeadings };
}

/** The heading in effect at a row: the last heading run ending above it, or null. */
export function headingAt(layout: LedgerLayout, row: number): ItemHeading | null {
  const runs = layout.headings;
  let low = 0;
  let high = runs.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((runs[mid] as HeadingRun).last < row) low = mid + 1;
    else high = mid;
  }
  return low === 0 ? null : (runs[low - 1] as HeadingRun).heading;
}

/** The runs of heading lines that name an item, top to bottom. */
function headingRuns(values: readonly (readonly CellValue[])[]): HeadingRun[] {
  const runs: HeadingRun[] = [];
  let open: { first: number; last: number; heading: ItemHeading } | null = null;
  const close = () => {
    if (open !== null && open.heading.item !== null)
      runs.push({
        first: open.first,
        last: open.last,
        heading: { ...open.heading, item: open.heading.item },
      });
    open = null;
  };
  values.forEach((cells, r) => {
    const heading = itemHeadingOf(cells);
    if (heading === null) {
      close();
      return;
    }
    if (open !== null && open.last === r - 1 && (open.heading.item === null || heading.item === null))
      open = { first: open.first, last: r, heading: mergeHeadings(open.heading, heading) };
    else {
      close();
      open = { first: r, last: r, heading };
    }
  });
  close();
  return runs;
}

/** The first of the text-only lines right above a heading (a block's title), not above `floor`. */
function leadInStart(values: readonly (readonly CellValue[])[], first: number, floor: number): number {
  let start = first;
  while (start - 1 > floor && isTextLine(values[start - 1] ?? [])) start--;
  return start;
}

/** A line of text only, not blank: a title, a label line, a signature line. */
function isTextLine(cells: readonly CellValue[]): boolean {
  if (isBlankRow(cells)) return false;
  return cells.every((cell) => isBlankCell(cell ?? null) || typeof cell === "string");
}

/**
 * The index (into the sheet) of the last row of a header a block starting at `start` has of its own, right below
 * its heading (ending at `headingLast`), or null when its rows go on under the sheet's header.
 */
function ownHeaderLast(
  sheet: SheetData,
  matcher: HeaderMatcher,
  start: number,
  headingLast: number,
): number | null {
  const limit = Math.min(sheet.values.length, headingLast + 1 + HEADER_WITHIN + 3);
  const view: SheetData = {
    name: sheet.name,
    values: sheet.values.slice(start, limit),
    origin: { row: sheet.origin.row + start, column: sheet.origin.column },
  };
  if (sheet.merges !== undefined) view.merges = sheet.merges;
  const header = findHeader(view, matcher);
  if (header === null) return null;
  const first = start + header.index;
  if (first <= headingLast || first > headingLast + HEADER_WITHIN) return null;
  for (let r = headingLast + 1; r < first; r++) {
    const cells = sheet.values[r] ?? [];
    if (!isBlankRow(cells) && !isTextLine(cells)) return null;
  }
  return start + lastHeaderRow(header);
}
