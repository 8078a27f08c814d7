import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { readTable } from "./readTable";
import { column, IN_WORDS, table } from "./declaration";
import { amountInWords } from "../values/amountWords";
import { fen } from "../values/money";
import { label } from "../i18n/label";
import type { CellValue, SheetData } from "./sheetData";

const SPEC = table({
  role: "movements",
  label: label("明细", "明細", "movements"),
  columns: [
    column({
      key: "date",
      label: label("日期", "日期", "Date"),
      synonyms: ["日期"],
      type: "date",
      valueRequired: true,
    }),
    column({ key: "month", label: label("月份", "月份", "Month"), synonyms: ["月份"], type: "month" }),
    column({
      key: "item",
      label: label("物资名称", "物資名稱", "Item"),
      synonyms: ["物资名称", "品名"],
      type: "text",
      required: true,
      valueRequired: true,
      maxLength: 8,
    }),
    column({ key: "note", label: label("备注", "備註", "Note"), synonyms: ["备注"], type: "text" }),
    column({
      key: "quantity",
      label: label("数量", "數量", "Qty"),
      synonyms: ["数量"],
      type: "quantity",
      required: true,
      limit: { sign: "positive", onBreak: "reject" },
    }),
    column({
      key: "amount",
      label: label("金额", "金額", "Amount"),
      synonyms: ["金额"],
      type: "money",
      limit: { sign: "nonNegative", onBreak: "warn" },
    }),
    column({
      key: "rate",
      label: label("比率", "比率", "Rate"),
      synonyms: ["比率"],
      type: "rate",
      limit: { sign: "positive", onBreak: "warn" },
    }),
    column({
      key: "price",
      label: label("单价", "單價", "Price"),
      synonyms: ["单价"],
      type: "decimal",
      limit: { sign: "nonNegative", onBreak: "reject" },
    }),
  ],
});

const HEADER: CellValue[] = ["日期", "月份", "物资名称", "备注", "数量", "金额", "比率", "其他", "单价"];

