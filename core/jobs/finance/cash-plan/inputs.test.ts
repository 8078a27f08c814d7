import { describe, expect, it } from "vitest";
import { locateInputs } from "../../../table/locateInputs";
import type { CellValue } from "../../../table/sheetData";
import { SPENDING_TABLE } from "./inputs";
import { ALL_TABLES, MIXED_SHEETS, mixedBook, rolesOf } from "../../mixedWorkbook.testkit";

const everySheet = () =>
  mixedBook(Object.fromEntries(Object.entries(MIXED_SHEETS).map(([n, s]) => [n, s.values])));

describe("spending plan input table", () => {
  it("places every sheet of a workbook holding all jobs' inputs by its headers, whatever the table order", () => {
    const book = everySheet();
    for (const tables of [ALL_TABLES, [...ALL_TABLES].reverse()]) {
      const found = locateInputs(book, tables);
      for (const [name, { role }] of Object.entries(MIXED_SHEETS)) {
        const roles = [...found.byRole]
          .filter(([, sheets]) => sheets.some((s) => s.name === name))
          .map(([r]) => r);
        expect(roles, name).toEqual([role]);
      }
      expect(found.issues.filter((i) => i.code === "sheet_not_placed")).toEqual([]);
    }
  });

  it.each<[string, CellValue[]]>([
    ["Traditional headers", ["部門", "用途", "金額", "日期"]],
    ["English headers", ["Department", "Purpose", "Amount", "Date"]],
    ["marks and units", ["*部门", "用款用途", "计划金额(元)", "用款日期"]],
  ])("finds the spending plan under a generic sheet name with %s", (_what, header) => {
    const book = mixedBook({ Sheet1: [header, ["工程部", "电梯维保", 3600, "2026-12-08"]] });
    expect(rolesOf(book, ALL_TABLES, "Sheet1")).toEqual([SPENDING_TABLE.role]);
  });

  it("does not take a purchase request with a purpose and an amount for a spending plan", () => {
    const book = mixedBook({
      Sheet1: [
        ["部门", "物资名称", "单位", "数量", "金额", "用途", "需用日期"],
        ["工程部", "LED灯管", "支", 20, 250, "更换", "2026-12-05"],
      ],
    });
    expect(rolesOf(book, ALL_TABLES, "Sheet1")).toEqual(["purchase-requests"]);
  });
});
