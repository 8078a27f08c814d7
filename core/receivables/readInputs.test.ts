import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { Issue } from "../issues";
import type { BookData, CellValue, SheetData } from "../table/sheetData";
import { isoToExcelSerial } from "../values/excelSerial";
import { HOLIDAY_TABLE } from "../calendar/holidayTable";
import { placeAlone } from "../table/placedSheets";
import { COLLECTION_TABLES } from "./inputs";
import { readCollectionInputs } from "./readInputs";

const CHARGE_HEADER = ["房号", "业主", "收费项目", "所属期间", "应收金额", "到期日"];
const PAYMENT_HEADER = ["收据号", "收款日期", "房号", "收费项目", "所属期间", "实收金额", "收款方式"];
const TARGET_HEADER = ["收费项目", "目标收缴率"];
const FOLLOW_UP_HEADER = ["房号", "收费项目", "未收原因", "预计交款时间"];

const CHARGES: CellValue[][] = [
  ["3-1-502", "张伟", "物业管理费", "2026-03", 196.9, null],
  ["3-1-502", "张伟", "停车费", "2026-03", 300, "2026-03-10"],
  ["5-2-1101", "王芳", "物业管理费", "2026-02", 250, null],
];
const PAYMENT: CellValue[] = ["NO.0012001", "2026-03-05", "3-1-502", "物业管理费", "2026-03", 196.9, "微信"];

interface Sheets {
  charges?: CellValue[][];
  payments?: CellValue[][];
  targets?: CellValue[][];
  followUps?: CellValue[][];
}

function sheet(name: string, header: CellValue[], rows: CellValue[][]): SheetData {
  return { name, values: [header, ...rows], origin: { row: 1, column: 1 } };
}

function book(s: Sheets = {}): BookData {
  const sheets = [
    sheet("应收", CHARGE_HEADER, s.charges ?? CHARGES),
    sheet("实收", PAYMENT_HEADER, s.payments ?? [PAYMENT]),
  ];
  if (s.targets) sheets.push(sheet("指标", TARGET_HEADER, s.targets));
  if (s.followUps) sheets.push(sheet("催缴", FOLLOW_UP_HEADER, s.followUps));
  return { date1904: false, sheets };
}

const TABLES = [...COLLECTION_TABLES, HOLIDAY_TABLE];

/** Reads a workbook's fee records with its sheets placed among the collection tables alone, placing issues first. */
function readAlone(b: BookData, chosen: Readonly<Record<string, readonly string[]>> = {}) {
  const placed = placeAlone(b, TABLES, chosen);
  const read = readCollectionInputs(placed);
  return { ...read, issues: [...placed.issues, ...read.issues], placed };
}

const at = (i: Issue) => `${i.sheet ?? ""}!${i.column ?? ""}${i.row ?? ""}`;
const brief = (i: Issue) => [i.code, i.severity, at(i)];

describe("readCollectionInputs: clean input", () => {
  const read = readAlone(
    book({
      targets: [
        ["物业管理费", 0.95],
        ["停车费", "90%"],
      ],
      followUps: [["5-2-1101", "物业管理费", "房屋空置", "2026-04-15"]],
    }),
  );

  it("reads every row into a record with its source and no issue", () => {
    expect(read.issues).toEqual([]);
    expect(read.charges).toEqual([
      {
        unit: "3-1-502",
        customer: "张伟",
        feeType: "物业管理费",
        period: "2026-03",
        dueFen: 19690,
        dueDate: "2026-03-31",
        source: { sheet: "应收", row: 2 },
      },
      {
        unit: "3-1-502",
        customer: "张伟",
        feeType: "停车费",
        period: "2026-03",
        dueFen: 30000,
        dueDate: "2026-03-10",
        source: { sheet: "应收", row: 3 },
      },
      {
        unit: "5-2-1101",
        customer: "王芳",
        feeType: "物业管理费",
        period: "2026-02",
        dueFen: 25000,
        dueDate: "2026-02-28",
        source: { sheet: "应收", row: 4 },
      },
    ]);
    expect(read.payments).toEqual([
      {
        receipt: "NO.0012001",
        date: "2026-03-05",
        unit: "3-1-502",
        feeType: "物业管理费",
        period: "2026-03",
        amountFen: 19690,
        method: "微信",
        source: { sheet: "实收", row: 2 },
      },
    ]);
    expect(read.targets.map((t) => [t.feeType, t.rate.toString(), t.source.row])).toEqual([
      ["物业管理费", "0.95", 2],
      ["停车费", "0.9", 3],
    ]);
    expect(read.followUps).toEqual([
      {
        unit: "5-2-1101",
        feeType: "物业管理费",
        reason: "房屋空置",
        expectedDate: "2026-04-15",
        source: { sheet: "催缴", row: 2 },
      },
    ]);
  });

  it("returns where it found each input", () => {
    expect(TABLES.map((t) => [t.role, read.placed.sheets(t).map((s) => s.name)])).toEqual([
      ["charges", ["应收"]],
      ["payments", ["实收"]],
      ["fee-ledger", []],
      ["targets", ["指标"]],
      ["follow-ups", ["催缴"]],
      ["holidays", []],
    ]);
  });
});

