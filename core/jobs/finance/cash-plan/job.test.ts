import { describe, expect, it } from "vitest";
import { runJob } from "../../registry";
import type { BookData, CellValue, SheetData } from "../../../table/sheetData";
import { Dec } from "../../../values/decimal";
import { CASH_PLAN_JOB } from "./job";
import { evaluatedFormulas as recalculate, fen } from "../../../sheets/recalculate.testkit";

function sheet(name: string, values: CellValue[][], ownerKey?: string): SheetData {
  const out: SheetData = { name, values, origin: { row: 1, column: 1 } };
  if (ownerKey !== undefined) out.ownerKey = ownerKey;
  return out;
}

/*
 * The golden case: the plan for 2026-12 made on 2026-11-20, so payments up to 2026-11-20 count.
 *
 *   charges (应收)                                   paid by 11-20         expected in December
 *   1-101 物业管理费 2026-11  200.00 due 11-30        -                     arrears, no promise: 0
 *   1-101 物业管理费 2026-12  200.00 due 12-31        -                     due 200.00
 *   1-101 停车费     2026-12  300.00 due 12-10        100.00 on 11-15       due 200.00
 *   1-102 物业管理费 2026-10/11/12  150.00 each       -                     promise 12-15: 450.00 promised, once
 *   1-103 物业管理费 2026-12  180.00                  180.00 prepaid 11-05  0
 *   1-103 物业管理费 2027-01  180.00                  -                     due in January: 0
 *   1-104 水费       2026-12   38.50 due 12-20        38.50 on 11-25        payment after as-of: due 38.50
 *   1-105 物业管理费 2026-11  220.00, 2026-12 220.00  -                     promise 2027-01-10 (not Dec): due 220.00
 *   1-106 物业管理费 2026-12  160.00                  160.00 on 11-10       promise 12-05 but nothing owed: 0
 *
 *   due: 物业管理费 200.00 + 220.00 = 420.00 (2 charges); 停车费 200.00 (1); 水费 38.50 (1) -> 658.50
 *   promised: 1-102 450.00 (the older note of 11-30 is superseded by the later row of 12-15: counted once)
 *   receipts total = 658.50 + 450.00 = 1,108.50
 *
 *   spending (用款计划) in December: 工程部 3,600.00 + 2,800.00 = 6,400.00; 保洁部 6,500.00 -> 12,900.00;
 *   the 4,500.00 of 2027-01-10 belongs to January's plan.
 *   net = 1,108.50 - 12,900.00 = -11,791.50
 */
const CHARGES = sheet("应收", [
  ["阳光花园 收费台账"],
  ["房号", "业主", "收费项目", "所属期间", "应收金额", "到期日"],
  ["1-101", "张三", "物业管理费", "2026-11", 200, null],
  ["1-101", "张三", "物业管理费", "2026-12", 200, null],
  ["1-101", "张三", "停车费", "2026-12", 300, "2026-12-10"],
  ["1-102", "李四", "物业管理费", "2026-10", 150, null],
  ["1-102", "李四", "物业管理费", "2026-11", 150, null],
  ["1-102", "李四", "物业管理费", "2026-12", 150, null],
  ["1-103", "王五", "物业管理费", "2026-12", 180, null],
  ["1-103", "王五", "物业管理费", "2027-01", 180, null],
  ["1-104", "赵六", "水费", "2026-12", 38.5, "2026-12-20"],
  ["1-105", "钱七", "物业管理费", "2026-11", 220, null],
  ["1-105", "钱七", "物业管理费", "2026-12", 220, null],
  ["1-106", "孙八", "物业管理费", "2026-12", 160, null],
  ["合计", null, null, null, 2348.5],
]);
const PAYMENTS = sheet("实收", [
  ["收据号", "收款日期", "房号", "收费项目", "所属期间", "实收金额"],
  ["R001", "2026-11-15", "1-101", "停车费", "2026-12", 100],
  ["R002", "2026-11-05", "1-103", "物业管理费", "2026-12", 180],
  ["R003", "2026-11-25", "1-104", "水费", "2026-12", 38.5],
  ["R004", "2026-11-10", "1-106", "物业管理费", "2026-12", 160],
]);
const FOLLOW_UPS = sheet("催缴", [
  ["房号", "收费项目", "未收原因", "预计交款时间"],
  ["1-102", "物业管理费", "经济困难", "2026-11-30"],
  ["1-102", "物业管理费", "已承诺年底前缴清", "2026-12-15"],
  ["1-105", "物业管理费", "业主在外地", "2027-01-10"],
  ["1-106", "物业管理费", "已缴清", "2026-12-05"],
]);
const SPENDING = sheet("用款计划", [
  ["阳光花园 2026年12月 用款计划"],
  ["项目：阳光花园"],
  ["序号", "部门", "用途", "金额", "日期", "备注"],
  [1, "工程部", "电梯维保费", 3600, "2026-12-08", "合同按月付"],
  [2, "保洁部", "垃圾清运费", "¥6,500.00", "2026-12-05", null],
  [3, "工程部 ", "水箱清洗", 2800, "2026/12/15", null],
  [4, "工程部", "消防检测", 4500, "2027-01-10", "下月"],
  ["合计", null, null, 17400],
]);

