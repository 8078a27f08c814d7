import { describe, expect, it } from "vitest";
import type { Issue } from "../issues";
import { HOLIDAY_TABLE } from "../calendar/holidayTable";
import { placeAlone } from "../table/placedSheets";
import { collectReadings } from "../table/readings";
import type { BookData, CellValue, MergedArea, SheetData } from "../table/sheetData";
import { isoToExcelSerial } from "../values/excelSerial";
import { COLLECTION_TABLES } from "./inputs";
import { readCollectionInputs } from "./readInputs";
import type { Charge, Payment } from "./records";

const MONTHS = Array.from({ length: 12 }, (_, i) => `${i + 1}月`);
const TWELVE = <T>(f: (m: number) => T): T[] => Array.from({ length: 12 }, (_, i) => f(i + 1));

function sheet(name: string, values: CellValue[][], merges?: MergedArea[]): SheetData {
  const out: SheetData = { name, values, origin: { row: 1, column: 1 } };
  if (merges !== undefined) out.merges = merges;
  return out;
}

function read(sheets: SheetData[], near = "2026-11", asOf: string | undefined = "2026-11-30") {
  const book: BookData = { date1904: false, sheets };
  const placed = placeAlone(book, [...COLLECTION_TABLES, HOLIDAY_TABLE]);
  const records = readCollectionInputs(placed, near, asOf);
  return { ...records, placing: placed.issues, placed };
}

const brief = (i: Issue) => [i.code, i.severity, `${i.column ?? ""}${i.row ?? ""}`];
/** A charge as `unit feeType period amount due-date`. */
const chargeText = (c: Charge) => `${c.unit} ${c.feeType} ${c.period} ${c.dueFen} ${c.dueDate}`;
/** A payment as `unit period amount date`, with `?` when it has no date of its own. */
const paymentText = (p: Payment) =>
  `${p.unit} ${p.period ?? "-"} ${p.amountFen} ${p.date}${p.undated ? "?" : ""}`;

/** A one-row ledger for 2026 (title year), `房号 | 业主 | 月应收 | 1月..12月`, and the cells of its row. */
function oneRow(cells: CellValue[], monthly: CellValue = 300): SheetData {
  return sheet("物业费", [
    ["2026年物业费收费台账"],
    ["房号", "业主", "月应收", ...MONTHS],
    ["1-101", "张三", monthly, ...TWELVE((m) => cells[m - 1] ?? null)],
  ]);
}

describe("readFeeLedgers: a month's cell", () => {
  it.each<[string, CellValue, string[]]>([
    ["an amount pays that much of the month", 120, ["1-101 2026-03 12000 2026-03-31?"]],
    ["money text as a money cell takes it", "¥1,234.50", ["1-101 2026-03 123450 2026-03-31?"]],
    ["√ pays the month in full", "√", ["1-101 2026-03 30000 2026-03-31?"]],
    ["✓ too", "✓", ["1-101 2026-03 30000 2026-03-31?"]],
    ["已缴 too", "已缴", ["1-101 2026-03 30000 2026-03-31?"]],
    ["已繳 (Traditional) too", "已繳", ["1-101 2026-03 30000 2026-03-31?"]],
    ["a ticked check box (TRUE) too", true, ["1-101 2026-03 30000 2026-03-31?"]],
    [
      "a date written in it pays the month in full on that date",
      "2026-04-02",
      ["1-101 2026-03 30000 2026-04-02"],
    ],
    ["a date without its year takes the ledger's", "4月2日", ["1-101 2026-03 30000 2026-04-02"]],
    ["blank is unpaid", null, []],
    ["0 is unpaid", 0, []],
    ["× is unpaid", "×", []],
    ["未缴 is unpaid", "未缴", []],
  ])("%s", (_what, cell, payments) => {
    const got = read([oneRow([null, null, cell])]);
    expect(got.payments.map(paymentText)).toEqual(payments);
    expect(got.charges).toHaveLength(12);
    expect(got.issues).toEqual([]);
  });

  it.each<[string, CellValue]>([
    ["—", "—"],
    ["-", "-"],
    ["/", "/"],
    ["免", "免"],
  ])("%s marks a month not charged", (_what, cell) => {
    const got = read([oneRow([null, null, cell])]);
    expect(got.charges.map((c) => c.period)).not.toContain("2026-03");
    expect(got.charges).toHaveLength(11);
    expect(got.payments).toEqual([]);
  });

  it("reads a mark it does not know as unpaid, with a warning at the cell", () => {
    const got = read([oneRow([null, null, "待定"])]);
    expect(got.payments).toEqual([]);
    expect(got.charges).toHaveLength(12);
    expect(got.issues.map(brief)).toEqual([["ledger_mark_unknown", "warning", "F3"]]);
    expect(got.issues[0]!.params).toMatchObject({ value: "待定", field: "m3" });
  });

  it("a date-formatted number in a month cell is the date it was paid, not an amount", () => {
    const ledger = oneRow([isoToExcelSerial("2026-01-20", false)]);
    ledger.numberFormats = [[], [], [null, null, null, "yyyy-mm-dd"].map((f) => f ?? "General")];
    expect(read([ledger]).payments.map(paymentText)).toEqual(["1-101 2026-01 30000 2026-01-20"]);
  });
});

