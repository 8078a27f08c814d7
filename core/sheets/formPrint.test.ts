import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { shownText, shownWidth } from "./shownText";
import { FormSheetBuilder, type FormSheetOptions } from "./formSheetBuilder";
import { MONEY_FORMAT } from "./formats";
import { withSheetContext } from "./sheetContext";
import { keepWithTable, pageFooter, pageHeader } from "./printedPage";
import { displayWidth, wrappedLines } from "../values/displayWidth";
import { projectNameOf } from "../table/projectName";

function options(extra: Partial<FormSheetOptions> = {}): FormSheetOptions {
  return {
    name: "测试 2026-11",
    key: "test/2026-11",
    title: "测试表",
    subtitles: ["月份：2026-11"],
    columns: [
      { header: "名称", width: 10 },
      { header: "金额", width: 8, format: MONEY_FORMAT },
    ],
    orientation: "portrait",
    ...extra,
  };
}

describe("display width: CJK characters count two", () => {
  it.each([
    ["T8 1.2m 18W", 11],
    ["物资名称", 8],
    ["（元）", 6],
    ["12-27(8)", 8],
    ["第一行\n二", 6],
    ["", 0],
  ])("%j is %i wide", (text, width) => {
    expect(displayWidth(text)).toBe(width);
  });

  it.each([
    ["一二三四五", 4, 3],
    ["abc", 10, 1],
    ["a\nb", 10, 2],
    ["", 3, 1],
  ])("%j in %i columns takes %i lines", (text, width, lines) => {
    expect(wrappedLines(text, width)).toBe(lines);
  });
});

describe("the width a cell shows", () => {
  it("is the width of its shown text, money counted without making the text (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -(10 ** 13), max: 10 ** 13 }),
        fc.constantFrom(MONEY_FORMAT, "General", undefined),
        (cents, format) => {
          const value = cents / 100;
          expect(shownWidth(value, format)).toBe(displayWidth(shownText(value, format)));
        },
      ),
    );
  });

  it.each([
    [0, "0.00"],
    [-0.004, "-0.00"],
    [1234567.8, "1,234,567.80"],
    [-1234.5, "-1,234.50"],
  ])("money %d shows as %s", (value, text) => {
    expect(shownText(value, MONEY_FORMAT)).toBe(text);
    expect(shownWidth(value, MONEY_FORMAT)).toBe(text.length);
  });
});

describe("the project and unit under the title", () => {
  it.each([
    ["explicit", { project: "阳光花园" }, null, "项目：阳光花园      月份：2026-11      单位：元"],
    ["from the run", {}, "翠湖苑", "项目：翠湖苑      月份：2026-11      单位：元"],
    ["explicit wins", { project: "阳光花园" }, "翠湖苑", "项目：阳光花园      月份：2026-11      单位：元"],
    ["named nowhere", {}, null, "项目：________________      月份：2026-11      单位：元"],
    ["left out", { project: false as const }, "翠湖苑", "月份：2026-11      单位：元"],
  ])("%s", (_what, extra, runProject, line) => {
    const spec = withSheetContext({ project: runProject }, () =>
      new FormSheetBuilder(options(extra)).build(),
    );
    expect(spec.cells[1]?.[0]).toBe(line);
  });

  it("speaks the reader's language", () => {
    const spec = new FormSheetBuilder(options({ lang: "en", project: "Sunny" })).build();
    expect(spec.cells[1]?.[0]).toBe("Project: Sunny      月份：2026-11      Amounts in yuan");
  });
});

describe("page header, footer and print area", () => {
  it("names the project and the title in the header, page P of N and the print date in the footer", () => {
    const builder = new FormSheetBuilder(options({ project: "A&B 花园", lang: "zh-TW" }));
    builder.row(["x", 1]);
    builder.signatures(["製表人"]);
    const spec = builder.build();
    expect(spec.print?.header).toEqual({ left: "A&&B 花园", center: "测试表" });
    expect(spec.print?.footer).toEqual({ center: "第 &P 頁 共 &N 頁", right: "列印日期：&D" });
    expect(spec.print?.area).toEqual({ top: 1, left: 1, bottom: spec.cells.length, right: 2 });
  });

  it.each([
    ["zh-CN", "第 &P 页 共 &N 页", "打印日期：&D"],
    ["en", "Page &P of &N", "Printed &D"],
  ] as const)("footer in %s", (lang, center, right) => {
    expect(pageFooter(lang)).toEqual({ center, right });
  });

  it("leaves the header's left part out when no project is known", () => {
    expect(pageHeader("表", null)).toEqual({ center: "表" });
  });
});