const book = (...sheets: SheetData[]): BookData => ({ date1904: false, sheets });
const PARAMS = { today: "2026-11-20", lang: "zh-CN" } as const;
const GOLDEN = book(CHARGES, PAYMENTS, FOLLOW_UPS, SPENDING);

describe("cash plan: the hand-worked case", () => {
  const result = runJob(CASH_PLAN_JOB, GOLDEN, PARAMS);
  const { report } = result;

  it("plans next month as of today, due on the 10th", () => {
    expect([report.month, report.asOf, report.dueDate, report.project]).toEqual([
      "2026-12",
      "2026-11-20",
      "2026-11-10",
      "阳光花园",
    ]);
    expect(result.issues).toEqual([]);
  });

  it("expects the charges falling due per fee type and the promise once", () => {
    expect(report.receipts).toEqual({
      dueCharges: [
        { feeType: "物业管理费", charges: 2, amount: "420.00" },
        { feeType: "停车费", charges: 1, amount: "200.00" },
        { feeType: "水费", charges: 1, amount: "38.50" },
      ],
      promised: [
        {
          unit: "1-102",
          customer: "李四",
          feeType: "物业管理费",
          promisedDate: "2026-12-15",
          reason: "已承诺年底前缴清",
          fromPeriod: "2026-10",
          toPeriod: "2026-12",
          charges: 3,
          amount: "450.00",
        },
      ],
      dueChargesTotal: "658.50",
      promisedTotal: "450.00",
      total: "1108.50",
    });
  });

  it("sums the month's spending per department and leaves other months out", () => {
    expect(report.spending.byDepartment).toEqual([
      { department: "工程部", rows: 2, amount: "6400.00" },
      { department: "保洁部", rows: 1, amount: "6500.00" },
    ]);
    expect(report.spending.rows.map((r) => [r.department, r.purpose, r.date, r.amount, r.row])).toEqual([
      ["工程部", "电梯维保费", "2026-12-08", "3600.00", 4],
      ["工程部", "水箱清洗", "2026-12-15", "2800.00", 6],
      ["保洁部", "垃圾清运费", "2026-12-05", "6500.00", 5],
    ]);
    expect([report.spending.total, report.spending.otherMonths, report.net]).toEqual([
      "12900.00",
      1,
      "-11791.50",
    ]);
  });

  it("its parts add up to its totals, exactly", () => {
    const sum = (xs: string[]) => xs.reduce((s, x) => s.plus(x), new Dec(0)).toFixed(2);
    const r = report.receipts;
    expect(sum(r.dueCharges.map((d) => d.amount))).toBe(r.dueChargesTotal);
    expect(sum(r.promised.map((p) => p.amount))).toBe(r.promisedTotal);
    expect(sum([r.dueChargesTotal, r.promisedTotal])).toBe(r.total);
    expect(sum(report.spending.byDepartment.map((d) => d.amount))).toBe(report.spending.total);
    expect(sum(report.spending.rows.map((d) => d.amount))).toBe(report.spending.total);
    expect(new Dec(r.total).minus(report.spending.total).toFixed(2)).toBe(report.net);
  });

  it("writes one sheet whose formulas, recalculated, give the report's figures", () => {
    expect(result.sheets.map((s) => s.name)).toEqual(["回款与用款计划 2026-12", "问题清单 2026-12 用款计划"]);
    const spec = result.sheets[0]!;
    const formulas = recalculate(spec);
    for (const f of formulas) expect(fen(f.computed), f.at).toBe(Math.round(Number(f.written) * 100));
    const labelled = (text: string) => {
      const row = spec.cells.findIndex((cells) => cells[0] === text) + 1;
      const found = formulas.find((f) => f.at === `D${row}`);
      if (found === undefined) throw new Error(`no formula on the ${text} row`);
      return found;
    };
    expect(fen(labelled("到期应收小计").computed)).toBe(65_850);
    expect(fen(labelled("承诺交款小计").computed)).toBe(45_000);
    expect(fen(labelled("预计回款合计").computed)).toBe(110_850);
    expect(fen(labelled("工程部小计").computed)).toBe(640_000);
    expect(fen(labelled("用款合计").computed)).toBe(1_290_000);
    expect(fen(labelled("三、净额（预计回款－用款）").computed)).toBe(-1_179_150);
    expect(labelled("预计回款合计").formula).toMatch(/^SUBTOTAL\(9,D\d+:D\d+\)$/);
  });

  it("prints the form: title, month, signature lines 项目负责人 / 会计 / 总经理, A4", () => {
    const spec = result.sheets[0]!;
    const text = spec.cells.flat().filter((c): c is string => typeof c === "string");
    expect(text[0]).toBe("回款与用款计划表");
    expect(text.some((t) => t.includes("计划月份：2026-12"))).toBe(true);
    for (const signer of ["项目负责人", "会计", "总经理"]) {
      expect(text.some((t) => t.startsWith(`${signer}：`))).toBe(true);
    }
    expect(spec.print).toMatchObject({ paper: "A4", fitToWidth: true });
  });

  it("summarises in one line", () => {
    expect(CASH_PLAN_JOB.summarize(report, "zh-CN")).toEqual([
      "2026-12：预计回款 1,108.50 元（到期应收 658.50，承诺交款 450.00），计划用款 12,900.00 元，净额 -11,791.50 元",
    ]);
  });

  it("names its sheet in the reader's language", () => {
    expect(runJob(CASH_PLAN_JOB, GOLDEN, { ...PARAMS, lang: "zh-TW" }).sheets[0]?.name).toBe(
      "回款與用款計劃 2026-12",
    );
    expect(runJob(CASH_PLAN_JOB, GOLDEN, { ...PARAMS, lang: "en" }).sheets[0]?.name).toBe(
      "Cash plan 2026-12",
    );
  });
});

