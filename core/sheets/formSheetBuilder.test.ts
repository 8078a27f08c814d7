import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { FormSheetBuilder } from "./formSheetBuilder";
import type { FormColumn, FormSheetOptions, HeaderGroup } from "./formSheetBuilder";
import { isFormulaCell } from "./sheetSpec";
import type { OutCell, SheetSpec } from "./sheetSpec";
import { MONEY_FORMAT, QUANTITY_FORMAT, TEXT_FORMAT } from "./formats";

const COLUMNS: FormColumn[] = [
  { header: "序号", width: 6 },
  { header: "物资名称", width: 20, format: TEXT_FORMAT },
  { header: "单位", width: 6 },
  { header: "数量", width: 8, format: QUANTITY_FORMAT },
  { header: "单价", width: 10, format: MONEY_FORMAT },
  { header: "金额", width: 12, format: MONEY_FORMAT },
];

function options(extra: Partial<FormSheetOptions> = {}): FormSheetOptions {
  return {
    name: "物资采购计划 2027-01",
    key: "purchase-plan/plan/2027-01",
    title: "阳光花园 2027年1月 物资采购计划",
    subtitles: ["项目：阳光花园", "计划月份：2027-01"],
    columns: COLUMNS,
    orientation: "landscape",
    project: false,
    ...extra,
  };
}

const cell = (spec: SheetSpec, row: number, column: number): OutCell =>
  spec.cells[row - 1]?.[column - 1] ?? null;
const merged = (spec: SheetSpec, top: number, left: number, bottom: number, right: number) =>
  spec.merges.some((m) => m.top === top && m.left === left && m.bottom === bottom && m.right === right);

describe("FormSheetBuilder layout without header groups", () => {
  const builder = new FormSheetBuilder(options({ freezeColumns: 2, clerkColumns: [6] }));
  const first = builder.nextRow;
  builder.row([1, "LED灯管", "支", 20, 12.5, 250]);
  const spec = builder.build();

  it("puts the title in row 1 merged across every column, then the subtitles, then the header", () => {
    expect(cell(spec, 1, 1)).toBe("阳光花园 2027年1月 物资采购计划");
    expect(merged(spec, 1, 1, 1, 6)).toBe(true);
    expect([cell(spec, 2, 1), cell(spec, 3, 1)]).toEqual([
      "项目：阳光花园",
      "计划月份：2027-01      单位：元",
    ]);
    expect(merged(spec, 2, 1, 2, 6)).toBe(true);
    expect(merged(spec, 3, 1, 3, 6)).toBe(true);
    expect(spec.cells[3]).toEqual(["序号", "物资名称", "单位", "数量", "单价", "金额"]);
    expect(first).toBe(5);
  });

  it("styles the title, subtitle and header rows over the full width", () => {
    expect(spec.styles).toEqual(
      expect.arrayContaining([
        { top: 1, left: 1, bottom: 1, right: 6, style: "title" },
        { top: 2, left: 1, bottom: 2, right: 6, style: "subtitle" },
        { top: 3, left: 1, bottom: 3, right: 6, style: "subtitle" },
        { top: 4, left: 1, bottom: 4, right: 6, style: "header" },
        { top: 5, left: 1, bottom: 5, right: 6, style: "body" },
      ]),
    );
  });

  it("freezes the rows down to the header and repeats the header row when printed", () => {
    expect(spec.freeze).toEqual({ rows: 4, columns: 2 });
    expect(spec.print).toMatchObject({
      orientation: "landscape",
      paper: "A4",
      fitToWidth: true,
      repeatRows: { first: 4, last: 4 },
    });
  });

  it("carries name, key, widths and clerk columns, and pads every row to the full width", () => {
    expect(spec.name).toBe("物资采购计划 2027-01");
    expect(spec.key).toBe("purchase-plan/plan/2027-01");
    expect(spec.columns).toEqual([
      { width: 6 },
      { width: 20 },
      { width: 6 },
      { width: 8 },
      { width: 10 },
      { width: 12 },
    ]);
    expect(spec.clerkColumns).toEqual([6]);
    expect(spec.cells.every((row) => row.length === 6)).toBe(true);
  });

  it("has no freeze columns or clerk columns unless asked", () => {
    const plain = new FormSheetBuilder(options()).build();
    expect(plain.freeze).toEqual({ rows: 4, columns: 0 });
    expect("clerkColumns" in plain).toBe(false);
  });

  it("works with no subtitles: the header is row 2, or 3 under the money unit's line", () => {
    const plain = COLUMNS.map((c) => ({ header: c.header, width: c.width }));
    const bare = new FormSheetBuilder(options({ subtitles: [], columns: plain }));
    expect(bare.nextRow).toBe(3);
    const built = bare.build();
    expect(built.freeze?.rows).toBe(2);
    expect(built.print?.repeatRows).toEqual({ first: 2, last: 2 });
    const money = new FormSheetBuilder(options({ subtitles: [] }));
    expect(money.nextRow).toBe(4);
    expect(money.build().cells[1]?.[0]).toBe("单位：元");
  });
});

