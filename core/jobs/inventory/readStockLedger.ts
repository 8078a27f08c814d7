import { issue, type Issue } from "../../issues";
import { HeaderMatcher } from "../../table/headerMatcher";
import type { PlacedSheets } from "../../table/placedSheets";
import {
  scanTable,
  type ReadOptions,
  type RowCounts,
  type TableRow,
  type TableScan,
} from "../../table/readTable";
import { reportReading } from "../../table/readings";
import { isBlankCell, isBlankRow, isTotalLabel, rowKindOf, ROW_NOTES, ROW_TOTAL } from "../../table/rowKinds";
import type { CellValue, SheetData } from "../../table/sheetData";
import { readSheetLabelCells } from "../../table/sheetLabels";
import { titlePeriodOf } from "../../table/titlePeriod";
import { columnNumber } from "../../values/columnLetter";
import { addMonths, lastDayOf, monthOf, type IsoDate, type YearMonth } from "../../values/isoDate";
import { parseFenCell } from "../../values/money";
import { rowAmount } from "../../table/rowAmount";
import { takeFigures } from "../../table/exactSums";
import { cellOf as rowCellOf, headerOf, recordCell } from "../../table/rowRefs";
import { parseQtyCell, ZERO_QTY } from "../../values/quantity";
import { STOCK_LEDGER_TABLE } from "./inputs";
import { itemKey } from "./itemKey";
import { ledgerBalanceIssues } from "./ledgerBalances";
import type { ItemHeading } from "./ledgerHeading";
import { headingAt, ledgerLayout, type LedgerLayout, type LedgerSegment } from "./ledgerLayout";
import type { LedgerLine } from "./ledgerLine";
import type { OpeningMonthLine } from "./openingMonth";
import type { ItemRef, OpeningStock, Receipt, StockIssue } from "./records";

/** A 收发存 ledger sheet as read: the month it opens, its rows in sheet order, and the problems of reading them. */
export interface LedgerSheetRead {
  sheet: string;
  /** The ledger's month: its title's, else its opening rows' dates', else its first movement's; null when none. */
  month: YearMonth | null;
  lines: LedgerLine[];
  issues: Issue[];
  /** The column of its dates (of its first block's header; the rows' key column where it has none), or null without a header. */
  dateColumn: string | null;
}

/** What the 收发存 ledgers of a workbook give the inventory job: the records its separate sheets would give. */
export interface StockLedgerInputs {
  opening: OpeningStock[];
  receipts: Receipt[];
  /** The voucher column of each receipt's sheet (for a `duplicate_slip` issue), by index. */
  receiptSlipColumns: string[];
  issues: StockIssue[];
  issueSlipColumns: string[];
  /** Each ledger's date column ({@link LedgerSheetRead.dateColumn}), by sheet name. */
  dateColumns: Map<string, string>;
  /** The month each ledger with opening rows opens, at its first opening row. */
  monthLines: OpeningMonthLine[];
  /** Reading problems and the warnings where a ledger's 结存 parts from its receipts and issues. */
  issuesFound: Issue[];
}

type LedgerRow = TableRow<typeof STOCK_LEDGER_TABLE>;

const MATCHER = new HeaderMatcher(STOCK_LEDGER_TABLE);

/**
 * A 摘要 that carries a balance rather than moving stock (`上月结转`, `上年结转`, `期初余额`, `承前页`, `过次页`, a
 * month-end `结转发出成本`): the row's 入库 / 出库 figures, if any, are page or month figures, not movements.
 */
const CARRIED =
  /结转|承前|承上|过次|转次|[过转]下页|期初|年初|月初|brought forward|carried forward|opening/iu;

/**
 * Reads every sheet placed as a 收发存 ledger into the inventory's records (docs/jobs/inventory.md#the-one-sheet-收发存-ledger):
 * each item's first row holding a balance before any movement is its opening stock (the earliest ledger month's
 * only, where several ledgers open an item), each 入库 quantity a receipt (accepted: the ledger records what came
 * in) and each 出库 quantity an issue (checked for signatures only when the ledger keeps 领用人 or 审批人); the
 * office's running 结存 is reconciled with them ({@link ledgerBalanceIssues}). How each sheet was read is reported
 * once, as the ledger it is (its rows counted as the table reader counts them, a row this reader rejects or finds
 * to be a total moved to those counts).
 */