describe("readFeeLedgers: the months' charges and the ledger's own totals", () => {
  it("charges every month column 月应收, due at its end; amounts are dated by the month's end or the as-of date", () => {
    const got = read([oneRow(TWELVE((m) => (m <= 11 ? 300 : "√")))], "2026-11", "2026-11-20");
    expect(got.charges.map(chargeText).slice(0, 2)).toEqual([
      "1-101 物业费 2026-01 30000 2026-01-31",
      "1-101 物业费 2026-02 30000 2026-02-28",
    ]);
    // November is dated the as-of date (11-20), before its end; December, paid ahead, too.
    expect(got.payments.map(paymentText).slice(-2)).toEqual([
      "1-101 2026-11 30000 2026-11-20?",
      "1-101 2026-12 30000 2026-11-20?",
    ]);
  });

  it("takes 面积 × 单价 (half-up) when there is no 月应收", () => {
    // 89.56 m² x 2.20 = 197.032 -> 197.03
    const ledger = sheet("物业费", [
      ["2026年物业费收费台账"],
      ["房号", "面积", "单价", "1月", "2月"],
      ["1-101", 89.56, 2.2, 197.03, null],
    ]);
    const got = read([ledger]);
    expect(got.charges.map((c) => c.dueFen)).toEqual([19703, 19703]);
    expect(got.payments.map(paymentText)).toEqual(["1-101 2026-01 19703 2026-01-31?"]);
  });

  it("falls due as 缴费期限 says: a column, else a line above the table", () => {
    const ledger = sheet("物业费", [
      ["2026年物业费收费台账"],
      ["缴费期限：每月15日前"],
      ["房号", "月应收", "缴费期限", "1月", "2月"],
      ["1-101", 300, null, null, null],
      ["1-102", 300, "次月10日", null, null],
      ["1-103", 300, "随时", null, null],
    ]);
    const got = read([ledger]);
    expect(got.charges.map((c) => `${c.unit} ${c.dueDate}`)).toEqual([
      "1-101 2026-01-15",
      "1-101 2026-02-15",
      "1-102 2026-02-10",
      "1-102 2026-03-10",
      "1-103 2026-01-15",
      "1-103 2026-02-15",
    ]);
    expect(got.issues.map(brief)).toEqual([["ledger_due_unreadable", "warning", "C6"]]);
  });

  it("checks 已收合计 and 欠费 against the months: a mismatch is a warning naming the row and the cell", () => {
    const ledger = sheet("物业费", [
      ["2026年物业费收费台账"],
      ["房号", "月应收", ...MONTHS, "已收合计", "欠费"],
      // paid Jan-Oct: 3,000 of the 3,300 billed by November; the whole year owes 600
      ["1-101", 300, ...TWELVE((m) => (m <= 10 ? 300 : null)), 3000, 300],
      ["1-102", 300, ...TWELVE((m) => (m <= 10 ? 300 : null)), 3000, 600],
      // 已收合计 typed wrong; 欠费 of the billed months, less what was paid ahead, as some offices do: 0
      ["1-103", 300, ...TWELVE(() => 300), 3300, 0],
      ["1-104", 300, ...TWELVE((m) => (m <= 10 ? 300 : null)), 2700, 200],
    ]);
    const got = read([ledger]);
    expect(got.issues.map(brief)).toEqual([
      ["ledger_total_mismatch", "warning", "O5"],
      ["ledger_total_mismatch", "warning", "O6"],
      ["ledger_total_mismatch", "warning", "P6"],
    ]);
    expect(got.issues.map((i) => [i.params?.["unit"], i.params?.["typed"], i.params?.["computed"]])).toEqual([
      ["1-103", "3300.00", "3600.00"],
      ["1-104", "2700.00", "3000.00"],
      ["1-104", "200.00", "300.00"],
    ]);
  });

  it("refuses a row without 月应收 where a month needs it, and a sheet with no way to know a month's charge", () => {
    const rowWithout = sheet("物业费", [
      ["2026年物业费收费台账"],
      ["房号", "月应收", "1月"],
      ["1-101", null, 300],
      ["1-102", 300, 300],
    ]);
    const got = read([rowWithout]);
    expect(got.issues.map(brief)).toEqual([["value_required", "error", "B3"]]);
    expect(got.charges.map((c) => c.unit)).toEqual(["1-102"]);
    const noBasis = sheet("2026年物业费", [
      ["房号", "业主", "收费项目", ...MONTHS],
      ["1-101", "张三", "物业费", ...TWELVE(() => 300)],
    ]);
    const none = read([noBasis]);
    // at the header's first cell: the sheet has no cell for a column it lacks
    expect(none.issues.map(brief)).toEqual([["missing_required_column", "error", "A1"]]);
    expect([none.charges, none.payments]).toEqual([[], []]);
  });
});