describe("FormSheetBuilder layout with header groups", () => {
  const columns: FormColumn[] = [
    { header: "序号", width: 6 },
    { header: "物资名称", width: 20 },
    { header: "单位", width: 6 },
    { header: "工程部", width: 8 },
    { header: "客服部", width: 8 },
    { header: "保洁部", width: 8 },
    { header: "备注", width: 12 },
  ];
  const groups: HeaderGroup[] = [
    { label: "各部门申请数量", first: 4, last: 6 },
    { label: "说明", first: 7, last: 7 },
  ];
  const builder = new FormSheetBuilder(
    options({ columns, headerGroups: groups, subtitles: ["计划月份：2027-01"] }),
  );
  const first = builder.nextRow;
  const spec = builder.build();

  it("puts a group row above the header, merging each group over its columns", () => {
    expect(cell(spec, 3, 4)).toBe("各部门申请数量");
    expect(merged(spec, 3, 4, 3, 6)).toBe(true);
    expect(cell(spec, 3, 7)).toBe("说明");
    expect(spec.merges.filter((m) => m.left === 7)).toEqual([]);
    expect(spec.cells[3]?.slice(3)).toEqual(["工程部", "客服部", "保洁部", "备注"]);
  });

  it("merges each ungrouped header over the group row and the header row, its text on top", () => {
    for (const [column, header] of [
      [1, "序号"],
      [2, "物资名称"],
      [3, "单位"],
    ] as const) {
      expect(merged(spec, 3, column, 4, column)).toBe(true);
      expect(cell(spec, 3, column)).toBe(header);
    }
    expect(spec.merges.filter((m) => m.top === 3 && m.bottom === 4)).toHaveLength(3);
  });

  it("numbers the header row after the group row; freezes and prints both", () => {
    expect(first).toBe(5);
    expect(spec.freeze).toEqual({ rows: 4, columns: 0 });
    expect(spec.print?.repeatRows).toEqual({ first: 3, last: 4 });
    expect(spec.styles).toEqual(
      expect.arrayContaining([
        { top: 3, left: 1, bottom: 3, right: 7, style: "header" },
        { top: 4, left: 1, bottom: 4, right: 7, style: "header" },
      ]),
    );
  });

  it("an empty header-group list is no group row", () => {
    const none = new FormSheetBuilder(options({ headerGroups: [] }));
    expect(none.nextRow).toBe(5);
    expect(none.build().print?.repeatRows).toEqual({ first: 4, last: 4 });
  });
});