export function readStockLedgers(placed: PlacedSheets, options: ReadOptions): StockLedgerInputs {
  const reads = placed.sheets(STOCK_LEDGER_TABLE).map((sheet) => readLedgerSheet(sheet, options));
  keepEarliestOpenings(reads);
  const out: StockLedgerInputs = {
    opening: [],
    receipts: [],
    receiptSlipColumns: [],
    issues: [],
    issueSlipColumns: [],
    dateColumns: new Map(),
    monthLines: [],
    issuesFound: [],
  };
  for (const read of reads) {
    if (read.dateColumn !== null) out.dateColumns.set(read.sheet, read.dateColumn);
    let stated = false;
    for (const line of read.lines) {
      if (line.opening !== null) {
        out.opening.push(line.opening);
        if (!stated && line.month !== null) {
          out.monthLines.push({
            month: line.month,
            sheet: read.sheet,
            row: line.source.row,
            column: line.dateColumn,
            midMonth: null,
          });
          stated = true;
        }
      }
      if (line.receipt !== null) {
        out.receipts.push(line.receipt);
        out.receiptSlipColumns.push(line.slipColumn);
      }
      if (line.issue !== null) {
        out.issues.push(line.issue);
        out.issueSlipColumns.push(line.slipColumn);
      }
    }
    out.issuesFound.push(...read.issues, ...ledgerBalanceIssues(read));
  }
  return out;
}

/**
 * Reads one 收发存 ledger sheet (laid out by {@link ledgerLayout}) into its lines, in sheet order, and reports how it
 * was read. A receipt or issue needs a date and an item (`value_required`, error, the row left out); a row holding
 * nothing but a balance and no item (a formula filled down) is blank.
 */
export function readLedgerSheet(sheet: SheetData, options: ReadOptions): LedgerSheetRead {
  const layout = ledgerLayout(sheet, MATCHER);
  const counts: RowCounts = {
    read: 0,
    rejected: 0,
    skipped: { blank: 0, header: 0, total: 0, section: 0, notes: 0 },
  };
  const issues: Issue[] = [];
  const raw: RawLine[] = [];
  const titleMonths: (YearMonth | null)[] = [];
  let reported: TableScan<typeof STOCK_LEDGER_TABLE> | null = null;
  layout.segments.forEach((segment, n) => {
    const view = segmentView(sheet, segment, layout.blockHeadings);
    const taken = new Set<number>();
    const rows: LedgerRow[] = [];
    const scan = scanTable(view, STOCK_LEDGER_TABLE, options, (row) => {
      taken.add(row.row);
      rows.push(row);
    });
    issues.push(...scan.issues);
    reported ??= scan;
    titleMonths.push(titleMonthOf(view, scan));
    if (scan.headerRow === null) return;
    addCounts(counts, scan.counts);
    if (n > 0) countLeadIn(counts, view, scan);
    const headings = blankedIn(layout, segment, scan, sheet);
    counts.skipped.blank -= headings;
    counts.skipped.section += headings;
    const keepsSignatures = scan.columns.taker !== undefined || scan.columns.approver !== undefined;
    for (const row of rows) {
      const line = rowLine(row, n, headingAt(layout, row.row - sheet.origin.row), keepsSignatures);
      if (line.kind === "rejected") {
        issues.push(line.issue);
        counts.read--;
        counts.rejected++;
      } else if (line.kind === "blank") {
        counts.read--;
        counts.skipped.blank++;
      } else {
        if (line.total) {
          counts.read--;
          counts.skipped.total++;
        }
        if (line.line !== null) raw.push(line.line);
      }
    }
    for (const rejected of scan.rejectedRows) taken.add(rejected);
    raw.push(...totalLines(view, scan, taken, layout, n, sheet));
  });
  if (reported !== null)
    reportReading(sheet, STOCK_LEDGER_TABLE, {
      ...(reported as TableScan<typeof STOCK_LEDGER_TABLE>),
      counts,
    });
  raw.sort((a, b) => a.line.source.row - b.line.source.row);
  const month = sheetMonth(raw, titleMonths);
  const dateColumn =
    reported === null
      ? null
      : recordCell({ sheet: sheet.name, row: 0 }, reported as TableScan<typeof STOCK_LEDGER_TABLE>, "date")
          .column;
  return { sheet: sheet.name, month, lines: settleKinds(raw, titleMonths, month), issues, dateColumn };
}