describe("readFeeLedgers: 应收 | 实收 under each month", () => {
  /** 停车费 by sheet name; 1月..3月 each over 应收 | 实收 (merged), then 合计 over 应收 | 实收 | 欠费. */
  const PAIRS = sheet(
    "停车费",
    [
      ["阳光花园2026年度收费台账"],
      ["房号", "业主", "1月", null, "2月", null, "3月", null, "合计", null, null],
      [null, null, "应收", "实收", "应收", "实收", "应收", "实收", "应收", "实收", "欠费"],
      ["3-1-101", "孙丽", 150, 150, 150, "√", 150, null, 450, 300, 150],
      ["3-1-102", "周杰", null, null, 200, 100, 200, "—", 400, 100, 300],
      ["合计", null, 150, 150, 350, 250, 350, 0, 850, 400, 450],
    ],
    [
      { top: 2, left: 3, bottom: 2, right: 4 },
      { top: 2, left: 5, bottom: 2, right: 6 },
      { top: 2, left: 7, bottom: 2, right: 8 },
      { top: 2, left: 9, bottom: 2, right: 11 },
    ],
  );

  it("charges each month its own 应收 (blank: not charged) and pays what 实收 says", () => {
    const got = read([PAIRS], "2026-03", "2026-03-31");
    expect(got.issues).toEqual([]);
    expect(got.charges.map(chargeText)).toEqual([
      "3-1-101 停车费 2026-01 15000 2026-01-31",
      "3-1-101 停车费 2026-02 15000 2026-02-28",
      "3-1-101 停车费 2026-03 15000 2026-03-31",
      "3-1-102 停车费 2026-02 20000 2026-02-28",
      "3-1-102 停车费 2026-03 20000 2026-03-31",
    ]);
    // under 应收 | 实收 a dash in 实收 is nothing paid, not a month without a charge
    expect(got.payments.map(paymentText)).toEqual([
      "3-1-101 2026-01 15000 2026-01-31?",
      "3-1-101 2026-02 15000 2026-02-28?",
      "3-1-102 2026-02 10000 2026-02-28?",
    ]);
  });

  it("binds each month's pair and the totals under 合计 through the header band", () => {
    const got = read([PAIRS], "2026-03", "2026-03-31");
    const reading = got.placed.sheets(COLLECTION_TABLES[2]).map((s) => s.name);
    expect(reading).toEqual(["停车费"]);
    expect(got.placing).toEqual([]);
  });

  it("takes a payment date from a date column under the month: such an amount is not undated", () => {
    const dated = sheet("停车费", [
      ["2026年停车费收费台账"],
      ["房号", "1月", null, null],
      [null, "应收", "实收", "缴费日期"],
      ["3-1-101", 150, 150, "2026-02-03"],
    ]);
    expect(read([dated], "2026-03").payments.map(paymentText)).toEqual(["3-1-101 2026-01 15000 2026-02-03"]);
  });
});

