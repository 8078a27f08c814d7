import { existsSync } from "node:fs";
import { mkdir, rename, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CellValue } from "../../core/table/sheetData";
import { sampleLedger } from "../../core/receivables/sampleLedger.testkit";
import { chargesSheet, paymentsSheet } from "./ledgerGrid";
import { departmentHead, departmentSheetName, requestRows } from "./purchaseRequests";

/** Where the generated workbooks are kept between bench runs (made once, reused while their name matches). */
export const BENCH_WORKBOOK_DIR = join(tmpdir(), "propdesk-bench-xlsx");

/** Bumped when what a generated workbook holds changes, so older files in the cache are not reused. */
const VERSION = 1;

/** One worksheet to write: its rows in order, column widths, and number formats for the numbers of some columns. */
interface SheetSource {
  name: string;
  rows: () => Iterable<CellValue[]>;
  widths: number[];
  /** 1-based column → number format, given to that column's numeric cells (headers are text and stay plain). */
  formats: ReadonlyMap<number, string>;
}

/** A generated workbook on disk and what it holds. */
export interface BenchWorkbook {
  path: string;
  /** What is in it, in a few words (e.g. `100,000 request rows in 10 sheets`). */
  what: string;
}

/** A fee ledger workbook and its record counts. */
export interface LedgerWorkbook extends BenchWorkbook {
  charges: number;
  payments: number;
}

/** Months of charges in the ledger, as the collection bench case has them. */
const LEDGER_MONTHS = 66;
/** The ledger's last month. */
export const LEDGER_LAST_MONTH = "2026-11";

const MONEY = "#,##0.00";

/**
 * A purchase-request workbook of `rows` request rows dealt to `departments` sheets (title, label, header, then
 * the rows as {@link requestRows} draws them), written as Excel writes one: shared strings, money formatted.
 */
export async function requestWorkbook(rows: number, departments: number): Promise<BenchWorkbook> {
  const what = `${rows.toLocaleString("en-US")} request rows in ${departments} sheet${departments === 1 ? "" : "s"}`;
  const path = join(BENCH_WORKBOOK_DIR, `requests-${rows}x${departments}-v${VERSION}.xlsx`);
  const sheets = Array.from({ length: departments }, (_, d): SheetSource => ({
    name: departmentSheetName(d),
    rows: function* () {
      yield* departmentHead(d);
      for (const row of requestRows(rows, departments)) if (row.department === d) yield row.cells;
    },
    widths: [6, 8, 16, 12, 6, 10, 10, 12, 10],
    formats: new Map([
      [7, MONEY],
      [8, MONEY],
    ]),
  }));
  await cachedWorkbook(path, sheets);
  return { path, what };
}

/**
 * A fee ledger workbook: sampleLedger's estate of `units` units x 3 fee types x 66 months (198 charges a unit,
 * about 0.81 payments a charge) as two sheets, 收费台账 and 收款明细, months and dates as formatted serials.
 */
export async function ledgerWorkbook(units: number): Promise<LedgerWorkbook> {
  const ledger = sampleLedger(units, LEDGER_MONTHS, LEDGER_LAST_MONTH);
  const charges = ledger.charges.length;
  const payments = ledger.payments.length;
  const what = `fee ledger: ${charges.toLocaleString("en-US")} charges + ${payments.toLocaleString("en-US")} payments`;
  const path = join(BENCH_WORKBOOK_DIR, `ledger-${units}u-v${VERSION}.xlsx`);
  const month = "yyyy-mm";
  const day = "yyyy-mm-dd";
  await cachedWorkbook(path, [
    {
      name: "收费台账",
      rows: () => chargesSheet(ledger.charges).values,
      widths: [10, 10, 12, 10, 12, 12],
      formats: new Map([
        [4, month],
        [5, MONEY],
        [6, day],
      ]),
    },
    {
      name: "收款明细",
      rows: () => paymentsSheet(ledger.payments).values,
      widths: [12, 12, 10, 12, 10, 12, 10],
      formats: new Map([
        [2, day],
        [5, month],
        [6, MONEY],
      ]),
    },
  ]);
  return { path, what, charges, payments };
}

/** Writes the workbook at `path` unless it is there already; a half-written file never takes its name. */
async function cachedWorkbook(path: string, sheets: readonly SheetSource[]): Promise<void> {
  if (existsSync(path)) return;
  await mkdir(BENCH_WORKBOOK_DIR, { recursive: true });
  const part = `${path}.${process.pid}.part`;
  try {
    await writeWorkbook(part, sheets);
    await rename(part, path);
  } finally {
    await rm(part, { force: true });
  }
}

/** Streams the sheets into an .xlsx at `path` through ExcelJS's workbook writer (shared strings, styles). */
async function writeWorkbook(path: string, sheets: readonly SheetSource[]): Promise<void> {
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: path,
    useSharedStrings: true,
    useStyles: true,
  });
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name);
    worksheet.columns = sheet.widths.map((width) => ({ width }));
    for (const cells of sheet.rows()) {
      const row = worksheet.addRow(cells);
      for (const [column, format] of sheet.formats)
        if (typeof cells[column - 1] === "number") row.getCell(column).numFmt = format;
      row.commit();
    }
    worksheet.commit();
  }
  await workbook.commit();
}
