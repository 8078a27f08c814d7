import { describe, expect, it } from "vitest";
import { readTable, type TableRead } from "./readTable";
import { column, table } from "./declaration";
import type { CellValue, SheetData } from "./sheetData";
import { isoToExcelSerial } from "../values/excelSerial";
import { toDayNumber } from "../values/isoDate";
import { parseTextCell } from "../values/textCell";
import { timeCellText } from "../values/moment";

const LOG = table({
  role: "time-test",
  label: { "zh-CN": "登记表", "zh-TW": "登記表", en: "register" },
  columns: [
    column({
      key: "item",
      label: { "zh-CN": "事项", "zh-TW": "事項", en: "Item" },
      synonyms: ["事项"],
      type: "text",
      required: true,
    }),
    column({
      key: "at",
      label: { "zh-CN": "时间", "zh-TW": "時間", en: "Time" },
      synonyms: ["时间"],
      type: "time",
      maxLength: 50,
    }),
  ],
});

const serial = (iso: string) => isoToExcelSerial(iso, false);
const day = (iso: string) => toDayNumber(iso);

/** Reads the cells under a header, both ways (quick path and every cell in full), which must agree. */
function read(cells: CellValue[]): TableRead<typeof LOG> {
  const sheet: SheetData = {
    name: "登记",
    values: [["事项", "时间"], ...cells.map((c, i) => [`事项${i + 1}`, c])],
    origin: { row: 1, column: 1 },
  };
  const quick = readTable(sheet, LOG, { date1904: false, near: "2026-11" });
  expect(readTable(sheet, LOG, { date1904: false, near: "2026-11", fullReading: true })).toEqual(quick);
  return quick;
}

describe("time columns", () => {
  it("read each cell's moment, and keep what it holds", () => {
    const r = read([
      "9:30",
      " 09:30:00 ",
      "上午9点半",
      0.75,
      serial("2026-11-26"),
      serial("2026-11-26") + 0.625,
      "2026-11-26 15:00",
      "11月26日15:30",
      "11月26日",
      "明天",
      true,
    ]);
    expect(r.issues).toEqual([]);
    expect(r.rows.map((row) => row.values.at)).toEqual([
      { value: "9:30", moment: { kind: "time", day: 0, minutes: 570 } },
      { value: "09:30:00", moment: { kind: "time", day: 0, minutes: 570 } },
      { value: "上午9点半", moment: { kind: "time", day: 0, minutes: 570 } },
      { value: 0.75, moment: { kind: "time", day: 0, minutes: 1080 } },
      { value: serial("2026-11-26"), moment: { kind: "date", day: day("2026-11-26"), minutes: 0 } },
      {
        value: serial("2026-11-26") + 0.625,
        moment: { kind: "datetime", day: day("2026-11-26"), minutes: 900 },
      },
      { value: "2026-11-26 15:00", moment: { kind: "datetime", day: day("2026-11-26"), minutes: 900 } },
      {
        value: "11月26日15:30",
        moment: { kind: "datetime", day: day("2026-11-26"), minutes: 930, yearless: true },
      },
      { value: "11月26日", moment: { kind: "date", day: day("2026-11-26"), minutes: 0, yearless: true } },
      { value: "明天", moment: null },
      { value: "TRUE", moment: null },
    ]);
  });

  it("give the issues a text column gives for an error or too long a cell, the cell counted as empty", () => {
    const cells: CellValue[] = ["#N/A", "9".repeat(51), 1e-300, "  "];
    const r = read(cells);
    expect(r.issues.map((i) => [i.code, i.severity, `${i.column ?? ""}${i.row}`])).toEqual([
      ["cell_error", "warning", "B2"],
      ["text_too_long", "warning", "B3"],
      ["text_too_long", "warning", "B4"],
    ]);
    expect(r.rows.map((row) => row.values.at)).toEqual([null, null, null, null]);
    const asText = cells.map((c) => parseTextCell(c, 50));
    expect(asText.map((p) => p.ok)).toEqual([false, false, false, true]);
  });

  it("show a cell's text as a text column would", () => {
    const r = read([0.1 + 0.2]);
    expect(timeCellText(r.rows[0]!.values.at!)).toBe("0.3");
  });
});
