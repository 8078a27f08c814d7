import { describe, expect, it, beforeAll, afterAll } from "vitest";
import { resolve } from "node:path";
import { fileHash } from "./helpers/fileHash";
import { runCli } from "./helpers/runCli";
import ExcelJS from "exceljs";
import {
  copyFixture,
  expectGoldenReport,
  fen,
  jsonReport,
  rowsLabelled,
  type FixtureCopy,
  type JsonReport,
} from "./helpers/golden";
import { findSoffice, recalculateXlsx } from "./helpers/libreoffice";
import type { CellValue } from "../core/table/sheetData";
import type { CollectionReport } from "../core/jobs/collection/report";
import expected from "./fixtures/collection/expected.json";
import expectedMonth from "./fixtures/collection/expected-2026-10.json";

const FIXTURE = resolve(import.meta.dirname, "fixtures/collection/ledger.xlsx");
const soffice = findSoffice();

type Report = JsonReport<CollectionReport>;

/** Runs `propdesk collection <args> --json` and returns its report (the run must succeed). */
const collect = (args: string[]): Promise<Report> => jsonReport<CollectionReport>("collection", args);

/** An ExcelJS date cell value (a Date, or a serial of the 1900 system) as YYYY-MM-DD. */
function isoOf(value: ExcelJS.CellValue): string | null {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "number")
    return new Date(Math.round((value - 25_569) * 86_400_000)).toISOString().slice(0, 10);
  return null;
}

/** The 1-based columns of the receivables list, found by their headers. */
function receivableColumns(ws: ExcelJS.Worksheet): {
  header: number;
  unit: number;
  fee: number;
  reason: number;
  date: number;
} {
  for (let r = 1; r <= ws.rowCount; r++) {
    const texts = (ws.getRow(r).values as ExcelJS.CellValue[]).map((v) => (typeof v === "string" ? v : null));
    const reason = texts.indexOf("未收原因");
    if (reason > 0)
      return {
        header: r,
        unit: texts.indexOf("房号"),
        fee: texts.indexOf("收费项目"),
        reason,
        date: texts.indexOf("预计交款时间"),
      };
  }
  throw new Error(`${ws.name}: no 未收原因 header`);
}

/** The Excel row of a unit and fee type in a receivables list sheet. */
function receivableRow(ws: ExcelJS.Worksheet, unit: string, feeType: string): ExcelJS.Row {
  const cols = receivableColumns(ws);
  for (let r = cols.header + 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    if (row.getCell(cols.unit).value === unit && row.getCell(cols.fee).value === feeType) return row;
  }
  throw new Error(`${ws.name}: no row for ${unit} ${feeType}`);
}

function expectRate(cell: CellValue | undefined, rate: string | null): void {
  if (rate === null) expect(cell === null || cell === "").toBe(true);
  else {
    expect(typeof cell).toBe("number");
    expect(Math.abs((cell as number) - Number(rate))).toBeLessThanOrEqual(0.00005);
  }
}