describe("cash plan: periods and notes", () => {
  it("re-made inside the month, still counts payments up to the day before it (the plan stays the plan)", () => {
    const late = runJob(CASH_PLAN_JOB, GOLDEN, {
      today: "2026-12-09",
      lang: "zh-CN",
      month: "2026-12",
    }).report;
    // As of 11-30 the 11-25 water payment is known: 水费 is no longer expected; the rest is as in the golden case.
    expect(late.asOf).toBe("2026-11-30");
    expect(late.receipts.dueCharges.map((d) => [d.feeType, d.amount])).toEqual([
      ["物业管理费", "420.00"],
      ["停车费", "200.00"],
    ]);
    expect(late.receipts.total).toBe("1070.00");
  });

  it("takes the promise date typed into the last receivables list when it is later than the follow-up sheet's", () => {
    const list = sheet(
      "应收未收明细 2026-11-30",
      [
        ["应收未收费用明细表"],
        ["楼栋", "房号", "业主", "收费项目", "欠费金额", "未收原因", "预计交款时间"],
        ["1", "1-105", "钱七", "物业管理费", 220, "出差", "2026-12-28"],
      ],
      "collection/receivables/2026-11-30",
    );
    const { report, issues } = runJob(
      CASH_PLAN_JOB,
      book(CHARGES, PAYMENTS, FOLLOW_UPS, SPENDING, list),
      PARAMS,
    );
    expect(issues).toEqual([]);
    // 1-105 now promises 2026-12-28... but the follow-up sheet's 2027-01-10 is later and wins (as collection
    // keeps the later promise), so nothing changes.
    expect(report.receipts.promised.map((p) => p.unit)).toEqual(["1-102"]);
    const sooner = sheet("催缴", FOLLOW_UPS.values.slice(0, 3));
    const moved = runJob(CASH_PLAN_JOB, book(CHARGES, PAYMENTS, sooner, SPENDING, list), PARAMS).report;
    // Without the follow-up row of 2027-01-10, the list's 2026-12-28 holds: 1-105 owes 220.00 + 220.00 = 440.00.
    expect(moved.receipts.promised.map((p) => [p.unit, p.promisedDate, p.amount])).toEqual([
      ["1-102", "2026-12-15", "450.00"],
      ["1-105", "2026-12-28", "440.00"],
    ]);
    expect(moved.receipts.dueCharges.map((d) => [d.feeType, d.amount])).toEqual([
      ["物业管理费", "200.00"],
      ["停车费", "200.00"],
      ["水费", "38.50"],
    ]);
    expect(moved.receipts.total).toBe("1328.50");
  });

  it("runs with an empty spending plan: no spending, the receipts are the net", () => {
    const empty = sheet("用款计划", [["部门", "用途", "金额", "日期"]]);
    const { report, issues } = runJob(CASH_PLAN_JOB, book(CHARGES, PAYMENTS, FOLLOW_UPS, empty), PARAMS);
    expect(issues).toEqual([]);
    expect([report.spending.total, report.net]).toEqual(["0.00", "1108.50"]);
  });
});