describe("readCollectionInputs: charges", () => {
  it.each<[string, CellValue, string]>([
    ["2026-03", "2026-03", "2026-03-31"],
    ["2026年3月", "2026年3月", "2026-03-31"],
    ["2026年03月份", "2026年03月份", "2026-03-31"],
    ["202603 as text", "202603", "2026-03-31"],
    ["202603 as a number", 202603, "2026-03-31"],
    ["2026/3", "2026/3", "2026-03-31"],
    ["2026.03", "2026.03", "2026-03-31"],
    ["a date as text", "2026-03-15", "2026-03-31"],
    ["a date in Chinese", "2026年3月15日", "2026-03-31"],
    ["a date serial (2026-03-01)", 46082, "2026-03-31"],
    ["full-width text", "２０２６－０３", "2026-03-31"],
    ["February of a leap year", "2028-02", "2028-02-29"],
    ["February", "2026年2月", "2026-02-28"],
  ])(
    "reads the period written as %s and defaults the due date to the month's last day",
    (_what, period, due) => {
      const read = readAlone(book({ charges: [["3-1-502", "张伟", "物业管理费", period, 100, null]] }));
      expect(read.charges.map((c) => [c.period, c.dueDate])).toEqual([[due.slice(0, 7), due]]);
      expect(read.issues.filter((i) => i.sheet === "应收")).toEqual([]);
    },
  );

  it.each<[string, CellValue[], string[][]]>([
    [
      "a zero amount",
      ["3-1-502", "张伟", "物业管理费", "2026-03", 0, null],
      [["not_positive", "error", "应收!E2"]],
    ],
    [
      "a negative amount (a 减免 typed as a charge)",
      ["3-1-502", "张伟", "物业管理费", "2026-03", -50, null],
      [["not_positive", "error", "应收!E2"]],
    ],
    [
      "#N/A in the amount",
      ["3-1-502", "张伟", "水费", "2026-03", "#N/A", null],
      [["cell_error", "error", "应收!E2"]],
    ],
    [
      "text in the amount",
      ["3-1-502", "张伟", "水费", "2026-03", "待抄表", null],
      [["not_a_number", "error", "应收!E2"]],
    ],
    [
      "an empty amount",
      ["3-1-502", "张伟", "水费", "2026-03", null, null],
      [["value_required", "error", "应收!E2"]],
    ],
    [
      "a period that is not a month",
      ["3-1-502", "张伟", "水费", "三月", 10, null],
      [["not_a_month", "error", "应收!D2"]],
    ],
    [
      "an empty period",
      ["3-1-502", "张伟", "水费", null, 10, null],
      [["value_required", "error", "应收!D2"]],
    ],
    ["an empty unit", [null, "张伟", "水费", "2026-03", 10, null], [["value_required", "error", "应收!A2"]]],
    [
      "an empty fee type",
      ["3-1-502", "张伟", null, "2026-03", 10, null],
      [["value_required", "error", "应收!C2"]],
    ],
  ])("drops a charge row with %s, with an error", (_what, row, issues) => {
    const read = readAlone(book({ charges: [row, ...CHARGES] }));
    expect(read.charges.map((c) => c.source.row)).toEqual([3, 4, 5]);
    expect(read.issues.filter((i) => i.sheet === "应收").map(brief)).toEqual(issues);
  });

  it.each<[string, CellValue[], string[][], string | null]>([
    [
      "a bad due date",
      ["3-1-502", "张伟", "水费", "2026-03", 10, "下月"],
      [["not_a_date", "warning", "应收!F2"]],
      "2026-03-31",
    ],
    [
      "#N/A as customer",
      ["3-1-502", "#N/A", "水费", "2026-03", 10, null],
      [["cell_error", "warning", "应收!B2"]],
      "2026-03-31",
    ],
  ])("keeps a charge row with %s, with a warning", (_what, row, issues, due) => {
    const read = readAlone(book({ charges: [row] }));
    expect(read.charges.map((c) => c.dueDate)).toEqual([due]);
    expect(read.issues.filter((i) => i.sheet === "应收").map(brief)).toEqual(issues);
  });

  it("skips title, blank and total rows", () => {
    const values: CellValue[][] = [
      ["阳光花园收费台账"],
      ["项目：阳光花园"],
      CHARGE_HEADER,
      ...CHARGES,
      [],
      ["合计", null, null, null, 746.9, null],
    ];
    const b: BookData = {
      date1904: false,
      sheets: [
        { name: "应收", values, origin: { row: 1, column: 1 } },
        sheet("实收", PAYMENT_HEADER, [PAYMENT]),
      ],
    };
    const read = readAlone(b);
    expect(read.charges.map((c) => c.source.row)).toEqual([4, 5, 6]);
    expect(read.issues).toEqual([]);
  });
});

