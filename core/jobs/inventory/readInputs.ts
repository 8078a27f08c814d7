import { issue, type Issue } from "../../issues";
import type { RowOf, TableSpec } from "../../table/declaration";
import type { PlacedSheets } from "../../table/placedSheets";
import { scanTable, type TableRow } from "../../table/readTable";
import { cellOf, headerOf, recordCell, sourceOf } from "../../table/rowRefs";
import type { IsoDate, YearMonth } from "../../values/isoDate";
import { rowAmount } from "../../table/rowAmount";
import { normalizeKey } from "../../values/text";
import { readVerdict } from "../../values/verdict";
import { itemKey } from "./itemKey";
import { openingMonthLines, statedOpeningMonth, type OpeningMonthLine } from "./openingMonth";
import {
  FNV_OFFSET,
  FNV_PRIME,
  NO_TEXT,
  repeatedHashes,
  SMALL_INT_BITS,
  textHash,
} from "../../values/textHash";
import { COUNT_TABLE, ISSUE_TABLE, OPENING_TABLE, RECEIPT_TABLE } from "./inputs";
import { readStockLedgers } from "./readStockLedger";
import type { CountLine, OpeningStock, Receipt, RecordSource, StockIssue } from "./records";

/** The inventory job's inputs as typed records and every problem found while reading them. */
export interface InventoryInputs {
  opening: OpeningStock[];
  receipts: Receipt[];
  issues: StockIssue[];
  counts: CountLine[];
  /** The month the opening stock opens, when a line above its sheet's header says so (see {@link openingMonthLines}). */
  openingMonth: YearMonth | null;
  /** The issues of reading every row (placing the sheets is the registry's). */
  issuesFound: Issue[];
  /**
   * The date column of each sheet read (its rows' key column where it has none), by sheet name: where an issue
   * about a row's date points.
   */
  dateColumns: ReadonlyMap<string, string>;
}

/**
 * Reads the opening stock, receipts, issues and count sheets placed in a workbook into records. A
 * quantity of 0 or less is an error (a counted 0 is allowed, a negative count is not); a negative amount,
 * price or cost is an error (limits the tables declare in ./inputs); a receipt's amount is the typed amount,
 * else quantity x unit price rounded to the fen, else null; the opening value likewise from amount or unit
 * cost; a receipt's 验收 cell is read by {@link readVerdict}: a refusal (`不合格（破损，退货）`) keeps the goods out
 * of stock, an acceptance or an empty cell lets them in, and anything else lets them in with a `verdict_unknown`
 * warning at the cell; a slip number reused for another date or for the same item again is a warning. Dates
 * without a year (`11月5日`) take the title's, else the one nearest `near` (the job's month). A 收发存 ledger gives
 * opening stock, receipts and issues too, and its own running balance is reconciled ({@link readStockLedgers}).
 */
export function readInventoryInputs(placed: PlacedSheets, near?: YearMonth): InventoryInputs {
  const { date1904 } = placed.book;
  const options = near === undefined ? { date1904 } : { date1904, near };
  const issuesFound: Issue[] = [];
  const monthLines: OpeningMonthLine[] = [];
  const dateColumns = new Map<string, string>();
  const each = <S extends TableSpec>(spec: S, visit: (row: TableRow<S>) => void): void => {
    for (const sheet of placed.sheets(spec)) {
      const read = scanTable(sheet, spec, options, visit);
      const date = recordCell({ sheet: sheet.name, row: 0 }, read, "date" as keyof RowOf<S>).column;
      if (read.headerRow !== null) dateColumns.set(sheet.name, date);
      if (spec.role === OPENING_TABLE.role && read.headerRow !== null)
        monthLines.push(...openingMonthLines(sheet, read.headerRow, date1904));
      for (const i of read.issues) issuesFound.push(i);
    }
  };
  const opening: OpeningStock[] = [];
  each(OPENING_TABLE, (row) => {
    const { category, item, spec, unit, quantity, unitCost, amount } = row.values;
    if (item === null || quantity === null) return;
    const valued =
      amount !== null || unitCost === null
        ? null
        : rowAmount(
            quantity,
            unitCost,
            cellOf(row, "unitCost"),
            "unitCost",
            headerOf(row, OPENING_TABLE, "unitCost"),
          );
    if (valued !== null && !valued.ok) {
      issuesFound.push(valued.issue);
      return;
    }
    opening.push({
      item,
      spec: spec ?? "",
      unit: unit ?? "",
      category,
      quantity,
      valueFen: amount ?? valued?.amount ?? null,
      source: sourceOf(row),
    });
  });

  const receipts: Receipt[] = [];
  const receiptSlipColumns: string[] = [];
  each(RECEIPT_TABLE, (row) => {
    const { date, slip, item, spec, unit, quantity, unitPrice, amount, accepted, returnBy } = row.values;
    if (date === null || item === null || quantity === null) return;
    const priced =
      amount !== null || unitPrice === null
        ? null
        : rowAmount(
            quantity,
            unitPrice,
            cellOf(row, "unitPrice"),
            "unitPrice",
            headerOf(row, RECEIPT_TABLE, "unitPrice"),
          );
    if (priced !== null && !priced.ok) {
      issuesFound.push(priced.issue);
      return;
    }
    const verdict = accepted === null ? "accept" : readVerdict(accepted);
    if (verdict === "unknown")
      issuesFound.push(
        issue("verdict_unknown", "warning", cellOf(row, "accepted"), {
          header: headerOf(row, RECEIPT_TABLE, "accepted"),
          value: accepted ?? "",
          field: "accepted",
        }),
      );
    const ok = verdict !== "reject";
    const receipt: Receipt = {
      item,
      spec: spec ?? "",
      unit: unit ?? "",
      date,
      slip,
      quantity,
      amountFen: amount ?? priced?.amount ?? null,
      unitPrice,
      accepted: ok,
      returnBy: ok ? null : returnBy,
      source: sourceOf(row),
    };
    receipts.push(receipt);
    receiptSlipColumns.push(cellOf(row, "slip").column);
  });

  const issues: StockIssue[] = [];
  const issueSlipColumns: string[] = [];
  each(ISSUE_TABLE, (row) => {
    const { date, slip, item, spec, unit, quantity, department, taker, approver } = row.values;
    if (date === null || item === null || quantity === null) return;
    const out: StockIssue = {
      item,
      spec: spec ?? "",
      unit: unit ?? "",
      date,
      slip,
      quantity,
      department,
      taker,
      approver,
      source: sourceOf(row),
    };
    issues.push(out);
    issueSlipColumns.push(cellOf(row, "slip").column);
  });

  const counts: CountLine[] = [];
  each(COUNT_TABLE, (row) => {
    const { date, category, item, spec, unit, quantity } = row.values;
    if (item === null || quantity === null) return;
    counts.push({
      item,
      spec: spec ?? "",
      unit: unit ?? "",
      date,
      category,
      quantity,
      source: sourceOf(row),
    });
  });

  const ledgers = readStockLedgers(placed, options);
  opening.push(...ledgers.opening);
  receipts.push(...ledgers.receipts);
  receiptSlipColumns.push(...ledgers.receiptSlipColumns);
  issues.push(...ledgers.issues);
  issueSlipColumns.push(...ledgers.issueSlipColumns);
  monthLines.push(...ledgers.monthLines);
  for (const [sheet, column] of ledgers.dateColumns) dateColumns.set(sheet, column);
  issuesFound.push(...ledgers.issuesFound);
  for (const [n, first] of slipClashes(receipts))
    issuesFound.push(duplicateSlip(receipts[n] as Receipt, receiptSlipColumns[n]!, first));
  for (const [n, first] of slipClashes(issues))
    issuesFound.push(duplicateSlip(issues[n] as StockIssue, issueSlipColumns[n]!, first));

  const stated = statedOpeningMonth(monthLines);
  for (const i of stated.issues) issuesFound.push(i);
  return { opening, receipts, issues, counts, openingMonth: stated.month, issuesFound, dateColumns };
}

