import { describe, expect, it, beforeAll, afterAll } from "vitest";
import { resolve } from "node:path";
import { fileHash } from "./helpers/fileHash";
import { runCli } from "./helpers/runCli";
import ExcelJS from "exceljs";
import { copyFixture, expectGoldenReport, jsonReport, type FixtureCopy } from "./helpers/golden";
import { findSoffice, recalculateXlsx } from "./helpers/libreoffice";
import expected from "./fixtures/purchase-plan/expected.json";

const FIXTURE = resolve(import.meta.dirname, "fixtures/purchase-plan/requests.xlsx");
const soffice = findSoffice();

interface Report {
  totals: { amount: string; byCategory: Record<string, string> };
  issues: { code: string; message: string }[];
  [key: string]: unknown;
}

describe("purchase-plan on the golden .xlsx fixture, through the command line", () => {
  let copy: FixtureCopy;
  let input: string;
  let out: string;
  let report: Report;

  beforeAll(async () => {
    copy = await copyFixture(FIXTURE, "golden");
    input = copy.input;
    out = copy.out("plan.xlsx");
    report = await jsonReport<Report>("purchase-plan", [
      input,
      "--month",
      "2027-01",
      "--today",
      "2026-12-01",
      "-o",
      out,
    ]);
  });

  afterAll(() => copy.remove());

  it("prints the hand-checked report as JSON and nothing else on stdout", () => {
    expectGoldenReport(report, expected);
  });

  it("never modifies the input file", async () => {
    expect(await fileHash(input)).toBe(copy.inputHash);
  });

  it("writes the input sheets plus the plan, its detail and the issues sheet", async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    expect(book.worksheets.map((w) => w.name)).toEqual([
      "工程部",
      "客服部",
      "综合申请",
      "采购计划 2027-01",
      "采购计划明细 2027-01",
      "问题清单 2027-01 采购计划",
    ]);
  });

  it.skipIf(!soffice)(
    "LibreOffice recalculates the plan's subtotals and grand total to the report's figures",
    async () => {
      const sheets = await recalculateXlsx(out);
      const plan = sheets.get("采购计划 2027-01")!;
      const amounts = (label: string) =>
        plan.filter((row) => row[1] === label).map((row) => row[row.length - 2]);
      expect(amounts("办公物资小计")).toEqual([Number(report.totals.byCategory["office"])]);
      expect(amounts("工程物资小计")).toEqual([Number(report.totals.byCategory["engineering"])]);
      expect(amounts("保洁物资小计")).toEqual([Number(report.totals.byCategory["cleaning"])]);
      expect(amounts("未分类小计")).toEqual([Number(report.totals.byCategory["uncategorised"])]);
      expect(amounts("合计")).toEqual([Number(report.totals.amount)]);
    },
  );

  it("re-running replaces its own sheets, and a user's sheet of the same name is never touched", async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    book.addWorksheet("采购计划 2027-02").getCell("A1").value = "my own notes";
    const userCopy = copy.out("user.xlsx");
    await book.xlsx.writeFile(userCopy);
    const again = copy.out("again.xlsx");
    for (const month of ["2027-01", "2027-02"]) {
      const run = await runCli([
        "purchase-plan",
        month === "2027-01" ? userCopy : again,
        "--month",
        month,
        "--today",
        "2026-12-01",
        "-o",
        month === "2027-01" ? again : copy.out("third.xlsx"),
      ]);
      expect(run.code).toBe(0);
    }
    const result = new ExcelJS.Workbook();
    await result.xlsx.readFile(copy.out("third.xlsx"));
    const names = result.worksheets.map((w) => w.name);
    expect(names.filter((n) => n.startsWith("采购计划 2027"))).toEqual([
      "采购计划 2027-01",
      "采购计划 2027-02",
      "采购计划 2027-02 (2)",
    ]);
    expect(names.filter((n) => n.startsWith("问题清单"))).toEqual([
      "问题清单 2027-01 采购计划",
      "问题清单 2027-02 采购计划",
    ]);
    expect(result.getWorksheet("采购计划 2027-02")?.getCell("A1").value).toBe("my own notes");
    expect(result.getWorksheet("采购计划 2027-02 (2)")?.getCell("A1").value).toBe("物资采购申请计划");
  });
});
