import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { locateInputs } from "./locateInputs";
import { column, table } from "./declaration";
import type { TableSpec } from "./declaration";
import type { BookData, CellValue, SheetData } from "./sheetData";
import { label } from "../i18n/label";
import { REQUEST_TABLE } from "../catalog/requestTable";
import { HOLIDAY_TABLE } from "../calendar/holidayTable";

function sheet(name: string, values: CellValue[][], ownerKey?: string): SheetData {
  const out: SheetData = { name, values, origin: { row: 1, column: 1 } };
  if (ownerKey !== undefined) out.ownerKey = ownerKey;
  return out;
}

function book(...sheets: SheetData[]): BookData {
  return { sheets, date1904: false };
}

const names = (sheets: readonly SheetData[] | undefined) => (sheets ?? []).map((s) => s.name);

const REQUEST_ROWS: CellValue[][] = [
  ["工程部 2026年12月 物资采购申请单", null, null, null, null, null],
  ["部门：工程部", null, null, null, "项目：阳光花园", null],
  ["序号", "物资名称", "规格", "单位", "数量", "单价"],
  [1, "LED灯管", "T8 1.2m", "支", 20, 12.5],
];

const HOLIDAY_ROWS: CellValue[][] = [
  ["日期", "类型", "名称"],
  ["2026-11-30", "休", "公司周年庆"],
];

const ATTENDANCE_ROWS: CellValue[][] = [
  ["姓名", "工号", "出勤天数"],
  ["张三", "A001", 22],
];

/** Two roles with the same columns: only a sheet's name can tell them apart. */
const RECEIPTS = table({
  role: "receipts",
  label: label("收款表", "收款表", "receipts"),
  sheetNameHints: ["收款"],
  columns: [
    column({
      key: "date",
      label: label("日期", "日期", "Date"),
      synonyms: ["日期"],
      type: "date",
      required: true,
    }),
    column({
      key: "amount",
      label: label("金额", "金額", "Amount"),
      synonyms: ["金额"],
      type: "money",
      required: true,
    }),
  ],
});
const PAYMENTS = table({
  role: "payments",
  label: label("付款表", "付款表", "payments"),
  sheetNameHints: ["付款"],
  columns: RECEIPTS.columns,
});
const MONEY_ROWS: CellValue[][] = [
  ["日期", "金额"],
  ["2026-11-02", 100],
];

describe("locateInputs places sheets by their headers, not their names", () => {
  it("places a sheet named 工程部 holding request headers below its title rows", () => {
    const found = locateInputs(book(sheet("工程部", REQUEST_ROWS)), [REQUEST_TABLE, HOLIDAY_TABLE]);
    expect(names(found.byRole.get("purchase-requests"))).toEqual(["工程部"]);
    expect(names(found.byRole.get("holidays"))).toEqual([]);
    expect(found.issues).toEqual([]);
  });

  it("does not place a sheet named 采购申请 whose headers are unrelated, and says so", () => {
    const found = locateInputs(book(sheet("采购申请", ATTENDANCE_ROWS)), [REQUEST_TABLE, HOLIDAY_TABLE]);
    expect(names(found.byRole.get("purchase-requests"))).toEqual([]);
    expect(found.issues).toContainEqual({ code: "sheet_not_placed", severity: "warning", sheet: "采购申请" });
    expect(found.issues).toContainEqual({
      code: "no_input_sheet",
      severity: "error",
      params: expect.objectContaining({ table: REQUEST_TABLE.label, nearest: "采购申请" }),
    });
  });

  it("places a sheet by its headers even when its name hints at another role", () => {
    const found = locateInputs(book(sheet("节假日", REQUEST_ROWS)), [REQUEST_TABLE, HOLIDAY_TABLE]);
    expect(names(found.byRole.get("purchase-requests"))).toEqual(["节假日"]);
    expect(names(found.byRole.get("holidays"))).toEqual([]);
  });

  it("places each sheet of a mixed workbook in its role and warns only about the stray one", () => {
    const found = locateInputs(
      book(
        sheet("工程部", REQUEST_ROWS),
        sheet("说明", [["请各部门于每月25日前提交下月采购申请"]]),
        sheet("客服部", REQUEST_ROWS),
        sheet("Holidays", HOLIDAY_ROWS),
      ),
      [REQUEST_TABLE, HOLIDAY_TABLE],
    );
    expect(names(found.byRole.get("purchase-requests"))).toEqual(["工程部", "客服部"]);
    expect(names(found.byRole.get("holidays"))).toEqual(["Holidays"]);
    expect(found.issues).toEqual([{ code: "sheet_not_placed", severity: "warning", sheet: "说明" }]);
  });

  it("places a sheet naming three declared columns but missing a required one (so its reader reports the gap)", () => {
    const rows: CellValue[][] = [
      ["物资名称", "规格", "单位", "备注"],
      ["拖把", "大号", "把", null],
    ];
    const found = locateInputs(book(sheet("保洁部", rows)), [REQUEST_TABLE]);
    expect(names(found.byRole.get("purchase-requests"))).toEqual(["保洁部"]);
    expect(found.issues).toEqual([]);
  });

  it("does not place an unhinted sheet naming only two declared columns of an incomplete header", () => {
    const rows: CellValue[][] = [
      ["物资名称", "规格", "供应商"],
      ["拖把", "大号", "某公司"],
    ];
    const found = locateInputs(book(sheet("Sheet1", rows)), [REQUEST_TABLE]);
    expect(names(found.byRole.get("purchase-requests"))).toEqual([]);
    expect(found.issues).toContainEqual({ code: "sheet_not_placed", severity: "warning", sheet: "Sheet1" });
  });
});

