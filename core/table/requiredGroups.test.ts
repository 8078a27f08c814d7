import { describe, expect, it } from "vitest";
import { label } from "../i18n/label";
import { column, table } from "./declaration";
import { findHeader } from "./findHeader";
import { HeaderMatcher } from "./headerMatcher";
import { locateInputs } from "./locateInputs";
import { missingInputParams } from "./nearestSheet";
import { readTable } from "./readTable";
import type { CellValue, SheetData } from "./sheetData";

/** A ledger with a unit and a family of month columns: some month, any month, must be there. */
const LEDGER = table({
  role: "ledger",
  label: label("台账", "台帳", "ledger"),
  requiredGroups: [
    {
      key: "months",
      label: label("月份列", "月份欄", "month columns"),
      synonyms: ["1月", "2月", "3月"],
      columns: ["m1", "m2", "m3"],
    },
  ],
  columns: [
    column({
      key: "unit",
      label: label("房号", "房號", "Unit"),
      synonyms: ["房号"],
      type: "text",
      required: true,
    }),
    column({ key: "owner", label: label("业主", "業主", "Owner"), synonyms: ["业主"], type: "text" }),
    column({ key: "m1", label: label("1月", "1月", "Jan"), synonyms: ["1月"], type: "money" }),
    column({ key: "m2", label: label("2月", "2月", "Feb"), synonyms: ["2月"], type: "money" }),
    column({ key: "m3", label: label("3月", "3月", "Mar"), synonyms: ["3月"], type: "money" }),
  ],
});

const sheet = (values: CellValue[][], name = "Sheet1"): SheetData => ({
  name,
  values,
  origin: { row: 1, column: 1 },
});

describe("a required group of columns", () => {
  it.each<[string, CellValue[], string[]]>([
    ["any one month will do", ["房号", "业主", "3月"], []],
    ["all of them too", ["房号", "1月", "2月", "3月"], []],
    ["none of them misses the group", ["房号", "业主"], ["months"]],
    ["a required column is missed as before", ["业主", "1月"], ["unit"]],
  ])("%s", (_what, header, missing) => {
    expect(findHeader(sheet([header, []]), new HeaderMatcher(LEDGER))?.missingRequired).toEqual(missing);
  });

  it("places a sheet in the role only with some member: a unit and an owner alone fit nothing", () => {
    const withMonth = locateInputs({ date1904: false, sheets: [sheet([["房号", "业主", "2月"]])] }, [LEDGER]);
    expect(withMonth.byRole.get("ledger")?.map((s) => s.name)).toEqual(["Sheet1"]);
    const without = locateInputs({ date1904: false, sheets: [sheet([["房号", "业主"]])] }, [LEDGER]);
    expect(without.byRole.get("ledger")).toEqual([]);
  });

  it("is reported as a missing required column by its label and synonyms", () => {
    const read = readTable(
      sheet([
        ["房号", "业主"],
        ["1-101", "张三"],
      ]),
      LEDGER,
      { date1904: false },
    );
    expect(read.issues).toEqual([
      {
        code: "missing_required_column",
        severity: "error",
        sheet: "Sheet1",
        row: 1,
        column: "A",
        params: { field: "months", header: LEDGER.requiredGroups![0]!.label, expected: "1月 / 2月 / 3月" },
      },
    ]);
  });

  it("is named among the headers looked for when no sheet has the table", () => {
    const params = missingInputParams({ date1904: false, sheets: [] }, [LEDGER]);
    expect(params.expected).toMatchObject({ "zh-CN": "房号；月份列（1月、2月、3月）" });
  });

  it("must name columns the table has", () => {
    expect(() =>
      table({ ...LEDGER, requiredGroups: [{ ...LEDGER.requiredGroups![0]!, columns: ["m1", "m13"] }] }),
    ).toThrow(RangeError);
  });
});
