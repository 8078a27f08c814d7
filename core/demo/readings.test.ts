import { describe, expect, it } from "vitest";
import { JOBS, placeJobInputs, runJob } from "../jobs/registry";
import { readTable } from "../table/readTable";
import { demoBook, demoSheets } from "./index";

const TODAY = "2026-12-04";
const book = demoBook(demoSheets(TODAY));

/** Every job reads its demo sheets; the run carries how each was read without the job handing it on. */
describe.each(JOBS.map((job) => [job.id, job] as const))("%s on the demo workbook", (_id, job) => {
  const run = runJob(job, book, { today: TODAY, lang: "zh-CN" });
  const { placed } = placeJobInputs(job, book);

  it("lists every placed sheet of its roles it read, once, in tab order", () => {
    expect(run.readings.length).toBeGreaterThan(0);
    const keys = run.readings.map((r) => `${r.sheet}/${r.role}`);
    expect(new Set(keys).size).toBe(keys.length);
    const order = book.sheets.map((s) => s.name);
    const ranks = run.readings.map((r) => order.indexOf(r.sheet));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    for (const table of job.inputs) {
      if (table.optional) continue;
      for (const sheet of placed.sheets(table))
        expect(keys, `${table.role}: ${sheet.name}`).toContain(`${sheet.name}/${table.role}`);
    }
  });

  it("has, for each sheet, what the table reader gives for it: header rows, columns, row counts", () => {
    for (const reading of run.readings) {
      const table = job.inputs.find((t) => t.role === reading.role);
      const sheet = placed.book.sheets.find((s) => s.name === reading.sheet);
      if (table === undefined || sheet === undefined) continue; // a sheet PropDesk wrote, read back
      const read = readTable(sheet, table, { date1904: book.date1904 });
      expect(reading.headerRows, reading.sheet).toEqual(read.headerRows);
      expect(reading.counts.rejected, reading.sheet).toEqual(read.counts.rejected);
      expect(reading.counts.skipped, reading.sheet).toEqual(read.counts.skipped);
      expect(reading.counts.read, reading.sheet).toEqual(read.counts.read);
      expect(Object.fromEntries(reading.columns.map((c) => [c.key, c.letter]))).toEqual(read.columns);
      expect(reading.table).toEqual(table.label);
    }
  });

  it("puts the readings into its issues sheet", () => {
    const issues = run.sheets.find((s) => s.key.endsWith("/issues"));
    const text = issues?.cells.flat().map((c) => (typeof c === "object" && c !== null && "text" in c ? c.text : c));
    expect(text).toContain("读取情况");
    for (const reading of run.readings)
      expect(text?.some((t) => typeof t === "string" && t.startsWith(`${reading.sheet}：`))).toBe(true);
  });
});
