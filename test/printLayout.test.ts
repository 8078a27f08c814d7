/**
 * Every output sheet of the demo prints as a form a manager signs (issue 19): no cell's text wider than its
 * column (or its merged area) unless it wraps or overflows into empty cells, every sheet one A4 page wide at a
 * readable scale, a print area from the title to the last signature, a page header naming the project and the
 * sheet and a footer with page numbers, and signatures each in an area of its own wide enough for its text.
 */
import { describe, expect, it } from "vitest";
import { JOBS, runJob, STYLE_LOOKS, type OutCell, type SheetSpec } from "../core/index";
import { demoBook, demoSheets } from "../core/demo/index";
import { displayWidth } from "../core/values/displayWidth";
import { shownText } from "../core/sheets/shownText";
import { MIN_PRINT_SCALE, printScale } from "../core/sheets/printedPage";

const TODAY = "2026-12-04";

function demoOutputSheets(lang: "zh-CN" | "en"): SheetSpec[] {
  const book = demoBook(demoSheets(TODAY));
  return JOBS.flatMap((job) => runJob(job, book, { today: TODAY, lang }).sheets);
}

function formatAt(spec: SheetSpec, row: number, column: number): string | undefined {
  let format: string | undefined;
  for (const b of spec.numberFormats)
    if (row >= b.top && row <= b.bottom && column >= b.left && column <= b.right) format = b.format;
  return format;
}

function wrapsAt(spec: SheetSpec, row: number, column: number): boolean {
  let wraps = false;
  for (const b of spec.styles) {
    if (row < b.top || row > b.bottom || column < b.left || column > b.right) continue;
    const alignment = STYLE_LOOKS[b.style].alignment;
    if (alignment !== undefined) wraps = alignment.wrapText === true;
  }
  return wraps;
}

/** The cells a text may take: its merged area, or its column and the empty cells after it (text overflows). */
function roomFor(spec: SheetSpec, row: number, column: number, cell: OutCell): number {
  const width = (c: number) => spec.columns[c - 1]?.width ?? 0;
  const merge = spec.merges.find((m) => m.top <= row && m.bottom >= row && m.left === column);
  if (merge !== undefined) {
    let room = 0;
    for (let c = merge.left; c <= merge.right; c++) room += width(c);
    return room;
  }
  let room = width(column);
  if (typeof cell !== "string") return room;
  for (let c = column + 1; c <= spec.columns.length; c++) {
    const next = spec.cells[row - 1]?.[c - 1] ?? null;
    const merged = spec.merges.some((m) => m.top <= row && m.bottom >= row && m.left <= c && m.right >= c);
    if (next !== null || merged) break;
    room += width(c);
  }
  return room;
}

describe.each(["zh-CN", "en"] as const)("the demo's output sheets print cleanly (%s)", (lang) => {
  const sheets = demoOutputSheets(lang);

  it("makes the sheets of every job", () => {
    expect(sheets.length).toBeGreaterThan(20);
  });

  it.each(sheets.map((s) => [s.name, s] as const))(
    "%s: no text wider than its room unless it wraps",
    (_n, spec) => {
      const cut: string[] = [];
      spec.cells.forEach((cells, r) =>
        cells.forEach((cell, c) => {
          if (cell === null) return;
          const text = shownText(cell, formatAt(spec, r + 1, c + 1));
          if (text === "" || wrapsAt(spec, r + 1, c + 1)) return;
          const hidden = spec.merges.some(
            (m) =>
              m.top <= r + 1 && m.bottom >= r + 1 && m.left <= c + 1 && m.right >= c + 1 && m.left !== c + 1,
          );
          if (hidden) return;
          const room = roomFor(spec, r + 1, c + 1, cell);
          const wide = displayWidth(text) * (r === 0 ? 16 / 11 : 1);
          if (wide > room) cut.push(`R${r + 1}C${c + 1} "${text}" ${wide} > ${room}`);
        }),
      );
      expect(cut).toEqual([]);
    },
  );

  it.each(sheets.map((s) => [s.name, s] as const))(
    "%s: one A4 page wide, print area, header and footer",
    (_n, spec) => {
      const print = spec.print;
      expect(print?.paper).toBe("A4");
      expect(print?.fitToWidth).toBe(true);
      const width = spec.columns.reduce((sum, c) => sum + c.width, 0);
      expect(printScale(width, print?.orientation ?? "portrait")).toBeGreaterThanOrEqual(MIN_PRINT_SCALE);
      expect(print?.area).toEqual({ top: 1, left: 1, bottom: spec.cells.length, right: spec.columns.length });
      expect(print?.header?.center).toBe(String(spec.cells[0]?.[0]).replaceAll("&", "&&"));
      expect(print?.header?.left).toBe("阳光花园");
      expect(print?.footer?.center).toBe(lang === "en" ? "Page &P of &N" : "第 &P 页 共 &N 页");
    },
  );

  it.each(sheets.map((s) => [s.name, s] as const))(
    "%s: the project and, with money, the unit under the title",
    (_n, spec) => {
      const lines = spec.cells.slice(1, 3).map((row) => String(row[0] ?? ""));
      expect(lines[0]).toMatch(lang === "en" ? /^Project: 阳光花园/ : /^项目：阳光花园/);
      const money = spec.numberFormats.some((f) => f.format === "#,##0.00");
      if (money) expect(lines.join(" ")).toContain(lang === "en" ? "Amounts in yuan" : "单位：元");
    },
  );
});
