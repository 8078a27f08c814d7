import { describe, expect, it } from "vitest";
import { runJob, type BookData, type CellValue, type SheetData } from "../../core/index";
import { PURCHASE_PLAN_JOB } from "../../core/jobs/purchase-plan/job";
import { demoBook } from "../../core/demo/index";
import { purchasePlanDemo } from "../../core/demo/purchasePlan";
import { simFromBook } from "../excel-sim/simFromBook";
import type { ExcelSimulator } from "../excel-sim/excelSimulator";
import { MAX_COLUMNS, MAX_ROWS } from "../excel-sim/cellRect";
import { AddinError } from "./addinError";
import { OfficeWorkbookHost } from "./officeHost";
import { MAX_READ_CELLS } from "./readLimits";

const TODAY = "2026-12-01";
const PARAMS = { today: TODAY, lang: "zh-CN", month: "2027-01" } as const;
/** The purchase plan's sample requests: five department sheets of 36 to 72 lines. */
const BOOK: BookData = demoBook(purchasePlanDemo(TODAY));
const FIRST = BOOK.sheets[0]!.name;

/** A host over the simulator, as in Excel with every API set (or without ExcelApi 1.9 and later). */
function hostOf(sim: ExcelSimulator, options: { upTo19?: boolean; maxReadCells?: number } = {}) {
  return new OfficeWorkbookHost(sim.run, {
    isSetSupported: (_name, version) => options.upTo19 !== false || Number(version) < 1.9,
    ...(options.maxReadCells === undefined ? {} : { maxReadCells: options.maxReadCells }),
  });
}

/** A sheet's rows without the empty cells at their ends: a grid read where cells are has rows only as long as their last cell. */
function trimmed(sheet: SheetData): CellValue[][] {
  return sheet.values.map((row) => {
    let end = row.length;
    while (end > 0 && (row[end - 1] ?? null) === null) end--;
    return row.slice(0, end);
  });
}

/** What a run of the purchase plan says: its report and its issues. */
function planOf(book: BookData) {
  const run = runJob(PURCHASE_PLAN_JOB, book, PARAMS);
  return { report: run.report, issues: run.issues };
}