function duplicateSlip(movement: Movement, column: string, first: Movement): Issue {
  return issue(
    "duplicate_slip",
    "warning",
    { ...movement.source, column },
    {
      slip: movement.slip ?? "",
      firstSheet: first.source.sheet,
      firstRow: first.source.row,
    },
  );
}

interface Movement {
  date: IsoDate;
  slip: string | null;
  item: string;
  spec: string;
  unit: string;
  source: RecordSource;
}

/**
 * The movements whose slip number an earlier movement of the table already used (by index: the earlier
 * movement). Slip numbers are nearly all different, so they are told apart by sorting a hash of each first;
 * only numbers whose hash repeats are compared exactly, in row order.
 */
function slipClashes(movements: readonly Movement[]): Map<number, Movement> {
  const hashes = new Int32Array(movements.length);
  movements.forEach((m, n) => (hashes[n] = m.slip === null ? NO_TEXT : slipHash(m.slip)));
  const repeated = repeatedHashes(hashes);
  const clashes = new Map<number, Movement>();
  if (repeated.size === 0) return clashes;
  const book = new SlipBook();
  movements.forEach((m, n) => {
    if (m.slip === null || !repeated.has(hashes[n] as number)) return;
    const first = book.conflict(m);
    if (first !== null) clashes.set(n, first);
  });
  return clashes;
}

/**
 * Slip numbers seen so far, compared after NFKC, white space and case folding. One slip may hold several
 * items of one date; a slip seen again on another date, or for an item it already holds, is a duplicate.
 */
class SlipBook {
  private readonly bySlip = new Map<
    string,
    { first: Movement; date: IsoDate; items: string | Set<string> }
  >();

  /** The earlier movement a new one's slip number clashes with, or null; remembers the movement. */
  conflict(movement: Movement): Movement | null {
    if (movement.slip === null) return null;
    const key = slipKey(movement.slip);
    const item = itemKey(movement);
    const seen = this.bySlip.get(key);
    if (seen === undefined) {
      this.bySlip.set(key, { first: movement, date: movement.date, items: item });
      return null;
    }
    const held = typeof seen.items === "string" ? seen.items === item : seen.items.has(item);
    if (typeof seen.items === "string") seen.items = new Set([seen.items, item]);
    else seen.items.add(item);
    return seen.date !== movement.date || held ? seen.first : null;
  }
}

/** `textHash(slipKey(slip))`, without making the key for the usual slip number of printable ASCII. */
function slipHash(slip: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < slip.length; i++) {
    const code = slip.charCodeAt(i);
    if (code < 0x21 || code > 0x7e) return textHash(slipKey(slip));
    hash = Math.imul(hash ^ (code >= 0x61 && code <= 0x7a ? code - 0x20 : code), FNV_PRIME);
  }
  return hash & SMALL_INT_BITS;
}

/** Printable ASCII without spaces: NFKC leaves it as it is, so only case needs folding. */
const PLAIN_ASCII = /^[\x21-\x7e]*$/;

/** A slip number as compared: NFKC, no white space, upper case (slip numbers are all different: no cache). */
function slipKey(slip: string): string {
  return PLAIN_ASCII.test(slip) ? slip.toUpperCase() : normalizeKey(slip).toUpperCase();
}