describe("FormSheetBuilder groups, subtotals and the total", () => {
  const b = new FormSheetBuilder(options());
  const office = b.group("一、办公物资");
  const officeRows = [
    b.row([1, "A4纸", "箱", 2, 150, 300]),
    b.row([2, "签字笔", "盒", 5, 12, 60]),
    b.row([3, "文件夹", "个", 10, 4, 40]),
  ];
  const officeSub = b.subtotal("小计", { 6: 400 });
  const works = b.group("二、工程物资");
  const worksRow = b.row([4, "LED灯管", "支", 20, 12.5, 250]);
  const worksSub = b.subtotal("小计", { 4: 20, 6: 250 }, 2);
  const cleaning = b.group("三、保洁物资");
  const cleaningSub = b.subtotal("小计", { 6: 0 });
  const total = b.total("合计", { 6: 650 });
  b.notes(["注：单价为含税价。"]);
  b.signatures(["编制人", "项目负责人", "副总经理"]);
  const spec = b.build();

  it("numbers rows as Excel will show them", () => {
    expect([
      office,
      ...officeRows,
      officeSub,
      works,
      worksRow,
      worksSub,
      cleaning,
      cleaningSub,
      total,
    ]).toEqual([5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
  });

  it("a group heading is merged across the width and styled", () => {
    expect(cell(spec, 5, 1)).toBe("一、办公物资");
    expect(merged(spec, 5, 1, 5, 6)).toBe(true);
    expect(spec.styles).toContainEqual({ top: 5, left: 1, bottom: 5, right: 6, style: "group" });
  });

  it("a subtotal sums exactly the rows since its group heading with SUBTOTAL(9, ...)", () => {
    expect(cell(spec, 9, 1)).toBe("小计");
    expect(cell(spec, 9, 6)).toEqual({ formula: "SUBTOTAL(9,F6:F8)", value: 400 });
    expect(spec.styles).toContainEqual({ top: 9, left: 1, bottom: 9, right: 6, style: "subtotal" });
  });

  it("puts each summed column's formula in its own column and the label where asked", () => {
    expect(cell(spec, 12, 1)).toBeNull();
    expect(cell(spec, 12, 2)).toBe("小计");
    expect(cell(spec, 12, 4)).toEqual({ formula: "SUBTOTAL(9,D11:D11)", value: 20 });
    expect(cell(spec, 12, 6)).toEqual({ formula: "SUBTOTAL(9,F11:F11)", value: 250 });
    expect(cell(spec, 12, 5)).toBeNull();
  });

  it("an empty group's subtotal is a plain value, not a formula over no rows", () => {
    expect(cell(spec, 14, 6)).toBe(0);
  });

  it("the total spans the whole body, from the first body row to the row before it", () => {
    expect(cell(spec, 15, 1)).toBe("合计");
    expect(cell(spec, 15, 6)).toEqual({ formula: "SUBTOTAL(9,F5:F14)", value: 650 });
    expect(spec.styles).toContainEqual({ top: 15, left: 1, bottom: 15, right: 6, style: "total" });
  });

  it("a total over an empty body is a plain value", () => {
    const empty = new FormSheetBuilder(options());
    const row = empty.total("合计", { 6: 0 });
    expect(row).toBe(5);
    expect(cell(empty.build(), 5, 6)).toBe(0);
  });

  it("applies each column's number format over the body rows only, column by column", () => {
    expect(spec.numberFormats).toEqual([
      { top: 5, left: 2, bottom: 15, right: 2, format: TEXT_FORMAT },
      { top: 5, left: 4, bottom: 15, right: 4, format: QUANTITY_FORMAT },
      { top: 5, left: 5, bottom: 15, right: 5, format: MONEY_FORMAT },
      { top: 5, left: 6, bottom: 15, right: 6, format: MONEY_FORMAT },
    ]);
    expect(spec.styles).toContainEqual({ top: 5, left: 1, bottom: 15, right: 6, style: "body" });
  });

  it("has no number formats or body style when there is no body", () => {
    const empty = new FormSheetBuilder(options());
    empty.notes(["无"]);
    empty.signatures(["编制人"]);
    const built = empty.build();
    expect(built.numberFormats).toEqual([]);
    expect(built.styles.some((s) => s.style === "body")).toBe(false);
  });

  it("puts notes after a blank row, merged across the width", () => {
    expect(spec.cells[15]).toEqual([null, null, null, null, null, null]);
    expect(cell(spec, 17, 1)).toBe("注：单价为含税价。");
    expect(merged(spec, 17, 1, 17, 6)).toBe(true);
    expect(spec.styles).toContainEqual({ top: 17, left: 1, bottom: 17, right: 6, style: "note" });
  });

  it("gives each signature a merged area wide enough for it, as many to a row as fit, a date line below each", () => {
    const date = "日期：_____年___月___日";
    expect(spec.cells[17]).toEqual([null, null, null, null, null, null]);
    expect(spec.cells.slice(18)).toEqual([
      ["编制人：______________", null, null, "项目负责人：______________", null, null],
      [date, null, null, date, null, null],
      [null, null, null, null, null, null],
      ["副总经理：______________", null, null, null, null, null],
      [date, null, null, null, null, null],
    ]);
    for (const row of [19, 20]) {
      expect(merged(spec, row, 1, row, 3)).toBe(true);
      expect(merged(spec, row, 4, row, 6)).toBe(true);
    }
    expect(merged(spec, 22, 1, 22, 3)).toBe(true);
    expect(spec.styles).toContainEqual({ top: 19, left: 1, bottom: 23, right: 6, style: "signature" });
  });

  it.each([
    ["zh-TW", "日期：_____年___月___日"],
    ["en", "Date: ____-__-__"],
  ] as const)("writes the date line in the reader's language (%s)", (lang, line) => {
    const b4 = new FormSheetBuilder({ ...options(), lang });
    b4.signatures(["Prepared by"]);
    expect(b4.build().cells.at(-1)?.[0]).toBe(line);
  });

  it("leaves the date lines out when asked", () => {
    const b2 = new FormSheetBuilder(options());
    b2.signatures(["编制人", "审核人"], false);
    const built = b2.build();
    expect(built.cells.slice(5)).toEqual([
      ["编制人：______________", null, null, "审核人：______________", null, null],
    ]);
    expect(built.styles).toContainEqual({ top: 6, left: 1, bottom: 6, right: 6, style: "signature" });
  });

  it("styles a data row only when a style is given", () => {
    const b3 = new FormSheetBuilder(options());
    b3.row([1]);
    const row = b3.row([2], "highlight");
    const built = b3.build();
    expect(built.styles.filter((s) => s.style !== "body" && s.top >= 5)).toEqual([
      { top: row, left: 1, bottom: row, right: 6, style: "highlight" },
    ]);
  });
});

/** Parses `SUBTOTAL(9,F6:F8)` into its column and rows. */
function parseSubtotal(cellValue: OutCell): { column: string; from: number; to: number } | null {
  if (!isFormulaCell(cellValue)) return null;
  const m = /^SUBTOTAL\(9,([A-Z]+)(\d+):([A-Z]+)(\d+)\)$/.exec(cellValue.formula);
  if (!m || m[1] !== m[3]) throw new Error(`unexpected formula ${cellValue.formula}`);
  return { column: m[1] ?? "", from: Number(m[2]), to: Number(m[4]) };
}

describe("FormSheetBuilder subtotal and total ranges (property)", () => {
  it("every subtotal covers exactly its group's data rows; the total covers the whole body", () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(6), { minLength: 1, maxLength: 8 }),
        fc.nat(3),
        fc.boolean(),
        (sizes, subtitleCount, withGroups) => {
          const b = new FormSheetBuilder(
            options({
              subtitles: Array.from({ length: subtitleCount }, (_, i) => `副标题${i}`),
              ...(withGroups ? { headerGroups: [{ label: "金额", first: 5, last: 6 }] } : {}),
            }),
          );
          const bodyStart = b.nextRow;
          expect(bodyStart).toBe(1 + Math.max(subtitleCount, 1) + (withGroups ? 2 : 1) + 1);
          const groups: { heading: number; rows: number[]; subtotal: number; size: number }[] = [];
          for (const size of sizes) {
            const heading = b.group(`组${groups.length}`);
            const rows = Array.from({ length: size }, (_, i) => b.row([i + 1, "物品", "个", 1, 1, 1]));
            const subtotal = b.subtotal("小计", { 4: size, 6: size });
            groups.push({ heading, rows, subtotal, size });
          }
          const totalRow = b.total("合计", { 6: sizes.reduce((a, n) => a + n, 0) });
          const spec = b.build();

          for (const g of groups) {
            expect(g.rows).toEqual(Array.from({ length: g.size }, (_, i) => g.heading + 1 + i));
            expect(g.subtotal).toBe(g.heading + g.size + 1);
            for (const [column, letter] of [
              [4, "D"],
              [6, "F"],
            ] as const) {
              const value = cell(spec, g.subtotal, column);
              if (g.size === 0) {
                expect(value).toBe(0);
              } else {
                expect(parseSubtotal(value)).toEqual({
                  column: letter,
                  from: g.heading + 1,
                  to: g.heading + g.size,
                });
                expect(isFormulaCell(value) && value.value).toBe(g.size);
              }
            }
          }
          expect(parseSubtotal(cell(spec, totalRow, 6))).toEqual({
            column: "F",
            from: bodyStart,
            to: totalRow - 1,
          });
          for (const f of spec.numberFormats) {
            expect([f.top, f.bottom]).toEqual([bodyStart, totalRow]);
          }
        },
      ),
    );
  });
});
