import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { JOBS, runJob } from "./registry";
import { placeJobInputs } from "./declarations";
import type { JobDefinition } from "./job";
import { demoBook, demoSheets } from "../demo/index";
import { readTable } from "../table/readTable";
import type { BookData, CellValue } from "../table/sheetData";
import { columnLetter, columnNumber } from "../values/columnLetter";
import { MONEY_LIMIT_FEN } from "../values/money";
import { QTY_LIMIT_E4 } from "../values/quantity";

const TODAY = "2026-12-04";
/** Rows kept of each demo sheet: enough for every table's header and a few dozen lines, so a run stays quick. */
const ROWS = 60;

/** The demo workbook, each sheet cut to its first rows. */
const BOOK: BookData = (() => {
  const book = demoBook(demoSheets(TODAY));
  return { ...book, sheets: book.sheets.map((s) => ({ ...s, values: s.values.slice(0, ROWS) })) };
})();

/** A money or quantity cell of a data row a job reads, and the first value beyond what such a cell may hold. */
interface FigureCell {
  sheet: string;
  row: number;
  column: string;
  /** The first number (in the cell's own unit: yuan, or units) that is `value_too_large` there. */
  limit: number;
}

/**
 * The tables whose issues a job reports, where it does not report them all: the weekly list reports its payments'
 * and its handover's (charges, targets and notes are the collection job's concern).
 */
const REPORTED_ROLES: Readonly<Record<string, readonly string[]>> = {
  "weekly-collection": ["payments", "handover"],
};

/** Jobs that read no money or quantity at all (the office calendar: items, days and times; the duty rosters: people and days). */
const WITHOUT_FIGURES: ReadonlySet<string> = new Set(["calendar", "duty-roster", "service-log"]);

/** Every money and quantity cell of the data rows of a job's input tables, as the table reader reads them. */
function figureCells(job: JobDefinition): FigureCell[] {
  const { placed } = placeJobInputs(job, BOOK);
  const cells: FigureCell[] = [];
  const reported = REPORTED_ROLES[job.id];
  for (const spec of job.inputs) {
    if (reported !== undefined && !reported.includes(spec.role)) continue;
    for (const sheet of placed.sheets(spec)) {
      const read = readTable(sheet, spec, { date1904: false });
      for (const column of spec.columns) {
        if (column.type !== "money" && column.type !== "quantity") continue;
        const letter = (read.columns as Record<string, string | undefined>)[column.key];
        if (letter === undefined) continue;
        const limit = column.type === "money" ? MONEY_LIMIT_FEN / 100 : QTY_LIMIT_E4 / 10_000;
        for (const row of read.rows) cells.push({ sheet: sheet.name, row: row.row, column: letter, limit });
      }
    }
  }
  return cells;
}

/** The book with some cells replaced (Excel coordinates; every demo sheet starts at A1). */
function withCells(book: BookData, replaced: readonly { at: FigureCell; value: CellValue }[]): BookData {
  const sheets = book.sheets.map((s) => ({ ...s, values: s.values.map((r) => [...r]) }));
  for (const { at, value } of replaced) {
    const sheet = sheets.find((s) => s.name === at.sheet)!;
    const row = sheet.values[at.row - 1]!;
    row[columnNumber(at.column) - 1] = value;
  }
  return { ...book, sheets };
}

/** Huge figures as they reach a cell: barcodes, products of them, the largest doubles, text forms. */
const HUGE: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom<CellValue>(
    6901234567892, // an EAN-13 barcode
    1234567890123,
    9e13,
    4.5e15,
    Number.MAX_SAFE_INTEGER,
    1e308,
    -1e308,
    Number.MAX_VALUE,
    "6901234567892",
    "¥1,000,000,000,000.00",
    "９９９９９９９９９９９９９",
  ),
  fc.double({ min: 1e12, max: 1e308, noNaN: true }),
  fc.double({ min: -1e308, max: -1e12, noNaN: true }),
  // large but valid: many of them add up beyond exact sums
  fc.double({ min: 1e9, max: 9.99e9, noNaN: true }).map((n) => Math.round(n)),
);

/** The magnitude of a replaced value as a number, or null for text the test does not work out. */
function magnitudeOf(value: CellValue): number | null {
  return typeof value === "number" ? Math.abs(value) : null;
}

describe.each(JOBS.filter((job) => !WITHOUT_FIGURES.has(job.id)).map((job) => [job.id, job] as const))(
  "%s on huge money and quantity cells",
  (_id, job) => {
    const cells = figureCells(job);

    it("has money or quantity cells to try", () => {
      expect(cells.length).toBeGreaterThan(0);
    });

    it("gives issues, never an exception: a value beyond a cell's limit is an error at that cell", () => {
      fc.assert(
        fc.property(
          fc.array(fc.record({ index: fc.nat(), value: HUGE }), { minLength: 1, maxLength: 6 }),
          (picks) => {
            const replaced = picks.map(({ index, value }) => ({ at: cells[index % cells.length]!, value }));
            const run = runJob(job, withCells(BOOK, replaced), { today: TODAY, lang: "zh-CN" });
            const errors = new Set(
              run.issues.filter((i) => i.severity === "error").map((i) => `${i.sheet}!${i.column}${i.row}`),
            );
            for (const { at, value } of replaced) {
              const magnitude = magnitudeOf(value);
              if (magnitude === null || magnitude < at.limit) continue;
              // the last value written to a cell is the one read
              if (replaced.filter((r) => r.at === at).at(-1)?.value !== value) continue;
              expect(errors, `${String(value)} at ${at.sheet}!${at.column}${at.row}`).toContain(
                `${at.sheet}!${at.column}${at.row}`,
              );
            }
          },
        ),
        { numRuns: 12 },
      );
    });

    it("refuses rows, naming them, when every figure is large but valid (their sums past exact arithmetic)", () => {
      const large = cells.map((at) => ({ at, value: (at.limit - 1) as CellValue }));
      const run = runJob(job, withCells(BOOK, large), { today: TODAY, lang: "zh-CN" });
      const errors = run.issues.filter((i) => i.severity === "error" && i.row !== undefined);
      // money and goods add up to past 2^50 (sum_too_large); an attendance sheet's hours are refused as hours first
      expect(errors.length).toBeGreaterThan(0);
      const tooLarge = run.issues.filter((i) => i.code === "sum_too_large" || i.code === "value_too_large");
      for (const i of tooLarge)
        expect([i.severity, i.sheet !== undefined, i.row !== undefined]).toEqual(["error", true, true]);
    });
  },
);

describe("the figure cells the properties try", () => {
  it("are named by Excel letters within each sheet", () => {
    for (const job of JOBS)
      for (const at of figureCells(job)) expect(columnLetter(columnNumber(at.column))).toBe(at.column);
  });
});