/** A row read before its kind is settled: the line, the segment it is in, its date and category. */
interface RawLine {
  line: LedgerLine;
  segment: number;
  /** The row's date, when it has one (an opening row's tells the month it opens). */
  date: IsoDate | null;
  category: string | null;
}

type RowOutcome =
  | { kind: "line"; line: RawLine | null; total: boolean }
  | { kind: "rejected"; issue: Issue }
  | { kind: "blank" };

/** What a data row of the ledger is (see {@link readLedgerSheet}). */
function rowLine(
  row: LedgerRow,
  segment: number,
  heading: ItemHeading | null,
  keepsSignatures: boolean,
): RowOutcome {
  const v = row.values;
  const source = { sheet: row.sheet, row: row.row };
  const total = v.summary !== null && isTotalLabel(v.summary);
  const carried = !total && v.summary !== null && CARRIED.test(v.summary);
  const received = v.inQuantity ?? ZERO_QTY;
  const issued = v.outQuantity ?? ZERO_QTY;
  const moves = !total && !carried && (received > 0 || issued > 0);
  const item = v.item ?? heading?.item ?? null;
  if (item === null) {
    if (total) return { kind: "line", line: null, total };
    if (!moves && v.date === null && v.summary === null) return { kind: "blank" };
    return {
      kind: "rejected",
      issue: issue("value_required", "error", rowCellOf(row, "item"), {
        field: "item",
        header: headerOf(row, STOCK_LEDGER_TABLE, "item"),
      }),
    };
  }
  if (moves && v.date === null)
    return {
      kind: "rejected",
      issue: issue("value_required", "error", rowCellOf(row, "date"), {
        field: "date",
        header: headerOf(row, STOCK_LEDGER_TABLE, "date"),
      }),
    };
  const ref: ItemRef = { item, spec: v.spec ?? heading?.spec ?? "", unit: v.unit ?? heading?.unit ?? "" };
  const balance = v.balanceQuantity;
  const valued =
    v.balanceAmount !== null || balance === null || v.balancePrice === null
      ? null
      : rowAmount(
          balance,
          v.balancePrice,
          rowCellOf(row, "balancePrice"),
          "balancePrice",
          headerOf(row, STOCK_LEDGER_TABLE, "balancePrice"),
        );
  if (valued !== null && !valued.ok) return { kind: "rejected", issue: valued.issue };
  const balanceValue = v.balanceAmount ?? valued?.amount ?? null;
  const date = moves ? (v.date as IsoDate) : null;
  const priced =
    date === null || received <= 0 || v.inAmount !== null || v.inPrice === null
      ? null
      : rowAmount(
          received,
          v.inPrice,
          rowCellOf(row, "inPrice"),
          "inPrice",
          headerOf(row, STOCK_LEDGER_TABLE, "inPrice"),
        );
  if (priced !== null && !priced.ok) return { kind: "rejected", issue: priced.issue };
  const line: LedgerLine = {
    source,
    ref,
    kind: moves ? "movement" : "balance",
    total,
    month: v.date === null ? null : monthOf(v.date),
    opening: null,
    receipt: null,
    issue: null,
    balance,
    balanceValue,
    balanceColumns: {
      quantity: rowCellOf(row, "balanceQuantity").column,
      amount: rowCellOf(row, v.balanceAmount === null && valued !== null ? "balancePrice" : "balanceAmount")
        .column,
    },
    slipColumn: rowCellOf(row, "slip").column,
    dateColumn: rowCellOf(row, "date").column,
  };
  if (date !== null && received > 0)
    line.receipt = {
      ...ref,
      date,
      slip: v.slip,
      quantity: received,
      amountFen: v.inAmount ?? priced?.amount ?? null,
      unitPrice: v.inPrice,
      accepted: true,
      returnBy: null,
      source,
    };
  if (date !== null && issued > 0) {
    const out: StockIssue = {
      ...ref,
      date,
      slip: v.slip,
      quantity: issued,
      department: v.department,
      taker: v.taker,
      approver: v.approver,
      source,
    };
    if (!keepsSignatures) out.signaturesKept = false;
    line.issue = out;
  }
  return {
    kind: "line",
    line: { line, segment, date: v.date, category: v.category ?? heading?.category ?? null },
    total,
  };
}