describe("locateInputs breaks ties by sheet-name hints", () => {
  it.each([
    ["3月收款明细", "receipts"],
    ["付款登记", "payments"],
    ["收款", "receipts"],
    ["付 款", "payments"],
  ])("a sheet named %s with identical headers goes to %s", (name, role) => {
    for (const specs of [
      [RECEIPTS, PAYMENTS],
      [PAYMENTS, RECEIPTS],
    ]) {
      const found = locateInputs(book(sheet(name, MONEY_ROWS)), specs);
      expect(names(found.byRole.get(role))).toEqual([name]);
      const other = role === "receipts" ? "payments" : "receipts";
      expect(names(found.byRole.get(other))).toEqual([]);
    }
  });

  it("a header naming more declared columns beats a name hint", () => {
    const found = locateInputs(book(sheet("付款", [["日期", "金额", "摘要"]])), [
      PAYMENTS,
      table({
        role: "ledger",
        label: label("流水", "流水", "ledger"),
        columns: [
          column({
            key: "date",
            label: label("日期", "日期", "Date"),
            synonyms: ["日期"],
            type: "date",
            required: true,
          }),
          column({
            key: "amount",
            label: label("金额", "金額", "Amount"),
            synonyms: ["金额"],
            type: "money",
            required: true,
          }),
          column({
            key: "memo",
            label: label("摘要", "摘要", "Memo"),
            synonyms: ["摘要"],
            type: "text",
            required: true,
          }),
        ],
      }),
    ]);
    expect(names(found.byRole.get("ledger"))).toEqual(["付款"]);
    expect(names(found.byRole.get("payments"))).toEqual([]);
  });
});

describe("locateInputs never reads PropDesk's own sheets", () => {
  it("skips a sheet with an ownerKey even when its headers fit, without a warning", () => {
    const found = locateInputs(
      book(
        sheet("物资采购计划 2027-01", REQUEST_ROWS, "purchase-plan/plan/2027-01"),
        sheet("工程部", REQUEST_ROWS),
      ),
      [REQUEST_TABLE],
    );
    expect(names(found.byRole.get("purchase-requests"))).toEqual(["工程部"]);
    expect(found.issues).toEqual([]);
  });

  it("reports the role missing when the only fitting sheet is PropDesk's own", () => {
    const found = locateInputs(book(sheet("采购申请", REQUEST_ROWS, "purchase-plan/detail/2027-01")), [
      REQUEST_TABLE,
    ]);
    expect(names(found.byRole.get("purchase-requests"))).toEqual([]);
    expect(found.issues).toEqual([
      {
        code: "no_input_sheet",
        severity: "error",
        params: expect.objectContaining({ table: REQUEST_TABLE.label }),
      },
    ]);
  });

  it("skips an empty owned sheet even when its name hints at a role", () => {
    const found = locateInputs(book(sheet("节假日", [], "calendar/holidays")), [HOLIDAY_TABLE]);
    expect(names(found.byRole.get("holidays"))).toEqual([]);
    expect(found.issues).toEqual([]);
  });
});

