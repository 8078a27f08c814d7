import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isDateNumberFormat, type BookData } from "../../../core/index";
import { openZip } from "../zipArchive";
import { readBookWithExcelJs } from "./excelJsBook.testkit";
import { readXlsxBook } from "./readXlsxBook";

const ROOT = join(import.meta.dirname, "../../..");
const FIXTURES = join(ROOT, "test/fixtures");
/** How far the ExcelJS reader moved a date cell's serial by rounding it through a `Date`: half a millisecond. */
const DATE_ROUNDING = 0.5 / 86_400_000 + 1e-11;

/** `book` with each date cell's serial replaced by `reference`'s when the two differ by no more than ExcelJS's rounding. */
function forgivingDateRounding(book: BookData, reference: BookData): BookData {
  return {
    ...book,
    sheets: book.sheets.map((sheet, s) => ({
      ...sheet,
      values: sheet.values.map((row, r) =>
        row.map((value, c) => {
          const other = reference.sheets[s]?.values[r]?.[c];
          const format = sheet.numberFormats?.[r]?.[c] ?? "General";
          const near =
            typeof value === "number" &&
            typeof other === "number" &&
            Math.abs(value - other) <= DATE_ROUNDING;
          return near && isDateNumberFormat(format) ? other : value;
        }),
      ),
    })),
  };
}

let demoDir: string;
beforeAll(async () => {
  demoDir = await mkdtemp(join(tmpdir(), "propdesk-read-demo-"));
  await promisify(execFile)(
    process.execPath,
    ["cli/bin.mjs", "demo", "--out-dir", demoDir, "--today", "2026-11-20"],
    {
      cwd: ROOT,
    },
  );
});
afterAll(async () => {
  await rm(demoDir, { recursive: true, force: true });
});

async function workbooks(): Promise<string[]> {
  // The hostile corpus (issue 18) is made to break readers: ExcelJS reads it otherwise, or not at all.
  const fixtures = (await readdir(FIXTURES, { recursive: true }))
    .filter((name) => name.endsWith(".xlsx") && !name.startsWith("hostile"))
    .map((name) => join(FIXTURES, name));
  const demo = (await readdir(demoDir))
    .filter((name) => name.endsWith(".xlsx"))
    .map((name) => join(demoDir, name));
  return [...fixtures.sort(), ...demo.sort()];
}

describe("readXlsxBook beside the ExcelJS reader it replaced", () => {
  it("reads every test fixture and the demo's sample and output workbooks into the same BookData", async () => {
    const paths = await workbooks();
    expect(paths.length).toBeGreaterThanOrEqual(19);
    expect(paths.some((path) => path.endsWith(".propdesk.xlsx"))).toBe(true);
    for (const path of paths) {
      const bytes = await readFile(path);
      const zip = openZip(bytes);
      if (zip === null) throw new Error(`${path} is no zip`);
      const expected = await readBookWithExcelJs(bytes);
      const actual = await readXlsxBook(zip);
      expect(forgivingDateRounding(actual, expected), relative(ROOT, path)).toEqual(expected);
    }
  });

  it("reads PropDesk's own sheets in the demo output with their owner keys", async () => {
    const output = (await workbooks()).find((path) => path.endsWith(".propdesk.xlsx")) ?? "";
    const zip = openZip(await readFile(output));
    if (zip === null) throw new Error("the demo output is no zip");
    const owned = (await readXlsxBook(zip)).sheets.filter((sheet) => sheet.ownerKey !== undefined);
    expect(owned.length).toBeGreaterThan(5);
  });
});