describe("readCollectionInputs: payments", () => {
  it.each<[string, CellValue[], number | null, string[][]]>([
    [
      "a unit with no charges: kept (prepaid) with a warning",
      ["NO.0012002", "2026-03-06", "7-1-101", "物业管理费", null, 500, "现金"],
      50000,
      [["payment_without_charges", "warning", "实收!C3"]],
    ],
    [
      "a fee type the unit has no charges of: kept with a warning",
      ["NO.0012002", "2026-03-06", "5-2-1101", "停车费", null, 300, "现金"],
      30000,
      [["payment_without_charges", "warning", "实收!C3"]],
    ],
    [
      "a refund (红冲): a negative payment, no issue",
      ["NO.0012002", "2026-03-20", "3-1-502", "停车费", "2026-03", -300, "转账"],
      -30000,
      [],
    ],
    [
      "a refund written (300.00)",
      ["NO.0012002", "2026-03-20", "3-1-502", "停车费", null, "(300.00)", "转账"],
      -30000,
      [],
    ],
    [
      "an amount written ¥1,234.50",
      ["NO.0012002", "2026-03-20", "3-1-502", "停车费", null, "¥1,234.50", "现金"],
      123450,
      [],
    ],
    [
      "a zero amount: kept with a warning",
      ["NO.0012002", "2026-03-20", "3-1-502", "停车费", null, 0, "现金"],
      0,
      [["payment_zero", "warning", "实收!F3"]],
    ],
    [
      "no receipt number, no method, no period",
      [null, "2026-03-20", "3-1-502", "停车费", null, 300, null],
      30000,
      [],
    ],
    [
      "a text amount: dropped",
      ["NO.0012002", "2026-03-20", "3-1-502", "停车费", null, "叁佰元", "现金"],
      null,
      [["not_a_number", "error", "实收!F3"]],
    ],
    [
      "#N/A in the amount: dropped",
      ["NO.0012002", "2026-03-20", "3-1-502", "停车费", null, "#N/A", "现金"],
      null,
      [["cell_error", "error", "实收!F3"]],
    ],
    [
      "no date: dropped",
      ["NO.0012002", null, "3-1-502", "停车费", null, 300, "现金"],
      null,
      [["value_required", "error", "实收!B3"]],
    ],
    [
      "a bad date: dropped",
      ["NO.0012002", "3月6日", "3-1-502", "停车费", null, 300, "现金"],
      null,
      [["not_a_date", "error", "实收!B3"]],
    ],
    [
      "a bad period: kept without it, with a warning",
      ["NO.0012002", "2026-03-06", "3-1-502", "停车费", "本月", 300, "现金"],
      30000,
      [["not_a_month", "warning", "实收!E3"]],
    ],
  ])("%s", (_what, row, amountFen, issues) => {
    const read = readAlone(book({ payments: [PAYMENT, row] }));
    expect(read.payments.slice(1).map((p) => p.amountFen)).toEqual(amountFen === null ? [] : [amountFen]);
    expect(read.issues.map(brief)).toEqual(issues);
  });

  it("reads the period a payment names in every form the month parser knows", () => {
    const forms: CellValue[] = ["2026-03", "2026年3月", "202603", 202603, "2026-03-01", 46082];
    const read = readAlone(
      book({
        payments: forms.map((f, i) => [`NO.${i}`, "2026-03-05", "3-1-502", "物业管理费", f, 10, "现金"]),
      }),
    );
    expect(read.payments.map((p) => p.period)).toEqual(forms.map(() => "2026-03"));
    expect(read.issues).toEqual([]);
  });

  it("matches units and fee types after NFKC, white space and case folding, keeping the first spelling", () => {
    const read = readAlone(
      book({
        charges: [
          ["A-101", "张伟", "物业管理费", "2026-03", 100, null],
          ["a-101", "张伟", "物业 管理费", "2026-04", 100, null],
        ],
        payments: [
          ["NO.1", "2026-03-05", "Ａ－101", " 物业管理费 ", null, 100, "现金"],
          ["NO.2", "2026-03-05", "A-101", "物业\n管理费", null, 100, "现金"],
        ],
        targets: [["物业管理费\u3000", "95%"]],
        followUps: [["a-101", "物业管理费", "经济困难", null]],
      }),
    );
    expect(read.issues).toEqual([]);
    const names = [...read.charges, ...read.payments, ...read.followUps].map((r) => `${r.unit}|${r.feeType}`);
    expect(new Set(names)).toEqual(new Set(["A-101|物业管理费"]));
    expect(read.targets.map((t) => t.feeType)).toEqual(["物业管理费"]);
  });
});