describe("collection on the golden .xlsx fixture, through the command line", () => {
  let copy: FixtureCopy;
  let input: string;
  let out: string;
  let report: Report;

  beforeAll(async () => {
    copy = await copyFixture(FIXTURE, "collection");
    input = copy.input;
    out = copy.out("out.xlsx");
    report = await collect([
      input,
      "--from",
      "2026-09",
      "--to",
      "2026-10",
      "--today",
      "2026-11-02",
      "-o",
      out,
    ]);
  });

  afterAll(() => copy.remove());

  it("prints the hand-checked report for September to October, as of the period's last day", () => {
    expectGoldenReport(report, expected);
  });

  it("a single month at the same as-of date changes the rates, never the ageing or the list", async () => {
    const month = await collect([
      input,
      "--month",
      "2026-10",
      "--today",
      "2026-11-02",
      "-o",
      copy.out("month.xlsx"),
    ]);
    expect({
      from: month.from,
      to: month.to,
      asOf: month.asOf,
      feeTypes: month.feeTypes,
      total: month.total,
    }).toEqual(expectedMonth);
    expect(month.ageing).toEqual(report.ageing);
    expect(month.receivables).toEqual(report.receivables);
  });

  it("with no month given, reports on last month as of its last day: on 2 November that is October", async () => {
    const byDefault = await collect([input, "--today", "2026-11-02", "-o", copy.out("default.xlsx")]);
    expect({ from: byDefault.from, to: byDefault.to, asOf: byDefault.asOf }).toEqual({
      from: "2026-10",
      to: "2026-10",
      asOf: "2026-10-31",
    });
    expect(byDefault.feeTypes).toEqual(expectedMonth.feeTypes);
    expect(byDefault.issues.some((i) => i.code === "date_after_today")).toBe(false);
  });

  it("runs a typed --as-of after --today as given, with a warning that names it", async () => {
    const ahead = await collect([
      input,
      "--month",
      "2026-10",
      "--as-of",
      "2026-11-30",
      "--today",
      "2026-11-02",
      "-o",
      copy.out("ahead.xlsx"),
    ]);
    expect(ahead.asOf).toBe("2026-11-30");
    expect(ahead.issues[0]).toMatchObject({ code: "date_after_today", severity: "warning" });
    expect(ahead.issues[0]!.message).toContain("2026-11-30");
  });

  it("never modifies the input file", async () => {
    expect(await fileHash(input)).toBe(copy.inputHash);
  });

  it("writes the input sheets plus the rates, ageing, receivables and issues sheets", async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    expect(book.worksheets.map((w) => w.name)).toEqual([
      "收费台账",
      "收款明细",
      "收缴率指标",
      "催缴跟进",
      "收缴率 2026-09~2026-10",
      "账龄分析 2026-10-31",
      "应收未收明细 2026-10-31",
      "问题清单 2026-09~2026-10 收缴率",
    ]);
  });

  it.skipIf(!soffice)(
    "LibreOffice recalculates the rates, ageing and list totals to the report's figures",
    async () => {
      const sheets = await recalculateXlsx(out);
      const rates = sheets.get("收缴率 2026-09~2026-10")!;
      const lines = [
        ...report.feeTypes.map((f) => ({ label: f.feeType, figures: f, target: f.target })),
        { label: "合计", figures: report.total, target: null },
      ];
      for (const { label, figures, target } of lines) {
        const found = rowsLabelled(rates, label);
        expect(found, label).toHaveLength(1);
        const row = found[0]!;
        expect(fen(row[1] as number)).toBe(fen(figures.currentReceivable));
        expect(fen(row[2] as number)).toBe(fen(figures.currentCollected));
        expectRate(row[3], figures.currentRate);
        expectRate(row[4], target);
        expect(fen(row[5] as number)).toBe(fen(figures.gapToTarget));
        expect(fen(row[6] as number)).toBe(fen(figures.openingArrears));
        expect(fen(row[7] as number)).toBe(fen(figures.arrearsCollected));
        expectRate(row[8], figures.arrearsRate);
        expectRate(row[9], figures.overallRate);
        expectRate(row[10], figures.householdRate);
        expect(fen(row[11] as number)).toBe(fen(figures.prepaid));
      }

      const ageing = sheets.get("账龄分析 2026-10-31")!;
      const buckets = report.ageing.buckets;
      const header = ageing.find((row) => row[0] === "收费项目")!;
      expect(header.slice(1, 1 + buckets.length)).toEqual(buckets.map((b) => b.label));
      const [total] = rowsLabelled(ageing, "合计");
      expect(total!.slice(1, 1 + buckets.length).map((v) => fen(v as number))).toEqual(
        buckets.map((b) => fen(b.amount)),
      );
      expect(fen(total![1 + buckets.length] as number)).toBe(fen(report.ageing.total));
      // Per fee type (SUMIF rows under the total) and per building subtotal, against the list's outstanding.
      const owed = (pick: (r: Report["receivables"][number]) => boolean) =>
        report.receivables.filter(pick).reduce((sum, r) => sum + fen(r.outstanding), 0);
      for (const f of report.feeTypes) {
        const sumifRow = rowsLabelled(ageing, f.feeType).at(-1)!;
        expect(fen(sumifRow[1 + buckets.length] as number), f.feeType).toBe(
          owed((r) => r.feeType === f.feeType),
        );
      }
      for (const building of ["1", "2", "10"]) {
        const [subtotal] = rowsLabelled(ageing, `${building}栋小计`);
        expect(fen(subtotal![1 + buckets.length] as number), building).toBe(
          owed((r) => r.unit.startsWith(`${building}-`)),
        );
      }

      const list = sheets.get("应收未收明细 2026-10-31")!;
      const listTotal = list.find((row) => row[1] === "合计")!;
      expect(fen(listTotal[6] as number)).toBe(fen(report.ageing.total));
    },
  );

  it("carries what a clerk typed into the list over to the next as-of date, losing nothing", async () => {
    // The clerk opens the output, fills in the reason and expected date on two rows, and saves.
    const typed = [
      { unit: "1-1-101", feeType: "停车费", reason: "车主出差，月底回来交", date: "2026-11-20" },
      { unit: "2-1-201", feeType: "物业管理费", reason: "对维修分摊有异议，待核实", date: "2026-12-10" },
    ];
    const clerkBook = new ExcelJS.Workbook();
    await clerkBook.xlsx.readFile(out);
    const first = clerkBook.getWorksheet("应收未收明细 2026-10-31")!;
    const cols = receivableColumns(first);
    for (const t of typed) {
      const row = receivableRow(first, t.unit, t.feeType);
      expect(row.getCell(cols.reason).value ?? null).toBeNull();
      row.getCell(cols.reason).value = t.reason;
      row.getCell(cols.date).value = new Date(`${t.date}T00:00:00Z`);
    }
    // ...and, on a row whose date came from the follow-up sheet, overwrites it with words that are no date.
    const words = receivableRow(first, "10-1-101", "物业管理费");
    expect(isoOf(words.getCell(cols.date).value)).toBe("2026-11-15");
    words.getCell(cols.date).value = "春节前";
    const clerkCopy = copy.out("clerk.xlsx");
    await clerkBook.xlsx.writeFile(clerkCopy);
    const saved = new ExcelJS.Workbook();
    await saved.xlsx.readFile(clerkCopy);
    const firstAsSaved = saved.getWorksheet("应收未收明细 2026-10-31")!.getSheetValues();

    const second = copy.out("second.xlsx");
    const later = await collect([clerkCopy, "--month", "2026-11", "--today", "2026-12-02", "-o", second]);
    expect(later.asOf).toBe("2026-11-30");
    // Worked by hand: November is billed, 10-1-101's 361.00 of 11-10 pays 2025-10 and 2026-08, 1-1-102's
    // prepayment of November is absorbed; the typed notes win (the words typed over 10-1-101's date are no
    // date, so the report has none and no broken promise), the follow-up note stays on 2-1-201 停车费.
    expect(later.receivables).toEqual([
      {
        unit: "1-1-101",
        customer: "张伟",
        feeType: "停车费",
        fromPeriod: "2026-10",
        toPeriod: "2026-11",
        months: 2,
        outstanding: "300.00",
        oldestDue: "2026-10-31",
        bucket: "1-30",
        reason: typed[0]!.reason,
        expectedDate: typed[0]!.date,
        promiseBroken: true,
      },
      {
        unit: "2-1-201",
        customer: "王强",
        feeType: "物业管理费",
        fromPeriod: "2026-10",
        toPeriod: "2026-11",
        months: 2,
        outstanding: "300.00",
        oldestDue: "2026-10-31",
        bucket: "1-30",
        reason: typed[1]!.reason,
        expectedDate: typed[1]!.date,
        promiseBroken: false,
      },
      {
        unit: "2-1-201",
        customer: "王强",
        feeType: "停车费",
        fromPeriod: "2026-09",
        toPeriod: "2026-11",
        months: 3,
        outstanding: "360.00",
        oldestDue: "2026-09-30",
        bucket: "31-90",
        reason: "车位转租，租户未交",
        expectedDate: "2026-10-20",
        promiseBroken: true,
      },
      {
        unit: "10-1-101",
        customer: "赵敏",
        feeType: "物业管理费",
        fromPeriod: "2026-09",
        toPeriod: "2026-11",
        months: 3,
        outstanding: "541.50",
        oldestDue: "2026-09-30",
        bucket: "31-90",
        reason: "业主长期在外，电话联系中",
        expectedDate: null,
        promiseBroken: false,
      },
    ]);
    expect(later.ageing.total).toBe("1501.50");
    expect(later.total.prepaid).toBe("500.00");

    const result = new ExcelJS.Workbook();
    await result.xlsx.readFile(second);
    const names = result.worksheets.map((w) => w.name);
    expect(names.filter((n) => n.startsWith("应收未收明细"))).toEqual([
      "应收未收明细 2026-10-31",
      "应收未收明细 2026-11-30",
    ]);
    const next = result.getWorksheet("应收未收明细 2026-11-30")!;
    const nextCols = receivableColumns(next);
    for (const t of typed) {
      const row = receivableRow(next, t.unit, t.feeType);
      expect(row.getCell(nextCols.reason).value).toBe(t.reason);
      expect(isoOf(row.getCell(nextCols.date).value)).toBe(t.date);
    }
    expect(receivableRow(next, "10-1-101", "物业管理费").getCell(nextCols.date).value).toBe("春节前");
    expect(receivableRow(next, "2-1-201", "停车费").getCell(nextCols.reason).value).toBe(
      "车位转租，租户未交",
    );
    expect(result.getWorksheet("应收未收明细 2026-10-31")!.getSheetValues()).toEqual(firstAsSaved);
  });

  it("exits with 2 and one line when the workbook has no charges sheet", async () => {
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet("收款明细");
    ws.addRow(["收据号", "收款日期", "房号", "收费项目", "实收金额"]);
    ws.addRow(["R001", "2026-10-05", "1-1-101", "物业管理费", 300]);
    const noCharges = copy.out("no-charges.xlsx");
    await book.xlsx.writeFile(noCharges);
    const run = await runCli([
      "collection",
      noCharges,
      "--month",
      "2026-10",
      "--today",
      "2026-11-02",
      "-o",
      copy.out("never.xlsx"),
      "--json",
    ]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    const lines = run.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^propdesk: .*收费台账/);
  });
});
