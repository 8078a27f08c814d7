import { describe, expect, it } from "vitest";
import type { CellValue, SheetData } from "./sheetData";
import { PAYMENT_TABLE } from "../receivables/inputs";
import { headerColumns } from "./headerColumns";

function sheet(name: string, values: CellValue[][], origin = { row: 1, column: 1 }): SheetData {
  return { name, values, origin };
}

describe("headerColumns", () => {
  it("finds each declared column's letter below title rows, from the sheet's origin, first one wins", () => {
    const payments = sheet(
      "实收",
      [
        ["收款明细"],
        ["日期", "房号", "收费项目", "实收金额", "收据号", "收款方式", "收据号"],
        ["2026-11-10", "1-101", "物业费", 300, "NO.1", "现金", "NO.9"],
      ],
      { row: 3, column: 2 },
    );
    expect(headerColumns(payments, PAYMENT_TABLE)).toEqual({
      date: "B",
      unit: "C",
      feeType: "D",
      amount: "E",
      receipt: "F",
      method: "G",
    });
    expect(headerColumns(sheet("空", [["说明"]]), PAYMENT_TABLE)).toEqual({});
  });
});