describe("readCollectionInputs: receipt numbers", () => {
  const P = (
    receipt: string,
    date: string,
    unit: string,
    fee: string,
    period: string | null,
    amount: number,
  ) => [receipt, date, unit, fee, period, amount, "现金"];

  it.each<[string, CellValue[][], [number, string, number][]]>([
    [
      "the same number on another unit's payment",
      [
        P("NO.0012345", "2026-03-05", "3-1-502", "物业管理费", null, 100),
        P("NO.0012345", "2026-03-06", "5-2-1101", "物业管理费", null, 100),
      ],
      [[3, "NO.0012345", 2]],
    ],
    [
      "the same number in another case and with spaces",
      [
        P("NO.0012345", "2026-03-05", "3-1-502", "物业管理费", null, 100),
        P(" no.0012345 ", "2026-03-06", "5-2-1101", "物业管理费", null, 100),
      ],
      [[3, "no.0012345", 2]],
    ],
    [
      "the same number in full-width characters",
      [
        P("NO.0012345", "2026-03-05", "3-1-502", "物业管理费", null, 100),
        P("ＮＯ．００１２３４５", "2026-03-06", "5-2-1101", "物业管理费", null, 100),
      ],
      [[3, "ＮＯ．００１２３４５", 2]],
    ],
    [
      "the same unit, fee type and period on one date (a line typed twice)",
      [
        P("NO.1", "2026-03-05", "3-1-502", "物业管理费", "2026-03", 100),
        P("NO.1", "2026-03-05", "3-1-502", "物业管理费", "2026-03", 100),
      ],
      [[3, "NO.1", 2]],
    ],
    [
      "the same unit and fee type on another date",
      [
        P("NO.1", "2026-03-05", "3-1-502", "物业管理费", null, 100),
        P("NO.1", "2026-04-05", "3-1-502", "物业管理费", null, 100),
      ],
      [[3, "NO.1", 2]],
    ],
    [
      "a third use after two lines of one receipt names the first row",
      [
        P("NO.1", "2026-03-05", "3-1-502", "物业管理费", null, 100),
        P("NO.1", "2026-03-05", "3-1-502", "停车费", null, 300),
        P("NO.1", "2026-03-09", "5-2-1101", "物业管理费", null, 100),
      ],
      [[4, "NO.1", 2]],
    ],
    [
      "a second refund of one receipt",
      [
        P("NO.1", "2026-03-05", "3-1-502", "停车费", null, 300),
        P("NO.1", "2026-03-20", "3-1-502", "停车费", null, -300),
        P("NO.1", "2026-03-21", "3-1-502", "停车费", null, -300),
      ],
      [[4, "NO.1", 3]],
    ],
    [
      "one receipt for several fee types of one unit and date: not a duplicate",
      [
        P("NO.1", "2026-03-05", "3-1-502", "物业管理费", null, 100),
        P("NO.1", "2026-03-05", "3-1-502", "停车费", null, 300),
      ],
      [],
    ],
    [
      "one receipt for several months of one fee type: not a duplicate",
      [
        P("NO.1", "2026-03-05", "3-1-502", "物业管理费", "2026-03", 100),
        P("NO.1", "2026-03-05", "3-1-502", "物业管理费", "2026-04", 100),
      ],
      [],
    ],
    [
      "a refund (红冲) repeating the number it reverses: not a duplicate",
      [
        P("NO.1", "2026-03-05", "3-1-502", "停车费", null, 300),
        P("NO.1", "2026-03-20", "3-1-502", "停车费", null, -300),
      ],
      [],
    ],
    [
      "numbers that differ only in the prefix: not a duplicate",
      [
        P("NO.0012345", "2026-03-05", "3-1-502", "物业管理费", null, 100),
        P("0012345", "2026-03-06", "5-2-1101", "物业管理费", null, 100),
      ],
      [],
    ],
  ])("%s", (_what, payments, expected) => {
    const read = readAlone(book({ payments }));
    const found = read.issues.filter((i) => i.code === "duplicate_receipt");
    expect(found.map((i) => [i.row, i.params?.["receipt"], i.params?.["firstRow"]])).toEqual(expected);
    for (const i of found) {
      expect(i).toMatchObject({
        severity: "warning",
        sheet: "实收",
        column: "A",
        params: { firstSheet: "实收" },
      });
    }
    expect(read.payments).toHaveLength(payments.length);
  });
});