describe("locateInputs and empty sheets", () => {
  const EMPTY_SHAPES: CellValue[][][] = [
    [],
    [[]],
    [
      [null, null],
      ["", "  "],
    ],
    [["\u3000", null]],
  ];

  it.each(EMPTY_SHAPES.map((values) => [JSON.stringify(values), values] as const))(
    "does not place an empty sheet %s with an unhinted name, and calls it empty rather than unplaced",
    (_shown, values) => {
      const found = locateInputs(book(sheet("Sheet3", values)), [REQUEST_TABLE, HOLIDAY_TABLE]);
      expect(names(found.byRole.get("holidays"))).toEqual([]);
      expect(names(found.byRole.get("purchase-requests"))).toEqual([]);
      expect(found.issues.filter((i) => i.sheet === "Sheet3")).toEqual([
        { code: "empty_sheet", severity: "warning", sheet: "Sheet3" },
      ]);
    },
  );

  it.each(["节假日", "節假日", "Holidays", "2027年节假日"])(
    "places an empty sheet named %s in the role its name hints at",
    (name) => {
      const found = locateInputs(book(sheet(name, [[null, ""]])), [REQUEST_TABLE, HOLIDAY_TABLE]);
      expect(names(found.byRole.get("holidays"))).toEqual([name]);
      expect(found.issues.filter((i) => i.sheet === name)).toEqual([]);
    },
  );

  it("an empty hinted sheet loses a single role to a sheet that has the headers", () => {
    const single = { ...HOLIDAY_TABLE, single: true } satisfies TableSpec;
    const found = locateInputs(book(sheet("节假日", []), sheet("放假安排", HOLIDAY_ROWS)), [single]);
    expect(names(found.byRole.get("holidays"))).toEqual(["放假安排"]);
    expect(found.issues).toEqual([
      {
        code: "extra_input_sheet",
        severity: "warning",
        sheet: "节假日",
        params: { table: HOLIDAY_TABLE.label, used: "放假安排" },
      },
    ]);
  });
});

describe("locateInputs and single roles", () => {
  const single = { ...HOLIDAY_TABLE, single: true } satisfies TableSpec;

  it("keeps the best-fitting sheet and reports the others as extra", () => {
    const twoColumns: CellValue[][] = [
      ["日期", "类型"],
      ["2026-11-30", "休"],
    ];
    const found = locateInputs(
      book(sheet("放假A", twoColumns), sheet("放假B", HOLIDAY_ROWS), sheet("放假C", twoColumns)),
      [single],
    );
    expect(names(found.byRole.get("holidays"))).toEqual(["放假B"]);
    expect(found.issues).toEqual([
      {
        code: "extra_input_sheet",
        severity: "warning",
        sheet: "放假A",
        params: { table: HOLIDAY_TABLE.label, used: "放假B" },
      },
      {
        code: "extra_input_sheet",
        severity: "warning",
        sheet: "放假C",
        params: { table: HOLIDAY_TABLE.label, used: "放假B" },
      },
    ]);
  });

  it("prefers a sheet whose name hints at the role when the headers fit equally", () => {
    const found = locateInputs(book(sheet("Sheet1", HOLIDAY_ROWS), sheet("节假日", HOLIDAY_ROWS)), [single]);
    expect(names(found.byRole.get("holidays"))).toEqual(["节假日"]);
    expect(found.issues).toEqual([
      {
        code: "extra_input_sheet",
        severity: "warning",
        sheet: "Sheet1",
        params: { table: HOLIDAY_TABLE.label, used: "节假日" },
      },
    ]);
  });

  it("keeps every fitting sheet of a role that is not single", () => {
    const found = locateInputs(book(sheet("放假A", HOLIDAY_ROWS), sheet("放假B", HOLIDAY_ROWS)), [
      HOLIDAY_TABLE,
    ]);
    expect(names(found.byRole.get("holidays"))).toEqual(["放假A", "放假B"]);
    expect(found.issues).toEqual([]);
  });
});