describe("readFeeLedgers: the fee type and the year", () => {
  const ledger = (name: string, title: CellValue, header: CellValue[] = [], cells: CellValue[] = []) =>
    sheet(name, [[title], ["房号", ...header, "月应收", "1月"], ["1-101", ...cells, 300, 300]]);

  it.each<[string, SheetData, string]>([
    ["its own column", ledger("Sheet1", "2026年收费台账", ["收费项目"], ["车位费"]), "车位费"],
    [
      "a 收费项目 line above the table",
      sheet("Sheet1", [
        ["2026年收费台账"],
        ["收费项目：垃圾清运费"],
        ["房号", "月应收", "1月"],
        ["1-101", 300, 300],
      ]),
      "垃圾清运费",
    ],
    ["the title", ledger("Sheet1", "阳光花园2026年度物业管理费收费台账"), "物业管理费"],
    ["the title, in Traditional", ledger("Sheet1", "2026年度車位費收費台帳"), "车位费"],
    ["the sheet's name", ledger("车位费", "2026年收费台账"), "车位费"],
    ["a short name ending in 费", ledger("绿化费台账", "2026年收费台账"), "绿化费"],
  ])("from %s", (_what, sheetData, feeType) => {
    const got = read([sheetData]);
    expect(got.charges.map((c) => c.feeType)).toEqual([feeType]);
    expect(got.issues).toEqual([]);
  });

  it("is 物业管理费 with a warning when nothing names one", () => {
    const got = read([ledger("Sheet1", "2026年收费台账")]);
    expect(got.charges.map((c) => c.feeType)).toEqual(["物业管理费"]);
    expect(got.issues.map(brief)).toEqual([["ledger_fee_type_assumed", "warning", ""]]);
  });

  it("takes the year from the title, else the job's period (info), else reads nothing (error)", () => {
    expect(read([ledger("车位费", "2025年收费台账")]).charges.map((c) => c.period)).toEqual(["2025-01"]);
    const untitled = sheet("车位费", [
      ["房号", "月应收", "1月"],
      ["1-101", 300, 300],
    ]);
    const assumed = read([untitled], "2027-01", "2027-01-31");
    expect(assumed.charges.map((c) => c.period)).toEqual(["2027-01"]);
    expect(assumed.issues.map(brief)).toEqual([["ledger_year_assumed", "info", ""]]);
    const book: BookData = { date1904: false, sheets: [untitled] };
    const none = readCollectionInputs(placeAlone(book, COLLECTION_TABLES));
    expect(none.issues.map(brief)).toEqual([["ledger_year_unknown", "error", ""]]);
    expect(none.charges).toEqual([]);
  });
});

describe("readFeeLedgers beside the two lists", () => {
  it("spells units and fee types as the lists do, and a list's payment for a ledger's unit is not without charges", () => {
    const payments = sheet("实收", [
      ["收据号", "收款日期", "房号", "收费项目", "所属期间", "实收金额"],
      ["NO.1", "2026-11-05", "1-101", "车位费", "2026-11", 300],
    ]);
    const ledger = sheet("车位费", [
      ["2026年车位费台账"],
      ["房号", "月应收", "11月"],
      ["1 - 101", 300, null],
    ]);
    const got = read([payments, ledger]);
    expect(got.issues).toEqual([]);
    expect(got.charges.map(chargeText)).toEqual(["1 - 101 车位费 2026-11 30000 2026-11-30"]);
    expect(got.payments.map((p) => p.unit)).toEqual(["1 - 101"]);
  });
});

describe("placing a month-wide ledger", () => {
  const roles = (sheets: SheetData[]) => {
    const placed = placeAlone({ date1904: false, sheets }, COLLECTION_TABLES);
    return Object.fromEntries(COLLECTION_TABLES.map((t) => [t.role, placed.sheets(t).map((s) => s.name)]));
  };

  it("takes a ledger by its month columns, even under a name that hints at the charges or the payments", () => {
    const months = sheet("收费台账", [
      ["2026年物业费"],
      ["房号", "业主", "月应收", ...MONTHS],
      ["1-101", "张三", 300],
    ]);
    const pairs = sheet("实收", [
      ["房号", "1月", null, "2月", null],
      [null, "应收", "实收", "应收", "实收"],
      ["1-101", 300, 300, 300, null],
    ]);
    expect(roles([months, pairs])).toMatchObject({
      charges: [],
      payments: [],
      "fee-ledger": ["收费台账", "实收"],
    });
  });

  it("takes no sheet without a month column, whatever its name", () => {
    const arrears = sheet("收费台账", [
      ["房号", "业主", "欠费", "已收合计"],
      ["1-101", "张三", 300, 0],
    ]);
    expect(roles([arrears])["fee-ledger"]).toEqual([]);
  });

  it("is named by its layout where a run tells how each sheet was read", () => {
    const sheets = [oneRow([300])];
    const { readings } = collectReadings(sheets, () =>
      readCollectionInputs(
        placeAlone({ date1904: false, sheets }, COLLECTION_TABLES),
        "2026-11",
        "2026-11-30",
      ),
    );
    expect(readings.map((r) => [r.role, r.table.en, r.headerRows, r.columns.length])).toEqual([
      ["fee-ledger", "fee ledger (months as columns)", [2], 15],
    ]);
  });
});