describe("readCollectionInputs: targets and follow-up notes", () => {
  it.each<[string, CellValue[][], string[], string[][]]>([
    [
      "a rate as a fraction and as text",
      [
        ["物业管理费", 0.95],
        ["停车费", "90%"],
      ],
      ["物业管理费 0.95", "停车费 0.9"],
      [],
    ],
    [
      "a rate of 100% and of 0",
      [
        ["物业管理费", "100%"],
        ["停车费", 0],
      ],
      ["物业管理费 1", "停车费 0"],
      [],
    ],
    ["a rate above 100%", [["物业管理费", "120%"]], [], [["rate_out_of_range", "error", "指标!B2"]]],
    ["a rate of 95 without %", [["物业管理费", 95]], [], [["rate_out_of_range", "error", "指标!B2"]]],
    ["a negative rate", [["物业管理费", -0.1]], [], [["rate_out_of_range", "error", "指标!B2"]]],
    ["a rate that is not a rate", [["物业管理费", "高"]], [], [["not_a_rate", "error", "指标!B2"]]],
    ["an empty rate", [["物业管理费", null]], [], [["value_required", "error", "指标!B2"]]],
    [
      "a fee type no charge has: kept with a warning",
      [["垃圾清运费", 0.9]],
      ["垃圾清运费 0.9"],
      [["target_fee_type_unknown", "warning", "指标!A2"]],
    ],
    [
      "a fee type given twice: the second is an error",
      [
        ["物业管理费", 0.95],
        ["物业管理费 ", 0.9],
      ],
      ["物业管理费 0.95"],
      [["duplicate_target", "error", "指标!A3"]],
    ],
  ])("targets: %s", (_what, targets, expected, issues) => {
    const read = readAlone(book({ targets }));
    expect(read.targets.map((t) => `${t.feeType} ${t.rate.toString()}`)).toEqual(expected);
    expect(read.issues.map(brief)).toEqual(issues);
  });

  it.each<[string, CellValue[], string[][]]>([
    ["a note for a charged unit and fee type", ["3-1-502", "停车费", "对维修不满意", "2026-04-10"], []],
    ["a note without a date", ["3-1-502", "停车费", "联系不上", null], []],
    [
      "a note for a unit with no charges",
      ["7-1-101", "物业管理费", "联系不上", null],
      [["follow_up_without_charges", "warning", "催缴!A2"]],
    ],
    [
      "a note for a fee type the unit is not charged",
      ["5-2-1101", "停车费", "经济困难", null],
      [["follow_up_without_charges", "warning", "催缴!A2"]],
    ],
    [
      "a bad expected date: kept without it",
      ["3-1-502", "停车费", "经济困难", "月底"],
      [["not_a_date", "warning", "催缴!D2"]],
    ],
  ])("follow-ups: %s", (_what, row, issues) => {
    const read = readAlone(book({ followUps: [row] }));
    expect(read.followUps).toHaveLength(1);
    expect(read.issues.map(brief)).toEqual(issues);
  });

  it("a follow-up with no unit is dropped with an error", () => {
    const read = readAlone(book({ followUps: [[null, "停车费", "经济困难", null]] }));
    expect(read.followUps).toEqual([]);
    expect(read.issues.map(brief)).toEqual([["value_required", "error", "催缴!A2"]]);
  });
});

