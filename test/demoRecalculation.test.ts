import { describe, expect, it, beforeAll, afterAll } from "vitest";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { runCli } from "./helpers/runCli";
import { findSoffice, recalculateXlsx } from "./helpers/libreoffice";
import { callsAddinFunction, JOBS } from "../core/index";
import { DEMO_WORKBOOK } from "../cli/demo/runDemo";

const soffice = findSoffice();

/** A formula cell PropDesk wrote, with the value the core computed for it. */
interface WrittenFormula {
  sheet: string;
  address: string;
  row: number;
  column: number;
  formula: string;
  value: number | string | null;
}

/** Every formula cell of a workbook with its cached result (null when the file keeps none, as for a 0). */
async function writtenFormulas(path: string): Promise<WrittenFormula[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  const out: WrittenFormula[] = [];
  for (const ws of book.worksheets) {
    ws.eachRow((row, r) =>
      row.eachCell((cell, c) => {
        const v = cell.value;
        if (v === null || typeof v !== "object" || !("formula" in v)) return;
        const result = (v as ExcelJS.CellFormulaValue).result;
        const value = typeof result === "number" || typeof result === "string" ? result : null;
        out.push({ sheet: ws.name, address: cell.address, row: r, column: c, formula: v.formula, value });
      }),
    );
  }
  return out;
}

describe.skipIf(!soffice)("every job's sheets in the demo output, recalculated by LibreOffice", () => {
  let dir: string;
  let output: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "propdesk-demo-recalc-"));
    const run = await runCli(["demo", "--out-dir", dir, "--today", "2026-11-29"]);
    expect(run.code, run.stderr).toBe(0);
    output = join(dir, DEMO_WORKBOOK.replace(/\.xlsx$/, ".propdesk.xlsx"));
  }, 120_000);

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("gives every formula the value the core wrote beside it, to the fen", async () => {
    const formulas = await writtenFormulas(output);
    const sheets = new Set(formulas.map((f) => f.sheet));
    expect(sheets.size).toBeGreaterThanOrEqual(JOBS.length);
    const recalculated = await recalculateXlsx(output);
    const wrong: string[] = [];
    for (const f of formulas) {
      // LibreOffice has no add-in functions: PropDesk's (`_xldudf_PROPDESK_…`) are checked in core/demo.
      if (f.formula.startsWith("HYPERLINK(") || callsAddinFunction(f.formula)) continue;
      const got = recalculated.get(f.sheet)?.[f.row - 1]?.[f.column - 1] ?? null;
      const same =
        f.value === null
          ? got === null || got === "" || got === 0
          : typeof f.value === "number"
            ? typeof got === "number" && Math.abs(got - f.value) < 0.005
            : (got ?? "") === (f.value ?? "");
      if (!same) wrong.push(`${f.sheet}!${f.address} =${f.formula}: wrote ${f.value}, LibreOffice ${got}`);
    }
    expect(wrong.slice(0, 20)).toEqual([]);
  }, 180_000);
});