describe("columns sized from what they show", () => {
  it("widens a money column to its widest amount with separators, never cutting a number", () => {
    const builder = new FormSheetBuilder(options());
    builder.row(["x", 1234567.89]);
    expect(builder.build().columns[1]?.width).toBe(displayWidth("1,234,567.89") + 2);
  });

  it("widens a text column while the page has room, and wraps it beyond, with the row as high as its lines", () => {
    const long = "规格很长的物资说明".repeat(12);
    const builder = new FormSheetBuilder(options());
    const row = builder.row([long, 1]);
    const spec = builder.build();
    const width = spec.columns[0]?.width ?? 0;
    expect(width).toBeGreaterThan(10);
    expect(width + (spec.columns[1]?.width ?? 0)).toBeLessThanOrEqual(94);
    expect(spec.styles).toContainEqual({ top: row, left: 1, bottom: row, right: 1, style: "wrap" });
    const lines = wrappedLines(long, width - 1);
    expect(lines).toBeGreaterThan(1);
    expect(spec.rowHeights).toContainEqual({ row, height: lines * 15 + 3 });
  });

  it("wraps a note longer than the table and gives its row the lines it needs", () => {
    const builder = new FormSheetBuilder(options());
    builder.row(["x", 1]);
    builder.notes(["说明".repeat(40)]);
    const spec = builder.build();
    const row = spec.cells.length;
    expect(spec.styles).toContainEqual({ top: row, left: 1, bottom: row, right: 2, style: "wrap" });
    expect(spec.rowHeights?.find((h) => h.row === row)?.height).toBeGreaterThan(15);
  });
});

describe("signatures kept with the table", () => {
  const heights = () => 15;
  it("breaks before the last rows of the body when the signatures would start a page of their own", () => {
    // 40 rows of 15 pt to a 600 pt page: the body ends on row 40, the signatures (41-44) would go to page 2
    expect(
      keepWithTable({
        heights,
        lastRow: 44,
        bodyStart: 5,
        bodyEnd: 40,
        blockStart: 41,
        repeatPoints: 15,
        pagePoints: 600,
        keep: 3,
      }),
    ).toBe(38);
  });

  it("leaves the pages alone when the signatures fit under the table", () => {
    expect(
      keepWithTable({
        heights,
        lastRow: 30,
        bodyStart: 5,
        bodyEnd: 26,
        blockStart: 27,
        repeatPoints: 15,
        pagePoints: 600,
        keep: 3,
      }),
    ).toBeUndefined();
  });

  it("puts the break into a long sheet whose signatures would be parted from it", () => {
    const columns = [
      { header: "名称", width: 50 },
      { header: "金额", width: 12, format: MONEY_FORMAT },
    ];
    const builder = new FormSheetBuilder(options({ columns }));
    // title 27 pt, subtitle and header 15 pt each, then 45 rows of 15 pt: 732 of the page's 734 pt, full to the last row
    for (let i = 0; i < 45; i++) builder.row([`物资${i}`, i]);
    builder.signatures(["编制人", "审核人"]);
    const spec = builder.build();
    expect(spec.print?.breaks).toEqual([46]);
    expect(spec.cells[45]?.[0]).toBe("物资42");
    expect(spec.print?.onePage).toBeUndefined();
  });

  it("prints a sheet that fits one page on one, without a break that would part its last rows", () => {
    const columns = [
      { header: "名称", width: 50 },
      { header: "金额", width: 12, format: MONEY_FORMAT },
    ];
    const builder = new FormSheetBuilder(options({ columns }));
    // title 27 pt, subtitle and header 15 pt each, 38 rows, the total and the signatures' rows: within the page's
    // 734 pt, but past the 85% of it the break is estimated at
    for (let i = 0; i < 38; i++) builder.row([`物资${i}`, i]);
    builder.signatures(["编制人", "审核人"]);
    const spec = builder.build();
    expect(spec.print?.onePage).toBe(true);
    expect(spec.print?.breaks).toBeUndefined();
  });
});

describe("the project a workbook names", () => {
  const book = (rows: unknown[][], ownerKey?: string) => ({
    date1904: false,
    sheets: [
      { name: "表", values: rows as never, origin: { row: 1, column: 1 }, ...(ownerKey ? { ownerKey } : {}) },
    ],
  });
  it.each([
    [[["项目：阳光花园", null, "期间：2026-11"]], "阳光花园"],
    [[["物资采购申请单"], ["部门：工程部        项目：翠湖苑"]], null],
    [[["项目名称: 翠湖苑  制表：客服部"]], "翠湖苑"],
    [[["项目：阳光花园 期间：2026-11"]], "阳光花园"],
    [[["项目：________"]], null],
    [[["收费明细"]], null],
  ])("%j gives %j", (rows, project) => {
    expect(projectNameOf(book(rows))).toBe(project);
  });

  it("does not look at PropDesk's own sheets", () => {
    expect(projectNameOf(book([["项目：旧的"]], "collection/rates/2026-11"))).toBeNull();
  });
});
