import { describe, expect, it } from "vitest";
import type { Issue } from "../../issues";
import type { DayMarks, Mark } from "./marks";
import type { Legend } from "./sheetLegend";
import { StatusReader, type Half } from "./statusReader";
import { brief } from "./testBook.testkit";

/** A legend of symbols and marks, as an office's `说明：` line gives it. */
function legendOf(pairs: [string, Mark][]): Legend {
  const source = { sheet: "考勤", row: 20, column: "A" };
  return {
    entries: new Map(pairs.map(([symbol, mark]) => [symbol.toLowerCase(), { symbol, mark, source }])),
  };
}

/** One office: △ is 迟到, × is 休假 (rest), ○ 事假. */
const OFFICE_A = legendOf([
  ["√", "present"],
  ["△", "late"],
  ["○", "事假"],
  ["×", "rest"],
]);
/** Another: △ is 出差, × is 旷工. */
const OFFICE_B = legendOf([
  ["√", "present"],
  ["△", "trip"],
  ["×", "absent"],
]);

const at = (column: string) => ({ sheet: "考勤", row: 5, column });

/** Reads one cell with a reader over a legend (or none), returning the marks and the issues. */
function readOne(legend: Legend | null, text: string): { marks: DayMarks | null; issues: string[] } {
  const issues: Issue[] = [];
  const reader = new StatusReader(legend, issues);
  const marks = reader.read(text, at("C"));
  reader.finish();
  return { marks, issues: issues.map(brief) };
}

describe("StatusReader: a sheet's legend decides what its symbols mean", () => {
  it.each<[string, Legend | null, string, DayMarks]>([
    ["office A's △ is late", OFFICE_A, "△", { am: "late", pm: "present" }],
    ["office B's △ is a business trip", OFFICE_B, "△", { am: "trip", pm: "trip" }],
    ["office A's × is rest", OFFICE_A, "×", { am: "rest", pm: "rest" }],
    ["office B's × is absent", OFFICE_B, "×", { am: "absent", pm: "absent" }],
    ["a legend symbol in a half day", OFFICE_A, "○/√", { am: "事假", pm: "present" }],
    ["a legend symbol and a word in a half day", OFFICE_A, "△/病假", { am: "late", pm: "病假" }],
    ["a meaning written out in full, not in the legend", OFFICE_A, "病假", { am: "病假", pm: "病假" }],
    ["出差 written out in full", OFFICE_A, "出差", { am: "trip", pm: "trip" }],
    ["迟到早退 written out in full", OFFICE_A, "迟到早退", { am: "late", pm: "early" }],
    ["a placeholder", OFFICE_A, "未入职", { am: null, pm: null }],
    ["an empty cell", OFFICE_B, "  ", { am: null, pm: null }],
    ["a Latin symbol in any case", legendOf([["SJ", "事假"]]), "sj", { am: "事假", pm: "事假" }],
  ])("%s", (_case, legend, text, marks) => {
    expect(readOne(legend, text)).toEqual({ marks, issues: [] });
  });

  it.each<[string, Legend, string]>([
    ["a symbol of another office", OFFICE_B, "○"],
    ["a built-in symbol the legend leaves out", OFFICE_B, "休"],
    ["a built-in abbreviation the legend leaves out", OFFICE_A, "病"],
    ["a half day with an undefined half", OFFICE_A, "☆/√"],
  ])("%s is an error at its cell", (_case, legend, text) => {
    const issues: Issue[] = [];
    expect(new StatusReader(legend, issues).read(text, at("C"))).toBeNull();
    expect(issues.map(brief)).toEqual(["legend_symbol_undefined 考勤!C5 error"]);
    expect(issues[0]!.params).toMatchObject({ value: text });
  });

  it("names the legend's symbols in the error", () => {
    const issues: Issue[] = [];
    new StatusReader(OFFICE_B, issues).read("○", at("C"));
    expect(issues[0]!.params).toEqual({ value: "○", symbols: "√ △ ×" });
  });
});

describe("StatusReader without a legend: the built-in symbols", () => {
  it.each<[string, DayMarks]>([
    ["√", { am: "present", pm: "present" }],
    ["旷工", { am: "absent", pm: "absent" }],
    ["出差", { am: "trip", pm: "trip" }],
    ["休", { am: "rest", pm: "rest" }],
  ])("reads %j quietly", (text, marks) => {
    expect(readOne(null, text)).toEqual({ marks, issues: [] });
  });

  it("names × once per sheet, at its first cell, with its meaning and the number of cells", () => {
    const issues: Issue[] = [];
    const reader = new StatusReader(null, issues);
    for (const [text, column] of [
      ["×", "C"],
      ["√", "D"],
      ["×", "E"],
      ["旷", "F"],
      ["×/√", "G"],
      ["A", "H"],
    ] as const) {
      expect(reader.read(text, at(column))).not.toBeNull();
    }
    reader.finish();
    // × in C, E and G (3 cells); A once in H; 旷 says absent in words and is not named.
    expect(issues.map(brief)).toEqual([
      "status_meaning_assumed 考勤!C5 warning",
      "status_meaning_assumed 考勤!H5 warning",
    ]);
    expect(issues.map((i) => ({ ...i.params, meaning: undefined }))).toEqual([
      { symbol: "×", count: 3, meaning: undefined },
      { symbol: "A", count: 1, meaning: undefined },
    ]);
    expect(issues[0]!.params!["meaning"]).toMatchObject({ "zh-CN": "旷工" });
  });

  it("an unknown symbol is unknown_status, as before", () => {
    expect(readOne(null, "○").issues).toEqual(["unknown_status 考勤!C5 error"]);
  });
});

describe("StatusReader.readHalf: a cell on a 上午 or 下午 row", () => {
  it.each<[string, Half, Mark | null]>([
    ["√", "am", "present"],
    ["事", "pm", "事假"],
    ["迟", "am", "late"],
    ["迟", "pm", "late"],
    ["早", "pm", "early"],
    ["迟早", "am", "late"],
    ["迟早", "pm", "early"],
    ["出差", "am", "trip"],
    ["", "pm", null],
    ["/", "am", null],
  ])("%j on the %s row is %s", (text, half, mark) => {
    const issues: Issue[] = [];
    expect(new StatusReader(null, issues).readHalf(text, at("C"), half)).toBe(mark);
    expect(issues).toEqual([]);
  });

  it.each(["事/√", "○"])("%j is an error at its cell (no half of a half)", (text) => {
    const issues: Issue[] = [];
    expect(new StatusReader(null, issues).readHalf(text, at("C"), "am")).toBeUndefined();
    expect(issues.map(brief)).toEqual(["unknown_status 考勤!C5 error"]);
  });
});
