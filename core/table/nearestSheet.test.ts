import { describe, expect, it } from "vitest";
import { missingInputParams, shapeOf } from "./nearestSheet";
import { column, table } from "./declaration";
import { label, type Lang } from "../i18n/label";
import type { BookData, CellValue, SheetData } from "./sheetData";

function sheet(name: string, values: CellValue[][], ownerKey?: string): SheetData {
  const out: SheetData = { name, values, origin: { row: 1, column: 1 } };
  if (ownerKey !== undefined) out.ownerKey = ownerKey;
  return out;
}
const book = (...sheets: SheetData[]): BookData => ({ date1904: false, sheets });
const days = (n: number, f: (d: number) => CellValue = (d) => d) =>
  Array.from({ length: n }, (_, i) => f(i + 1));

const CHARGES = table({
  role: "charges",
  label: label("收费台账", "收費台帳", "charges ledger"),
  sheetNameHints: ["收费"],
  columns: [
    column({
      key: "unit",
      label: label("房号", "房號", "Unit"),
      synonyms: ["房号", "单元", "户号", "房间号", "Unit", "Room"],
      type: "text",
      required: true,
    }),
    column({
      key: "feeType",
      label: label("收费项目", "收費項目", "Fee type"),
      synonyms: ["收费项目", "费用类型"],
      type: "text",
      required: true,
    }),
    column({
      key: "amountDue",
      label: label("应收金额", "應收金額", "Amount due"),
      synonyms: ["应收金额", "应收", "金额", "Amount due"],
      type: "money",
      required: true,
    }),
    column({ key: "customer", label: label("业主", "業主", "Customer"), synonyms: ["业主"], type: "text" }),
  ],
});

describe("shapeOf tells what a sheet looks like from its first rows", () => {
  it.each<[string, CellValue[][], string, string]>([
    [
      "months as columns",
      [
        ["2026年物业费"],
        ["房号", "业主", ...days(12, (m) => `${m}月`)],
        ["1-101", "张三", ...days(12, () => 300)],
      ],
      "月份横排成列：1月…12月",
      "months as columns: 1月…12月",
    ],
    [
      "months written with their year",
      [
        ["房号", "2026-01", "2026-02", "2026-03", "2026-04"],
        ["1-101", 1, 2, 3, 4],
      ],
      "月份横排成列：2026-01…2026-04",
      "months as columns: 2026-01…2026-04",
    ],
    [
      "a day grid, days as numbers",
      [
        ["姓名", "部门", ...days(31)],
        ["张三", "工程部", ...days(31, () => "√")],
      ],
      "日期横排成列：1…31，像考勤表",
      "a day grid, days as columns: 1…31, like an attendance sheet",
    ],
    [
      "a day grid, days as text",
      [["11月考勤"], ["姓名", ...days(30, (d) => `${d}日`)], ["张三", ...days(30, () => "√")]],
      "日期横排成列：1日…30日，像考勤表",
      "a day grid, days as columns: 1日…30日, like an attendance sheet",
    ],
    [
      "receipts, issues and balance side by side",
      [
        ["物资名称", "期初结存", "本月入库", "本月出库", "期末结存"],
        ["A4纸", 1, 2, 1, 2],
      ],
      "入库、出库、结存并列，像收发存台账",
      "receipts, issues and balance side by side, like a stock ledger",
    ],
    [
      "receipts and issues in a two-row band",
      [
        ["物资名称", "入库", null, "出库", null],
        [null, "数量", "金额", "数量", "金额"],
      ],
      "入库、出库、结存并列，像收发存台账",
      "receipts, issues and balance side by side, like a stock ledger",
    ],
    [
      "a single column",
      [["名单"], ["张三"], ["李四"], ["王五"], ["赵六"], ["钱七"], ["孙八"]],
      "只有一列的清单",
      "a single-column list",
    ],
    ["mostly empty", [["会议记录"], [null, "周一"]], "几乎是空的", "mostly empty"],
    [
      "another table, by its headers",
      [
        ["时间", "地点", "人员", "事项", "结果", "备注", "签字"],
        ["周一", "会议室", "张三", "例会", "好", "", "张"],
      ],
      "表头为：时间、地点、人员、事项、结果、备注、…",
      "headers: 时间, 地点, 人员, 事项, 结果, 备注, …",
    ],
  ])("%s", (_what, values, zh, en) => {
    const shape = shapeOf(sheet("表", values));
    expect(shape["zh-CN"]).toBe(zh);
    expect(shape.en).toBe(en);
    expect(shape["zh-TW"]).not.toBe("");
  });
});

describe("missingInputParams names the nearest sheet and the headers looked for", () => {
  const ledger = sheet("2026年台账", [
    ["房号", "业主", "1月", "2月", "3月"],
    ["1-101", "张三", 1, 2, 3],
  ]);
  const notes = sheet("说明", [
    ["本工作簿记录收费情况"],
    ["请勿修改"],
    ["第三行"],
    ["第四行"],
    ["第五行"],
    ["第六行"],
  ]);

  it("takes the sheet naming the most of the table's headers", () => {
    expect(missingInputParams(book(notes, ledger), [CHARGES]).nearest).toBe("2026年台账");
  });

  it("lets a name hint break a tie, and falls back to the first sheet holding anything", () => {
    const hinted = sheet("收费", [["备忘"], ["一"], ["二"], ["三"], ["四"], ["五"], ["六"]]);
    expect(missingInputParams(book(notes, hinted), [CHARGES]).nearest).toBe("收费");
    expect(missingInputParams(book(sheet("空", [[null]]), notes), [CHARGES]).nearest).toBe("说明");
  });

  it("names none in an empty workbook, and says when only PropDesk's own sheets hold anything", () => {
    const empty = missingInputParams(book(), [CHARGES]);
    expect(empty.nearest).toEqual(label("无", "無", "none"));
    expect(empty.shape).toEqual(label("工作簿是空的", "活頁簿是空的", "the workbook is empty"));
    expect(missingInputParams(book(sheet("空", [[null, ""]])), [CHARGES]).shape).toEqual(empty.shape);
    const own = missingInputParams(book(sheet("应收未收明细", [["房号"], ["1-101"]], "collection/x")), [
      CHARGES,
    ]);
    expect(own.nearest).toEqual(empty.nearest);
    expect((own.shape as Record<Lang, string>).en).toBe("only sheets PropDesk wrote");
  });

  it.each<[Lang, string]>([
    ["zh-CN", "房号（单元、户号、房间号）；收费项目（费用类型）；应收金额（应收、金额）"],
    ["zh-TW", "房號（单元、户号、房间号）；收費項目（费用类型）；應收金額（应收、金额）"],
    ["en", "Unit (房号, 单元, 户号); Fee type (收费项目, 费用类型); Amount due (应收金额, 应收, 金额)"],
  ])("lists each required header with a few synonyms in %s", (lang, expected) => {
    expect((missingInputParams(book(), [CHARGES]).expected as Record<Lang, string>)[lang]).toBe(expected);
  });

  it("names each table when any of several would do", () => {
    const other = table({ ...CHARGES, role: "other", label: label("其他", "其他", "other") });
    const expected = missingInputParams(book(), [CHARGES, other]).expected as Record<Lang, string>;
    expect(expected["zh-CN"]).toMatch(/^收费台账：房号.*；或其他：房号/);
    expect(expected.en).toMatch(/^charges ledger: Unit .*; or other: Unit/);
  });
});
