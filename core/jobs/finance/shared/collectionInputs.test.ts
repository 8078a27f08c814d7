import { describe, expect, it } from "vitest";
import type { BookData, CellValue, SheetData } from "../../../table/sheetData";
import { PAYMENT_TABLE } from "../../collection/inputs";
import { collectionDemo } from "../../collection/demo";
import { FEE_STATISTICS_TABLES } from "../fee-statistics/inputs";
import { feeStatisticsDemo } from "../fee-statistics/demo";
import { WEEKLY_COLLECTION_TABLES } from "../weekly-collection/inputs";
import { weeklyCollectionDemo } from "../weekly-collection/demo";
import { readFinanceInputs } from "./collectionInputs";
import { headerColumns } from "./headerColumns";

function sheet(name: string, values: CellValue[][], origin = { row: 1, column: 1 }): SheetData {
  return { name, values, origin };
}

describe("readFinanceInputs", () => {
  const today = "2026-11-20";
  const book: BookData = {
    date1904: false,
    sheets: [...collectionDemo(today), ...weeklyCollectionDemo(today), ...feeStatisticsDemo(today)].map((s) =>
      sheet(s.name, s.rows),
    ),
  };

  it.each([
    ["weekly collection", WEEKLY_COLLECTION_TABLES, "出纳交接"],
    ["fee statistics", FEE_STATISTICS_TABLES, "水电费缴费"],
  ])("places the %s sheets as the collection reader does, plus its own", (_job, tables, own) => {
    const read = readFinanceInputs(book, tables);
    for (const role of ["charges", "payments", "targets", "follow-ups"]) {
      expect(read.found.byRole.get(role)?.map((s) => s.name)).toEqual(
        read.collection.found.byRole.get(role)?.map((s) => s.name),
      );
    }
    expect([...read.found.byRole.values()].flat().map((s) => s.name)).toContain(own);
    expect(read.collection.found.issues.map((i) => i.code)).toContain("sheet_not_placed");
  });

  it("keeps every issue of reading the rows and none of the collection reader's placing", () => {
    const read = readFinanceInputs(book, FEE_STATISTICS_TABLES);
    expect(read.readIssues.map((i) => [i.code, i.sheet])).toEqual([
      ["cell_error", "收费台账"],
      ["not_a_number", "收款明细"],
      ["duplicate_receipt", "收款明细"],
      ["payment_without_charges", "收款明细"],
    ]);
    // Only the other finance job's sheet is left unplaced (hosts drop that warning for sheets another job reads).
    expect(read.found.issues).toEqual([{ code: "sheet_not_placed", severity: "warning", sheet: "出纳交接" }]);
  });

  it("drops the collection reader's missing-charges error when charges are optional", () => {
    const payments = sheet("实收", [
      ["收据号", "收款日期", "房号", "收费项目", "实收金额"],
      ["NO.1", "2026-11-10", "1-101", "物业费", 300],
    ]);
    const read = readFinanceInputs({ date1904: false, sheets: [payments] }, WEEKLY_COLLECTION_TABLES);
    expect(read.collection.issues.map((i) => i.code)).toContain("no_input_sheet");
    expect(read.found.issues).toEqual([]);
    expect(read.readIssues.map((i) => i.code)).toEqual(["payment_without_charges"]);
  });
});

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