describe("a stray cell far out on a sheet", () => {
  it.each<[string, number, number, string | number]>([
    ["a space at XFD20000", 20_000, MAX_COLUMNS, " "],
    ["an ideographic space at A1048576", MAX_ROWS, 1, "\u3000"],
    ["a value at XFD1048576", MAX_ROWS, MAX_COLUMNS, 1],
    ["a note at XFD1048576", MAX_ROWS, MAX_COLUMNS, "备注"],
  ])("%s: reads only the cells that are there", async (_what, row, column, value) => {
    const baseline = await hostOf(simFromBook(BOOK)).read();
    const sim = simFromBook(BOOK);
    sim.sheet(FIRST).setConstant(row, column, value);
    const started = performance.now();
    const book = await hostOf(sim).read();
    expect(performance.now() - started).toBeLessThan(5_000);
    // the sheet's used range reaches the far cell, but only its cells travel: a few syncs, each small
    expect(sim.syncCount).toBeLessThanOrEqual(5);
    for (const s of sim.syncs) expect(s.responseBytes).toBeLessThan(1_000_000);
    const read = book.sheets[0]!;
    const original = baseline.sheets[0]!;
    expect(read.origin).toEqual(original.origin);
    const blank = typeof value === "string" && value.trim() === "";
    // white space far out does not widen the grid (as the command line reads it); a value does, its rows shared
    expect(read.values.length).toBe(blank ? original.values.length : row);
    expect(trimmed({ ...read, values: read.values.slice(0, original.values.length) })).toEqual(
      trimmed(original),
    );
    if (!blank) {
      expect(read.values[row - 1]).toHaveLength(column);
      expect(read.values[row - 1]?.[column - 1]).toBe(value);
      expect(new Set(read.values.slice(original.values.length, row - 1)).size).toBe(1);
    }
    // every other sheet is read whole and the same, and the plan is the same
    expect(book.sheets.slice(1)).toEqual(baseline.sheets.slice(1));
    expect(planOf(book)).toEqual(planOf(baseline));
  });

  it("is read in the same two syncs as any sheet when it lies within the first block (A1:BL16384)", async () => {
    const sim = simFromBook(BOOK);
    sim.sheet(FIRST).setConstant(3_000, 40, 7);
    const book = await hostOf(sim).read();
    expect(sim.syncCount).toBe(2);
    expect(book.sheets[0]?.values).toHaveLength(3_000);
    expect(book.sheets[0]?.values[2_999]?.[39]).toBe(7);
  });

  it("beside a long table full of blanks, costs a few syncs: the table's many areas are read as a few blocks", async () => {
    const rows: CellValue[][] = [["房号", "业主", "收费项目", "所属月份", "应收金额", "备注"]];
    for (let r = 1; r <= 20_000; r++)
      rows.push([`1-${r}`, r % 3 === 0 ? null : "张伟", "物业费", "2026-11", 300, r % 7 === 0 ? "欠" : null]);
    const book: BookData = {
      date1904: false,
      sheets: [{ name: "收费", values: rows, origin: { row: 1, column: 1 } }],
    };
    const baseline = await hostOf(simFromBook(book)).read();
    const sim = simFromBook(book);
    sim.sheet("收费").setConstant(MAX_ROWS, MAX_COLUMNS, 1);
    const read = (await hostOf(sim).read()).sheets[0]!;
    expect(sim.syncCount).toBeLessThanOrEqual(8);
    expect(trimmed({ ...read, values: read.values.slice(0, rows.length) })).toEqual(
      trimmed(baseline.sheets[0]!),
    );
  });

  it("is refused, naming the sheet, where Excel cannot find the cells (before ExcelApi 1.9)", async () => {
    const sim = simFromBook(BOOK);
    sim.sheet(FIRST).setConstant(MAX_ROWS, MAX_COLUMNS, 1);
    const refusal = await hostOf(sim, { upTo19: false })
      .read()
      .catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(AddinError);
    expect([(refusal as AddinError).code, (refusal as AddinError).sheet]).toEqual(["sheet-too-large", FIRST]);
  });
});

describe("the read limit", () => {
  it("is 5,000,000 cells, as the command line's", () => {
    expect(MAX_READ_CELLS).toBe(5_000_000);
  });

  /** Cells of a sheet's used range in the simulator. */
  const usedCells = (sim: ExcelSimulator, name: string) => {
    const values = sim.values(name);
    return values.length * (values[0]?.length ?? 0);
  };

  it.each<[string, number, number | null]>([
    ["a read of exactly the limit", 0, null],
    ["a read one cell past it, refused naming the sheet that passes it", -1, 1],
  ])("%s", async (_what, beyond, refused) => {
    const sim = simFromBook({ ...BOOK, sheets: BOOK.sheets.slice(0, 2) });
    const limit = usedCells(sim, BOOK.sheets[0]!.name) + usedCells(sim, BOOK.sheets[1]!.name) + beyond;
    const outcome = await hostOf(sim, { maxReadCells: limit })
      .read()
      .then(
        () => null,
        (error: unknown) => (error instanceof AddinError ? [error.code, error.sheet] : error),
      );
    expect(outcome).toEqual(refused === null ? null : ["sheet-too-large", BOOK.sheets[refused]!.name]);
  });

  it("counts a large used range by the cells it holds, not by its size", async () => {
    const sim = simFromBook({ ...BOOK, sheets: BOOK.sheets.slice(0, 1) });
    const held = BOOK.sheets[0]!.values.flat().filter((v) => v !== null).length + 1;
    sim.sheet(FIRST).setConstant(MAX_ROWS, MAX_COLUMNS, 1);
    // 17 billion cells in the used range; those of the form and the one far out hold something
    await expect(hostOf(sim, { maxReadCells: held }).read()).resolves.toBeDefined();
    await expect(hostOf(sim, { maxReadCells: held - 1 }).read()).rejects.toMatchObject({
      code: "sheet-too-large",
      sheet: FIRST,
    });
  });
});