/**
 * The total rows the table reader skipped (`本月合计`, `本年累计`, `本页合计`) as balance lines, for their 结存: in
 * a block or a sheet of one item, that item's; on a sheet with an item column, the item typed on the row (a total
 * over several items has no balance to check). The rows after the table's notes are not looked at.
 */
function totalLines(
  view: SheetData,
  scan: TableScan<typeof STOCK_LEDGER_TABLE>,
  taken: ReadonlySet<number>,
  layout: LedgerLayout,
  segment: number,
  sheet: SheetData,
): RawLine[] {
  const out: RawLine[] = [];
  const last = scan.headerRows[scan.headerRows.length - 1];
  if (last === undefined) return out;
  const cellOf = (cells: readonly CellValue[], letter: string | undefined): CellValue =>
    letter === undefined ? null : (cells[columnNumber(letter) - view.origin.column] ?? null);
  const { columns } = scan;
  let seenData = false;
  for (let index = last + 1 - view.origin.row; index < view.values.length; index++) {
    const row = view.origin.row + index;
    if (taken.has(row)) {
      seenData = true;
      continue;
    }
    const cells = view.values[index] ?? [];
    if (isBlankRow(cells)) continue;
    const kind = rowKindOf(cells, null);
    if (kind === ROW_NOTES && seenData) break;
    if (kind !== ROW_TOTAL) continue;
    const balance = figure(parseQtyCell(cellOf(cells, columns.balanceQuantity)));
    const balanceValue = figure(parseFenCell(cellOf(cells, columns.balanceAmount)));
    if (balance === null && balanceValue === null) continue;
    // a balance beyond the run's exact sums is left unchecked (the rows above it are what the figures come from)
    if (!takeFigures(balanceValue ?? 0, balance ?? 0)) continue;
    const typed = textOf(cellOf(cells, columns.item));
    const heading = headingAt(layout, row - sheet.origin.row);
    const item = typed ?? (columns.item === undefined ? (heading?.item ?? null) : null);
    if (item === null) continue;
    const ref: ItemRef = {
      item,
      spec: textOf(cellOf(cells, columns.spec)) ?? heading?.spec ?? "",
      unit: textOf(cellOf(cells, columns.unit)) ?? heading?.unit ?? "",
    };
    out.push({
      line: {
        source: { sheet: sheet.name, row },
        ref,
        kind: "balance",
        total: true,
        month: null,
        opening: null,
        receipt: null,
        issue: null,
        balance,
        balanceValue,
        balanceColumns: {
          quantity: recordCell({ sheet: sheet.name, row }, scan, "balanceQuantity").column,
          amount: recordCell({ sheet: sheet.name, row }, scan, "balanceAmount").column,
        },
        slipColumn: recordCell({ sheet: sheet.name, row }, scan, "slip").column,
        dateColumn: recordCell({ sheet: sheet.name, row }, scan, "date").column,
      },
      segment,
      date: null,
      category: null,
    });
  }
  return out;
}

function figure<T>(parsed: { ok: true; value: T | null } | { ok: false }): T | null {
  return parsed.ok ? parsed.value : null;
}

function textOf(cell: CellValue): string | null {
  if (isBlankCell(cell)) return null;
  return String(cell).trim();
}

/**
 * Settles each line's kind: an item's first line on the sheet, when it holds a balance and moves nothing (and is
 * no total row), opens it, in the month its date opens (a month's last day opens the next), else in its segment's
 * title month, else the sheet's; an opening balance of 0 gives no opening stock.
 */
function settleKinds(
  raw: readonly RawLine[],
  titleMonths: readonly (YearMonth | null)[],
  month: YearMonth | null,
): LedgerLine[] {
  const seen = new Set<string>();
  return raw.map(({ line, segment, date, category }) => {
    const key = itemKey(line.ref);
    if (seen.has(key)) return line;
    seen.add(key);
    if (line.kind !== "balance" || line.total || line.balance === null) return line;
    const opens = date === null ? (titleMonths[segment] ?? month) : openedBy(date);
    const opening: OpeningStock | null =
      line.balance === 0
        ? null
        : {
            ...line.ref,
            category,
            quantity: line.balance,
            valueFen: line.balanceValue,
            source: line.source,
          };
    return { ...line, kind: "opening", month: opens, opening };
  });
}