describe("readCollectionInputs: sheets", () => {
  it("reports a missing payments sheet and still reads the charges", () => {
    const b: BookData = { date1904: false, sheets: [sheet("应收", CHARGE_HEADER, CHARGES)] };
    const read = readAlone(b);
    expect(read.charges).toHaveLength(3);
    expect(read.issues.map((i) => [i.code, i.severity])).toEqual([["no_input_sheet", "error"]]);
  });

  it("reads a sheet a person chose for a role", () => {
    const b: BookData = {
      date1904: false,
      sheets: [
        sheet("应收", CHARGE_HEADER, CHARGES),
        sheet(
          "Sheet9",
          ["单号", "收款日期", "房号", "收费项目", "实收"],
          [["1", "2026-03-05", "3-1-502", "停车费", 300]],
        ),
      ],
    };
    expect(readAlone(b).payments).toHaveLength(1);
    const chosen = readAlone(b, { payments: ["Sheet9"] });
    expect(chosen.placed.sheets(COLLECTION_TABLES[1]).map((s) => s.name)).toEqual(["Sheet9"]);
  });

  it("reads dates in the workbook's 1904 system", () => {
    const b = book({
      payments: [["NO.1", isoToExcelSerial("2026-03-05", true), "3-1-502", "停车费", null, 300, "现金"]],
    });
    expect(readAlone({ ...b, date1904: true }).payments[0]?.date).toBe("2026-03-05");
  });
});

describe("readCollectionInputs: nothing is lost silently", () => {
  const amount = fc.oneof(
    fc.integer({ min: -50_000, max: 500_000 }).map((fen) => fen / 100),
    fc.constantFrom<CellValue>("#N/A", "abc", null, "1,234.50", "(12.00)", 0),
  );
  const period = fc.constantFrom<CellValue>("2026-03", "2026年3月", "202603", 202603, "三月", null, "#REF!");

  it("every charge row is a charge or has an error at its row", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(amount, period), { maxLength: 30 }), (rows) => {
        const read = readAlone(
          book({ charges: rows.map(([a, p], i) => [`1-1-${101 + i}`, null, "物业管理费", p, a, null]) }),
        );
        const errorRows = new Set(
          read.issues.filter((i) => i.sheet === "应收" && i.severity === "error").map((i) => i.row),
        );
        for (let r = 2; r < rows.length + 2; r++) {
          const kept = read.charges.some((c) => c.source.row === r);
          expect(kept !== errorRows.has(r), `row ${r}`).toBe(true);
        }
        for (const c of read.charges) expect(c.dueFen).toBeGreaterThan(0);
      }),
    );
  });
});

describe("readCollectionInputs: issues of several payment sheets", () => {
  it("lists each sheet's reading issues, then its payments' warnings, sheet after sheet", () => {
    const payments = (name: string, rows: CellValue[][]) => sheet(name, PAYMENT_HEADER, rows);
    const read = readAlone({
      date1904: false,
      sheets: [
        sheet("应收", CHARGE_HEADER, CHARGES),
        payments("实收一月", [
          ["NO.1", "2026-03-05", "3-1-502", "物业管理费", null, 196.9, "现金"],
          ["NO.2", "2026-03-05", "9-9-909", "物业管理费", null, 0, "现金"],
          ["NO.3", "not a date", "3-1-502", "物业管理费", null, 10, "现金"],
        ]),
        payments("实收二月", [
          ["NO.4", "2026-03-06", "3-1-502", "物业管理费", null, "abc", "现金"],
          ["no.1", "2026-03-06", "5-2-1101", "物业管理费", null, 250, "现金"],
          ["NO.5", "2026-03-07", "3-1-502", "停车费", null, 0, "现金"],
        ]),
      ],
    });
    // 实收一月 row 4: its date is no date (an error; the row is left out). Row 3: nothing billed to 9-9-909 and
    // a zero amount. 实收二月 row 2: the amount is no number; row 3 reuses 实收一月's NO.1 for another unit; row 4
    // is zero.
    expect(read.issues.map(brief)).toEqual([
      ["not_a_date", "error", "实收一月!B4"],
      ["payment_zero", "warning", "实收一月!F3"],
      ["payment_without_charges", "warning", "实收一月!C3"],
      ["not_a_number", "error", "实收二月!F2"],
      ["duplicate_receipt", "warning", "实收二月!A3"],
      ["payment_zero", "warning", "实收二月!F4"],
    ]);
  });
});
