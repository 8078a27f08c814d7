import { describe, expect, it } from "vitest";
import { findJob, runJob } from "./registry";
import type { JobDefinition, JobParams } from "./job";
import { formatIssue } from "../i18n/formatIssue";
import type { Lang } from "../i18n/label";
import type { BookData, CellValue } from "../table/sheetData";

const job = (id: string) => findJob(id) as JobDefinition;
const book = (...sheets: [string, CellValue[][]][]): BookData => ({
  date1904: false,
  sheets: sheets.map(([name, values]) => ({ name, values, origin: { row: 1, column: 1 } })),
});
const range = (n: number, f: (i: number) => CellValue): CellValue[] =>
  Array.from({ length: n }, (_, i) => f(i + 1));

const FEE_LEDGER = book([
  "2026年物业费",
  [
    ["2026年物业费收缴台账"],
    ["房号", "业主", "收费项目", ...range(12, (m) => `${m}月`)],
    ["1-101", "张三", "物业费", ...range(12, () => 300)],
    ["1-102", "李四", "物业费", ...range(12, () => 280)],
  ],
]);
const STOCK_LEDGER = book([
  "收发存台账",
  [
    ["物资收发存台账 2026年11月"],
    ["物资名称", "规格", "单位", "期初结存", "本月入库", "本月出库", "期末结存"],
    ["A4纸", "70g", "包", 10, 20, 15, 15],
    ["灯管", "T8", "支", 5, 10, 3, 12],
  ],
]);
const ROSTER_GRID = book([
  "11月考勤",
  [
    ["11月考勤表"],
    ["姓名", "部门", ...range(30, (d) => d)],
    ["张三", "工程部", ...range(30, () => "√")],
    ["李四", "保洁部", ...range(30, () => "√")],
  ],
]);

/** A workbook given to a job it cannot serve, and what the refusal must say in each language. */
const CASES: {
  what: string;
  job: string;
  book: BookData;
  params: Partial<JobParams>;
  messages: Record<Lang, string>;
}[] = [
  {
    what: "a fee ledger with months as columns (no payment dates) given to the weekly collection list",
    job: "weekly-collection",
    book: FEE_LEDGER,
    params: { asOf: "2026-11-25" },
    messages: {
      "zh-CN":
        "工作簿中找不到收款明细（实收）。最接近的工作表：2026年物业费（月份横排成列：1月…12月）。" +
        "应有的表头：收款日期（日期、缴费日期、交款日期）；房号（单元、户号、房间号）；" +
        "收费项目（费用类型、费用名称、项目）；实收金额（金额、实收、收款金额）",
      "zh-TW":
        "活頁簿中找不到收款明細（實收）。最接近的工作表：2026年物业费（月份橫排成欄：1月…12月）。" +
        "應有的表頭：收款日期（日期、缴费日期、交款日期）；房號（单元、户号、房间号）；" +
        "收費項目（费用类型、费用名称、项目）；實收金額（金额、实收、收款金额）",
      en:
        "The workbook has no payments list. Nearest sheet: 2026年物业费 (months as columns: 1月…12月). " +
        "Headers looked for: Date (收款日期, 日期, 缴费日期); Unit (房号, 单元, 户号); " +
        "Fee type (收费项目, 费用类型, 费用名称); Amount (实收金额, 金额, 实收)",
    },
  },
  {
    what: "a one-sheet 收发存台账 given to inventory",
    job: "inventory",
    book: STOCK_LEDGER,
    params: { month: "2026-11" },
    messages: {
      "zh-CN":
        "工作簿中找不到入库明细。最接近的工作表：收发存台账（入库、出库、结存并列，像收发存台账）。" +
        "应有的表头：入库日期（日期、收货日期）；物资名称（名称、品名、物品名称）；单位（计量单位）；" +
        "入库数量（数量、收货数量）",
      "zh-TW":
        "活頁簿中找不到入庫明細。最接近的工作表：收发存台账（入庫、出庫、結存並列，像收發存台帳）。" +
        "應有的表頭：入庫日期（日期、收货日期）；物資名稱（名称、品名、物品名称）；單位（计量单位）；" +
        "入庫數量（数量、收货数量）",
      en:
        "The workbook has no receipts. Nearest sheet: 收发存台账 (receipts, issues and balance side by side, " +
        "like a stock ledger). Headers looked for: Receipt date (入库日期, 日期, 收货日期); " +
        "Item (物资名称, 名称, 品名); Unit (单位, 计量单位, UOM); Quantity received (入库数量, 数量, 收货数量)",
    },
  },
  {
    // Attendance reads such a grid without an employee list (its people are the employees); another job refuses
    // it. The purchase plan sees the day headers as typed (1…30): only attendance makes them 1日…30日.
    what: "a roster grid given to the purchase plan",
    job: "purchase-plan",
    book: ROSTER_GRID,
    params: { month: "2027-01" },
    messages: {
      "zh-CN":
        "工作簿中找不到物资采购申请单。最接近的工作表：11月考勤（日期横排成列：1…30，像考勤表）。" +
        "应有的表头：物资名称（名称、品名、物品名称）；单位（计量单位）；数量（申请数量、申购数量）",
      "zh-TW":
        "活頁簿中找不到物資採購申請單。最接近的工作表：11月考勤（日期橫排成欄：1…30，像考勤表）。" +
        "應有的表頭：物資名稱（名称、品名、物品名称）；單位（计量单位）；數量（申请数量、申购数量）",
      en:
        "The workbook has no purchase request sheet. Nearest sheet: 11月考勤 (a day grid, days as columns: 1…30, " +
        "like an attendance sheet). Headers looked for: Item (物资名称, 名称, 品名); Unit (单位, 计量单位, UOM); " +
        "Quantity (数量, 申请数量, 申购数量)",
    },
  },
  {
    what: "an empty workbook given to the purchase plan",
    job: "purchase-plan",
    book: book(),
    params: { month: "2027-01" },
    messages: {
      "zh-CN":
        "工作簿中找不到物资采购申请单。最接近的工作表：无（工作簿是空的）。" +
        "应有的表头：物资名称（名称、品名、物品名称）；单位（计量单位）；数量（申请数量、申购数量）",
      "zh-TW":
        "活頁簿中找不到物資採購申請單。最接近的工作表：無（活頁簿是空的）。" +
        "應有的表頭：物資名稱（名称、品名、物品名称）；單位（计量单位）；數量（申请数量、申购数量）",
      en:
        "The workbook has no purchase request sheet. Nearest sheet: none (the workbook is empty). " +
        "Headers looked for: Item (物资名称, 名称, 品名); Unit (单位, 计量单位, UOM); Quantity (数量, 申请数量, 申购数量)",
    },
  },
];

describe("a refusal says what was found: the nearest sheet, what it looks like, the headers looked for", () => {
  describe.each(CASES)("$what", ({ job: id, book: input, params, messages }) => {
    it.each<Lang>(["zh-CN", "zh-TW", "en"])("%s", (lang) => {
      const run = runJob(job(id), input, { today: "2026-12-01", lang, ...params });
      expect(run.unusable).toBe(true);
      expect(run.sheets).toEqual([]);
      const refusals = run.issues.filter((i) => i.code === "no_input_sheet" && i.severity === "error");
      expect(refusals.length).toBeGreaterThan(0);
      expect(formatIssue(refusals[0]!, lang)).toBe(messages[lang]);
    });
  });
});