/** The month an opening row dated `date` opens: its own, or the next when it is the month's last day (as at). */
function openedBy(date: IsoDate): YearMonth {
  const month = monthOf(date);
  return date === lastDayOf(month) ? addMonths(month, 1) : month;
}

/** The sheet's month: its first title month, else the month its earliest dated row belongs to. */
function sheetMonth(raw: readonly RawLine[], titleMonths: readonly (YearMonth | null)[]): YearMonth | null {
  const titled = titleMonths.find((m) => m !== null);
  if (titled !== undefined) return titled;
  let earliest: YearMonth | null = null;
  for (const { line, date } of raw) {
    if (date === null || line.total) continue;
    const month = line.kind === "movement" ? monthOf(date) : openedBy(date);
    if (earliest === null || month < earliest) earliest = month;
  }
  return earliest;
}

/** The month the lines above a segment's header state (`2026年11月 收发存明细账`, `月份：2026-11`), or null. */
function titleMonthOf(view: SheetData, scan: TableScan<typeof STOCK_LEDGER_TABLE>): YearMonth | null {
  if (scan.headerRow === null) return null;
  const above = view.values.slice(0, scan.headerRow - view.origin.row);
  const period = titlePeriodOf(above, readSheetLabelCells(above));
  if (period === null || period.month === null) return null;
  return `${String(period.year)}-${String(period.month).padStart(2, "0")}`;
}

/**
 * Per item, only the openings of the earliest month the ledgers open it in stand as its opening stock (a ledger
 * kept a sheet a month opens each month with the last one's balance); the later ones still start their sheet's
 * running balance. Openings of no known month always stand.
 */
function keepEarliestOpenings(reads: readonly LedgerSheetRead[]): void {
  const earliest = new Map<string, YearMonth>();
  for (const read of reads)
    for (const line of read.lines) {
      if (line.opening === null || line.month === null) continue;
      const key = itemKey(line.ref);
      const seen = earliest.get(key);
      if (seen === undefined || line.month < seen) earliest.set(key, line.month);
    }
  for (const read of reads)
    for (const line of read.lines) {
      if (line.opening === null || line.month === null) continue;
      if (line.month !== earliest.get(itemKey(line.ref))) line.opening = null;
    }
}

/** A segment of the sheet as a sheet of its own (its rows, at their Excel rows), its block headings blanked. */
function segmentView(sheet: SheetData, segment: LedgerSegment, blanked: ReadonlySet<number>): SheetData {
  const values = sheet.values.slice(segment.start, segment.end);
  for (const index of blanked)
    if (index >= segment.start && index < segment.end) values[index - segment.start] = [];
  const view: SheetData = {
    name: sheet.name,
    values,
    origin: { row: sheet.origin.row + segment.start, column: sheet.origin.column },
  };
  if (sheet.numberFormats !== undefined)
    view.numberFormats = sheet.numberFormats.slice(segment.start, segment.end);
  if (sheet.merges !== undefined) view.merges = sheet.merges;
  return view;
}

/** How many block headings the segment's view blanked below its header (the reader counted them as blank). */
function blankedIn(
  layout: LedgerLayout,
  segment: LedgerSegment,
  scan: TableScan<typeof STOCK_LEDGER_TABLE>,
  sheet: SheetData,
): number {
  const last = scan.headerRows[scan.headerRows.length - 1];
  if (last === undefined) return 0;
  let n = 0;
  for (const index of layout.blockHeadings)
    if (index >= segment.start && index < segment.end && sheet.origin.row + index > last) n++;
  return n;
}

/**
 * Counts the rows of a later segment above its data, which lie below the sheet's first header: its title and
 * heading lines as section rows (blank ones as blank), its header as a repeated header.
 */
function countLeadIn(counts: RowCounts, view: SheetData, scan: TableScan<typeof STOCK_LEDGER_TABLE>): void {
  const first = scan.headerRows[0];
  if (first === undefined) return;
  for (let index = 0; index < first - view.origin.row; index++) {
    if (isBlankRow(view.values[index] ?? [])) counts.skipped.blank++;
    else counts.skipped.section++;
  }
  counts.skipped.header += scan.headerRows.length;
}

function addCounts(into: RowCounts, counts: RowCounts): void {
  into.read += counts.read;
  into.rejected += counts.rejected;
  for (const key of Object.keys(into.skipped) as (keyof RowCounts["skipped"])[])
    into.skipped[key] += counts.skipped[key];
}
