import { describe, expect, it } from "vitest";
import type { CellValue, SheetData } from "../table/sheetData";
import { findJob, placeJobInputs, runJob } from "../jobs/registry";
import type { JobDefinition } from "../jobs/job";
import { demoBook, demoSheets } from "./index";

const job = (id: string) => findJob(id) as JobDefinition;
const names = (sheets: readonly SheetData[] | undefined) => (sheets ?? []).map((s) => s.name);

describe("the registry places a workbook's sheets once for every job", () => {
  const book = demoBook(demoSheets("2026-11-20"));

  it.each([
    ["weekly-collection", "出纳交接"],
    ["fee-statistics", "水电费缴费"],
    ["cash-plan", "用款计划"],
  ])("gives %s the fee ledgers the collection job reads, plus its own sheet", (id, own) => {
    const collection = placeJobInputs(job("collection"), book).found.byRole;
    const finance = placeJobInputs(job(id), book).found.byRole;
    for (const role of ["charges", "payments", "targets", "follow-ups"])
      expect(names(finance.get(role)), role).toEqual(names(collection.get(role)));
    expect([...finance.values()].flat().map((s) => s.name)).toContain(own);
  });

  it("leaves another job's sheets to it without a warning, and reports a row's problem once", () => {
    const { found } = placeJobInputs(job("fee-statistics"), book);
    // Only the worksheet functions' sheet, which no job reads, is named as ignored.
    expect(found.issues).toEqual([{ code: "sheet_not_placed", severity: "warning", sheet: "日历函数" }]);
    const run = runJob(job("fee-statistics"), book, { today: "2026-11-20", lang: "zh-CN" });
    const rowIssues = run.issues.filter((i) => i.row !== undefined).map((i) => [i.code, i.sheet]);
    expect(rowIssues).toEqual(
      expect.arrayContaining([
        ["cell_error", "收费台账"],
        ["not_a_number", "收款明细"],
        ["duplicate_receipt", "收款明细"],
        ["payment_without_charges", "收款明细"],
      ]),
    );
    const keys = run.issues.map((i) => JSON.stringify(i));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("does not ask the weekly detail for a charges sheet it can do without", () => {
    const payments: CellValue[][] = [
      ["收据号", "收款日期", "房号", "收费项目", "实收金额"],
      ["NO.1", "2026-11-10", "1-101", "物业费", 300],
    ];
    const alone = { date1904: false, sheets: [{ name: "实收", values: payments, origin: { row: 1, column: 1 } }] };
    const run = runJob(job("weekly-collection"), alone, { today: "2026-11-20", lang: "zh-CN" });
    expect(run.issues.map((i) => i.code)).not.toContain("no_input_sheet");
    expect(run.unusable).toBe(false);
  });
});
