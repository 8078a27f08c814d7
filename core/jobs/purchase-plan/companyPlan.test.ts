import { describe, expect, it } from "vitest";
import { runCompanyPlan } from "./companyPlan";
import { runJob } from "../registry";
import { PURCHASE_PLAN_JOB } from "./job";
import type { BookData, CellValue, SheetData } from "../../table/sheetData";
import type { SheetSpec } from "../../sheets/sheetSpec";
import { PURCHASE_FIXTURE } from "../../../test/fixtures/purchase-plan/grid";

const PARAMS = { today: "2026-12-01", lang: "zh-CN", month: "2027-01" } as const;

function requestsBook(project: string | null): BookData {
  return {
    date1904: false,
    sheets: PURCHASE_FIXTURE.map((s) => ({
      name: s.name,
      origin: { row: 1, column: 1 },
      values: s.rows.map((row, r) =>
        r === 1 && s.name === "工程部"
          ? [row[0] ?? null, null, null, null, project === null ? null : `项目：${project}`]
          : row,
      ),
    })),
  };
}

/** What a host would read back from a sheet PropDesk wrote: values as Range.values gives them, plus its owner key. */
function asRead(spec: SheetSpec): SheetData {
  const values: CellValue[][] = spec.cells.map((row) =>
    row.map((cell) => {
      if (cell === null || typeof cell !== "object") return cell;
      if ("formula" in cell) return cell.value;
      if ("text" in cell) return cell.text;
      return null;
    }),
  );
  return { name: spec.name, values, origin: { row: 1, column: 1 }, ownerKey: spec.key };
}

function plannedBook(project: string | null): BookData {
  const book = requestsBook(project);
  const result = runJob(PURCHASE_PLAN_JOB, book, PARAMS);
  return { ...book, sheets: [...book.sheets, ...result.sheets.map(asRead)] };
}

describe("company plan", () => {
  it("puts each project in its own column and adds up to the projects' plans", () => {
    const one = runJob(PURCHASE_PLAN_JOB, requestsBook("阳光花园"), PARAMS).report;
    const result = runCompanyPlan(
      [
        { fileName: "sunny", book: plannedBook("阳光花园") },
        { fileName: "翠湖苑-plan", book: requestsBook(null) },
      ],
      PARAMS,
    );
    const { report } = result;
    expect(report.projects).toEqual(["阳光花园", "翠湖苑-plan"]);
    expect(report.totals.amount).toBe((Number(one.totals.amount) * 2).toFixed(2));
    expect(report.lines.map((l) => [l.item, l.unit, l.quantity, l.departments])).toEqual(
      one.lines.map((l) => [
        l.item,
        l.unit,
        String(Number(l.quantity) * 2),
        { 阳光花园: l.quantity, "翠湖苑-plan": l.quantity },
      ]),
    );
    expect(result.sheets.map((s) => s.name)).toEqual(["公司采购计划 2027-01", "公司采购明细 2027-01"]);
  });

  it("names issues with the file they come from", () => {
    const result = runCompanyPlan([{ fileName: "翠湖苑", book: requestsBook(null) }], PARAMS);
    expect(result.issues.find((i) => i.code === "not_a_number")?.sheet).toBe("[翠湖苑]工程部");
  });
});