/** Cells of every shape a clerk's sheet holds: the awkward ones the quick path must pass on to the full readers. */
const awkward: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.integer({ min: -5, max: 300_000 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  fc.constantFrom(0.1 + 0.2, 12.345, 2.5, 1e20, 60, 61, 2_958_466, 190_000, 202_612, 45_658.5),
  fc.constantFrom(
    "",
    " ",
    "\u3000",
    " 水泵 ",
    "#N/A",
    "LED灯管很长很长的名字",
    "物资名称",
    "品名",
    "数量",
    "备注",
  ),
  fc.constantFrom("合计", "小計", "Total", "2026-12-05", "2026/12", "¥1,200.00", "12%", "两箱", "3"),
  fc.string({ maxLength: 6 }),
  fc.boolean(),
);

/** Per column of {@link HEADER}: the clean cells a tidy sheet holds there. */
const clean: fc.Arbitrary<CellValue>[] = [
  fc.integer({ min: 61, max: 60_000 }),
  fc.integer({ min: 61, max: 200_000 }),
  fc.constantFrom("水泵", "LED灯管", "扳手", "物资名称", "品名"),
  fc.constantFrom("急用", "备注", "数量"),
  fc.oneof(fc.integer({ min: -3, max: 99 }), fc.constantFrom(0.25, 2.5, 0.0001, -0, -0.5, 0.00001)),
  fc.oneof(fc.integer({ min: -50, max: 9_999 }), fc.constantFrom(1200.5, 0.01, 99.99, -0.01, -0, 0.001)),
  fc.constantFrom(null, 0, 0.95, "0%", "-0"),
  fc.constantFrom("x", null),
  fc.oneof(
    fc.double({ min: -1e9, max: 1e9, noNaN: true }),
    fc.constantFrom(3.35, 0.1 + 0.2, 1e-7, -1e-7, -0, 0, null),
  ),
];

/** A row mostly of clean cells, some awkward, so both paths and every way from one to the other are taken. */
const row: fc.Arbitrary<CellValue[]> = fc.tuple(
  ...clean.map((c) => fc.oneof({ arbitrary: c, weight: 5 }, { arbitrary: awkward, weight: 1 })),
);

const NAMES = table({
  role: "employees",
  label: label("员工", "員工", "employees"),
  columns: [
    column({
      key: "name",
      label: label("姓名", "姓名", "Name"),
      synonyms: ["姓名"],
      type: "text",
      required: true,
    }),
    column({
      key: "department",
      label: label("部门", "部門", "Department"),
      synonyms: ["部门"],
      type: "text",
    }),
    column({ key: "title", label: label("职务", "職務", "Title"), synonyms: ["职务"], type: "text" }),
    column({ key: "days", label: label("天数", "天數", "Days"), synonyms: ["天数"], type: "quantity" }),
  ],
});

const NAMES_HEADER: CellValue[] = ["姓名", "部门", "职务", "天数"];

const NAMES_CLEAN: fc.Arbitrary<CellValue>[] = [
  fc.constantFrom("张伟", "李娜", "姓名", "部门"),
  fc.constantFrom("工程部", "部门", "职务", null),
  fc.constantFrom("主管", "职务", "姓名"),
  fc.oneof(fc.integer({ min: 0, max: 31 }), fc.constant("天数")),
];

function sheetOf(rows: CellValue[][]): SheetData {
  return { name: "入库明细", values: [["入库明细"], HEADER, ...rows], origin: { row: 1, column: 1 } };
}

describe("quick reading of clean rows", () => {
  it("gives the same rows, rejected rows and issues as reading every cell in full", () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 30 }), (rows) => {
        const sheet = sheetOf(rows);
        const quick = readTable(sheet, SPEC, { date1904: false });
        const full = readTable(sheet, SPEC, { date1904: false, fullReading: true });
        expect(quick).toEqual(full);
      }),
      { numRuns: 400 },
    );
  });

  it("skips a repeated header of a table of text columns, which the quick path would read as names", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(...NAMES_CLEAN), { maxLength: 20 }), (rows) => {
        const sheet: SheetData = {
          name: "员工",
          values: [NAMES_HEADER, ...rows],
          origin: { row: 1, column: 1 },
        };
        const quick = readTable(sheet, NAMES, { date1904: false });
        expect(quick).toEqual(readTable(sheet, NAMES, { date1904: false, fullReading: true }));
      }),
      { numRuns: 200 },
    );
  });

  it("gives the same rows and issues for min, max and oneOf limits", () => {
    // made here: a column with a pending bound is refused where it is declared
    const bounded = table({
      role: "bounded",
      label: label("加班", "加班", "overtime"),
      columns: [
        column({
          key: "kind",
          label: label("类型", "類型", "Kind"),
          synonyms: ["类型"],
          type: "text",
          limit: { oneOf: ["工作日", "休息日", "Holiday"], onBreak: "warn" },
        }),
        column({
          key: "hours",
          label: label("时数", "時數", "Hours"),
          synonyms: ["时数"],
          type: "quantity",
          limit: { sign: "positive", max: 24, onBreak: "reject" },
        }),
        column({
          key: "fee",
          label: label("费用", "費用", "Fee"),
          synonyms: ["费用"],
          type: "money",
          limit: { min: 0.07, max: 99.995, onBreak: "warn" },
        }),
        column({
          key: "factor",
          label: label("系数", "係數", "Factor"),
          synonyms: ["系数"],
          type: "decimal",
          limit: { min: 0.1, max: 3, onBreak: "reject" },
        }),
      ],
    });
    const cells: fc.Arbitrary<CellValue>[] = [
      fc.constantFrom("工作日", "休息日", "holiday", "HOLIDAY", " 休息日", "節假日", "周末", null),
      fc.oneof(fc.integer({ min: -2, max: 30 }), fc.constantFrom(0.5, 23.9999, 24.0001, 24, "24", "25")),
      fc.oneof(fc.integer({ min: -1, max: 120 }), fc.constantFrom(0.06, 0.07, 99.99, 100, 0.069, null)),
      fc.oneof(
        fc.double({ min: -1, max: 4, noNaN: true }),
        fc.constantFrom(0.1, 3, 0.09999999999999999, null),
      ),
    ];
    fc.assert(
      fc.property(fc.array(fc.tuple(...cells), { maxLength: 20 }), (rows) => {
        const sheet: SheetData = {
          name: "加班",
          values: [["类型", "时数", "费用", "系数"], ...rows],
          origin: { row: 1, column: 1 },
        };
        const quick = readTable(sheet, bounded, { date1904: false });
        expect(quick).toEqual(readTable(sheet, bounded, { date1904: false, fullReading: true }));
      }),
      { numRuns: 300 },
    );
  });

  it("gives the same rows and issues with amounts in words (大写) beside their figures, or alone", () => {
    const figures = fc.oneof(
      { arbitrary: fc.integer({ min: -200, max: 3_000_000 }), weight: 4 },
      { arbitrary: fc.constantFrom(null, 0, -0, 12.345, "1,234.50", "", " ", "大写", "八千"), weight: 1 },
    );
    /** The words cell of a row whose figures are `typed` (in fen, when they are a whole count of fen). */
    const wordsFor = (typed: number | null): fc.Arbitrary<CellValue> =>
      fc.oneof(
        { arbitrary: fc.constant(typed === null ? null : amountInWords(fen(typed))), weight: 4 },
        { arbitrary: fc.constant(typed === null ? null : `人民币${amountInWords(fen(typed))}`), weight: 1 },
        { arbitrary: fc.integer({ min: -100, max: 3_000_000 }).map((n) => amountInWords(fen(n))), weight: 2 },
        {
          arbitrary: fc.constantFrom(
            null,
            "",
            " ",
            "壹仟仟元",
            "壹仟伍元",
            "八千五",
            "#N/A",
            8500,
            "大写",
            "小写",
          ),
          weight: 2,
        },
      );
    const cells = fc
      .tuple(fc.constantFrom("JK-01", "JK-02", null, "借款单号"), figures)
      .chain(([number, typed]) => {
        const whole =
          typeof typed === "number" && Number.isInteger(typed * 100) ? Math.round(typed * 100) : null;
        return wordsFor(whole).map((words) => [number, words, typed] as CellValue[]);
      });
    for (const required of [true, false]) {
      const spec = table({
        role: "loans",
        label: label("借款", "借款", "loans"),
        columns: [
          column({
            key: "number",
            label: label("单号", "單號", "No."),
            synonyms: ["借款单号"],
            type: "text",
            required: true,
          }),
          column({
            key: "amount",
            label: label("金额", "金額", "Amount"),
            synonyms: ["借款金额", "小写"],
            type: "money",
            required,
            valueRequired: required,
            limit: { sign: "positive", max: 20_000, onBreak: required ? "reject" : "warn" },
            words: IN_WORDS,
          }),
        ],
      });
      for (const header of [
        [
          ["借款单号", "借款金额", null],
          [null, "大写", "小写"],
        ],
        [["借款单号", "大写", "小写"]],
        [["借款单号", "大写", "备注"]],
      ] as CellValue[][][]) {
        fc.assert(
          fc.property(fc.array(cells, { maxLength: 20 }), (rows) => {
            const sheet: SheetData = {
              name: "借款",
              values: [...header, ...rows],
              origin: { row: 1, column: 1 },
            };
            const quick = readTable(sheet, spec, { date1904: false });
            expect(quick).toEqual(readTable(sheet, spec, { date1904: false, fullReading: true }));
          }),
          { numRuns: 150 },
        );
      }
    }
  });

  it("reads clean rows on the quick path the way the full readers do", () => {
    const rows: CellValue[][] = [
      [46361, 46357, "水泵", null, 2, 1200.5, null, "x", 0.1 + 0.2],
      [46362, null, "LED灯管", "急用", 0.25, null, null, null, null],
    ];
    const read = readTable(sheetOf(rows), SPEC, { date1904: false });
    expect(read.rows.map((r) => ({ ...r.values, price: r.values.price?.toString() ?? null }))).toEqual([
      {
        date: "2026-12-05",
        month: "2026-12",
        item: "水泵",
        note: null,
        quantity: 20000,
        amount: 120050,
        rate: null,
        price: "0.3",
      },
      {
        date: "2026-12-06",
        month: null,
        item: "LED灯管",
        note: "急用",
        quantity: 2500,
        amount: null,
        rate: null,
        price: null,
      },
    ]);
    expect(read.issues).toEqual([]);
  });
});
