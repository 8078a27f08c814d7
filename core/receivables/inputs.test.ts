import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { locateInputs } from "../table/locateInputs";
import type { BookData, CellValue, SheetData } from "../table/sheetData";
import { HOLIDAY_TABLE } from "../calendar/holidayTable";
import { CHARGE_TABLE, COLLECTION_TABLES, FOLLOW_UP_TABLE, PAYMENT_TABLE, TARGET_TABLE } from "./inputs";

type Role = "charges" | "payments" | "targets" | "follow-ups";

const SIMPLIFIED: Record<Role, CellValue[][]> = {
  charges: [
    ["阳光花园收费台账"],
    ["序号", "房号", "业主姓名", "收费项目", "所属期间", "建筑面积", "应收金额", "到期日"],
    [1, "3-1-502", "张伟", "物业管理费", "2026-03", 89.5, 196.9, "2026-03-31"],
  ],
  payments: [
    ["收款明细"],
    ["收据号", "收款日期", "房号", "业主", "收费项目", "所属期间", "实收金额", "收款方式", "备注"],
    ["NO.0012001", "2026-03-05", "3-1-502", "张伟", "物业管理费", "2026-03", 196.9, "微信", null],
  ],
  targets: [["2026年度收缴率指标"], ["收费项目", "目标收缴率", "备注"], ["物业管理费", 0.95, null]],
  "follow-ups": [
    ["催缴跟进记录"],
    ["房号", "业主", "收费项目", "未收原因", "预计交款时间", "跟进人"],
    ["3-1-502", "张伟", "物业管理费", "经济困难", "2026-04-15", "陈晓"],
  ],
};

const TRADITIONAL: Record<Role, CellValue[]> = {
  charges: ["序號", "房號", "業主姓名", "收費項目", "所屬期間", "建築面積", "應收金額", "到期日"],
  payments: ["收據號", "收款日期", "房號", "業主", "收費項目", "所屬期間", "實收金額", "收款方式", "備註"],
  targets: ["收費項目", "目標收繳率", "備註"],
  "follow-ups": ["房號", "業主", "收費項目", "未收原因", "預計交款時間", "跟進人"],
};

const ROLES: Role[] = ["charges", "payments", "targets", "follow-ups"];
const SPECS = [...COLLECTION_TABLES, HOLIDAY_TABLE];

function sheetFor(role: Role, name: string, traditional: boolean): SheetData {
  const values = SIMPLIFIED[role].map((row, i) => (i === 1 && traditional ? TRADITIONAL[role] : row));
  return { name, values, origin: { row: 1, column: 1 } };
}

function placed(book: BookData): Record<string, string[]> {
  const found = locateInputs(book, SPECS);
  return Object.fromEntries([...found.byRole].map(([role, sheets]) => [role, sheets.map((s) => s.name)]));
}

describe("the collection input tables", () => {
  it("declares the roles charges, payments, the month-wide ledger, targets and follow-ups (the last three optional)", () => {
    expect(COLLECTION_TABLES.map((t) => [t.role, t.optional === true])).toEqual([
      ["charges", false],
      ["payments", false],
      ["fee-ledger", true],
      ["targets", true],
      ["follow-ups", true],
    ]);
  });

  it("places each of the four sheets by its headers alone, in any order, one with Traditional headers", () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(ROLES, { minLength: 4 }),
        fc.constantFrom<Role | null>(null, ...ROLES),
        (order, traditional) => {
          const book: BookData = {
            date1904: false,
            sheets: order.map((role, i) => sheetFor(role, `Sheet${i + 1}`, role === traditional)),
          };
          const expected = Object.fromEntries(
            ROLES.map((role) => [role, [`Sheet${order.indexOf(role) + 1}`]]),
          );
          expect(placed(book)).toEqual({ ...expected, "fee-ledger": [], holidays: [] });
          expect(locateInputs(book, SPECS).issues).toEqual([]);
        },
      ),
    );
  });

  it("places sheets whose names and headers say the usual things", () => {
    const book: BookData = {
      date1904: false,
      sheets: [
        sheetFor("follow-ups", "催缴跟进", false),
        sheetFor("payments", "收款明细", true),
        sheetFor("targets", "年度指标", false),
        sheetFor("charges", "应收台账", false),
        {
          name: "节假日",
          origin: { row: 1, column: 1 },
          values: [
            ["日期", "类型"],
            ["2026-10-10", "班"],
          ],
        },
      ],
    };
    expect(placed(book)).toEqual({
      charges: ["应收台账"],
      payments: ["收款明细"],
      "fee-ledger": [],
      targets: ["年度指标"],
      "follow-ups": ["催缴跟进"],
      holidays: ["节假日"],
    });
  });

  it.each<[string, CellValue[], Role]>([
    [
      "a payment sheet that names its amount 金额 and its period",
      ["日期", "房号", "收费项目", "所属期间", "金额"],
      "payments",
    ],
    ["a charge sheet that names its amount 金额", ["房号", "收费项目", "所属期间", "金额"], "charges"],
    ["a charge sheet with a due date", ["户号", "客户", "费用类型", "账期", "应收", "应缴日期"], "charges"],
    [
      "a payment sheet without receipt numbers or methods",
      ["收款日期", "单元", "费用名称", "实收"],
      "payments",
    ],
    [
      "English charge headers",
      ["Unit", "Customer", "Fee type", "Period", "Amount due", "Due date"],
      "charges",
    ],
    ["English payment headers", ["Receipt no.", "Date", "Unit", "Fee type", "Amount", "Method"], "payments"],
    ["English target headers", ["Fee type", "Target"], "targets"],
    ["English follow-up headers", ["Unit", "Fee type", "Reason", "Expected date"], "follow-ups"],
    ["a follow-up sheet without dates", ["房号", "收费项目", "原因"], "follow-ups"],
    ["a target sheet with 计划指标", ["项目", "计划指标"], "targets"],
  ])("%s is placed as %s", (_what, header, role) => {
    const book: BookData = {
      date1904: false,
      sheets: [{ name: "Sheet1", values: [header], origin: { row: 1, column: 1 } }],
    };
    expect(placed(book)[role]).toEqual(["Sheet1"]);
  });

  it("sends a sheet that names only a unit and a fee type to no role", () => {
    const book: BookData = {
      date1904: false,
      sheets: [{ name: "Sheet1", values: [["房号", "收费项目", "备注"]], origin: { row: 1, column: 1 } }],
    };
    const found = locateInputs(book, SPECS);
    expect(found.issues.map((i) => [i.code, i.sheet ?? ""])).toContainEqual(["sheet_not_placed", "Sheet1"]);
  });

  it("requires the charges and the payments, not the targets and notes", () => {
    const found = locateInputs({ date1904: false, sheets: [] }, SPECS);
    expect(found.issues.map((i) => [i.code, i.params?.["table"]])).toEqual([
      ["no_input_sheet", CHARGE_TABLE.label],
      ["no_input_sheet", PAYMENT_TABLE.label],
    ]);
  });

  it("keeps one target sheet", () => {
    expect(TARGET_TABLE.single).toBe(true);
    expect(FOLLOW_UP_TABLE.single).toBeUndefined();
  });
});