describe("locateInputs and required roles", () => {
  it("a required role with no sheet is an error; an optional one is silent", () => {
    const found = locateInputs(book(), [REQUEST_TABLE, HOLIDAY_TABLE]);
    expect(found.issues).toEqual([
      {
        code: "no_input_sheet",
        severity: "error",
        params: expect.objectContaining({ table: REQUEST_TABLE.label }),
      },
    ]);
    expect([...found.byRole.keys()]).toEqual(["purchase-requests", "holidays"]);
  });

  it("a required role is not missing when a sheet holds a role that stands in for it", () => {
    const viaHolidays: TableSpec = { ...REQUEST_TABLE, satisfiedBy: ["holidays"] };
    const standIn = locateInputs(book(sheet("节假日", HOLIDAY_ROWS)), [viaHolidays, HOLIDAY_TABLE]);
    expect(standIn.issues).toEqual([]);
    const neither = locateInputs(book(), [viaHolidays, HOLIDAY_TABLE]);
    expect(neither.issues.map((i) => i.code)).toEqual(["no_input_sheet"]);
  });

  it("a role placed only when complete takes no sheet naming a few of its columns, even by its name", () => {
    // the request sheet names 物资名称, 规格, 单位, 数量, 单价 but not the 用途 this role requires
    const needsPurpose: TableSpec = {
      ...REQUEST_TABLE,
      role: "purposes",
      sheetNameHints: ["申请单"],
      placedWhenComplete: true,
      columns: [
        ...REQUEST_TABLE.columns,
        column({
          key: "purpose",
          label: label("用途", "用途", "Purpose"),
          synonyms: ["用途"],
          type: "text",
          required: true,
        }),
      ],
      optional: true,
    };
    const found = locateInputs(book(sheet("申请单", REQUEST_ROWS)), [needsPurpose]);
    expect(names(found.byRole.get("purposes"))).toEqual([]);
    expect(found.issues.map((i) => i.code)).toEqual(["sheet_not_placed"]);
    const withPurpose = REQUEST_ROWS.map((row, n) => [...row, n === 2 ? "用途" : n === 3 ? "更换" : null]);
    const complete = locateInputs(book(sheet("申请单", withPurpose)), [needsPurpose]);
    expect(names(complete.byRole.get("purposes"))).toEqual(["申请单"]);
  });
});

describe("locateInputs properties", () => {
  const kinds = ["request", "holiday", "attendance", "empty", "owned"] as const;
  const rowsOf: Record<(typeof kinds)[number], CellValue[][]> = {
    request: REQUEST_ROWS,
    holiday: HOLIDAY_ROWS,
    attendance: ATTENDANCE_ROWS,
    empty: [[null]],
    owned: REQUEST_ROWS,
  };

  it("every sheet is placed once or reported once (unplaced or empty); only owned sheets are skipped silently", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...kinds), { maxLength: 8 }), (layout) => {
        const sheets = layout.map((kind, i) =>
          sheet(`S${i}`, rowsOf[kind], kind === "owned" ? "own" : undefined),
        );
        const found = locateInputs(book(...sheets), [REQUEST_TABLE, HOLIDAY_TABLE]);
        const placed = [...found.byRole.values()].flat().map((s) => s.name);
        const warned = found.issues.filter((i) => i.code === "sheet_not_placed").map((i) => i.sheet);
        const empty = found.issues.filter((i) => i.code === "empty_sheet").map((i) => i.sheet);
        layout.forEach((kind, i) => {
          const name = `S${i}`;
          const count = (list: (string | undefined)[]) => list.filter((n) => n === name).length;
          expect([count(placed), count(warned), count(empty)]).toEqual(
            kind === "owned"
              ? [0, 0, 0]
              : kind === "empty"
                ? [0, 0, 1]
                : kind === "attendance"
                  ? [0, 1, 0]
                  : [1, 0, 0],
          );
        });
        expect(names(found.byRole.get("purchase-requests"))).toEqual(
          sheets.filter((_, i) => layout[i] === "request").map((s) => s.name),
        );
        const missing = found.issues.some((i) => i.code === "no_input_sheet");
        expect(missing).toBe(!layout.includes("request"));
      }),
    );
  });
});

describe("locateInputs with sheets a person chose", () => {
  it("places exactly the chosen sheets for a role and searches the rest", () => {
    const found = locateInputs(
      book(sheet("工程部", REQUEST_ROWS), sheet("客服部", REQUEST_ROWS), sheet("节假日", HOLIDAY_ROWS)),
      [REQUEST_TABLE, HOLIDAY_TABLE],
      { [REQUEST_TABLE.role]: ["客服部"] },
    );
    expect(names(found.byRole.get(REQUEST_TABLE.role))).toEqual(["客服部"]);
    expect(names(found.byRole.get("holidays"))).toEqual(["节假日"]);
    expect(found.issues).toEqual([{ code: "sheet_not_placed", severity: "warning", sheet: "工程部" }]);
  });
});
