import { describe, expect, it } from "vitest";
import { evaluateFormula, type FormulaEnv, type FormulaValue } from "../sheets/formulaEngine";
import { evaluateWorksheetFunction, functionContext, isFunctionError, WORKSHEET_FUNCTIONS } from "../functions/index";
import { JOBS, placeJobInputs } from "../jobs/registry";
import type { CellValue } from "../table/sheetData";
import { demoBook, demoSheets } from "./index";
import { FUNCTIONS_DEMO_SHEET, worksheetFunctionsDemo } from "./worksheetFunctions";

const TODAY = "2026-12-04";
const [sheet] = worksheetFunctionsDemo(TODAY);
const CONTEXT = functionContext([], false);

/** The demo sheet as the formula engine sees it: its values, its formulas, PropDesk's functions callable. */
function env(rows: readonly CellValue[][]): FormulaEnv<"sheet"> {
  const formulas = new Map((sheet?.formulas ?? []).map((f) => [`${f.row},${f.column}`, f.formula]));
  const valueAt = (_s: "sheet", row: number, column: number): FormulaValue | undefined => {
    const formula = formulas.get(`${row},${column}`);
    if (formula !== undefined) return evaluateFormula(formula, env(rows));
    return rows[row - 1]?.[column - 1] ?? undefined;
  };
  return {
    home: "sheet",
    sheet: () => undefined,
    valueAt,
    formulaAt: (_s, row, column) => formulas.get(`${row},${column}`),
    lastRow: () => rows.length,
    call: (name, args) => {
      const result = evaluateWorksheetFunction(name.replace(/^PROPDESK\./, ""), CONTEXT, args);
      return result === undefined ? undefined : isFunctionError(result) ? result.error : result;
    },
  };
}

describe("the demo's 日历函数 sheet", () => {
  it("calls every worksheet function, each formula cell holding what the formula computes", () => {
    expect(sheet?.name).toBe(FUNCTIONS_DEMO_SHEET);
    const formulas = sheet?.formulas ?? [];
    for (const { id } of WORKSHEET_FUNCTIONS)
      expect(formulas.some((f) => f.formula.includes(`PROPDESK.${id}(`)), id).toBe(true);
    const rows = sheet?.rows ?? [];
    for (const { row, column, formula } of formulas)
      expect(evaluateFormula(formula, env(rows)), `R${row}C${column} =${formula}`).toEqual(rows[row - 1]?.[column - 1]);
  });

  it("shows the make-up Saturday, the statutory days and the rest days of National Day 2026", () => {
    const rows = sheet?.rows ?? [];
    const row = (date: number) => rows.find((r) => r[0] === date) ?? [];
    const serial = 46305; // 2026-10-10
    expect(row(serial).slice(1, 8)).toEqual(["周六", "是", "workday", 1.5, serial, serial + 4, 6]); // 9-28..30, 10-8..10
    expect(row(serial - 9).slice(2, 6)).toEqual(["否", "statutory", 3, serial - 10]); // 10-01 → 09-30
    expect(row(serial - 5).slice(2, 6)).toEqual(["否", "restday", 2, serial - 10]); // 10-05
  });

  it("ages receivables against today and writes amounts in words", () => {
    const rows = sheet?.rows ?? [];
    const words = rows.map((r) => r[2]);
    expect(words).toContain("壹仟贰佰叁拾肆元伍角整");
    expect(words).toContain("叁角整");
    expect(words).toContain("负贰佰伍拾元整");
    expect(rows.map((r) => r[3])).toEqual(expect.arrayContaining(["未到期", "1-30", "31-90", "3年以上"]));
    expect(rows.map((r) => r[4])).toEqual(expect.arrayContaining(["Not yet due", "Over 3 years"]));
  });

  it("holds what the add-in computes with the workbook's own 节假日 sheet", () => {
    const holidays = {
      name: "节假日",
      rows: [["日期", "类型"], [46305, "休"]], // the make-up Saturday 2026-10-10 made a day off
    };
    const [withHolidays] = worksheetFunctionsDemo(TODAY, [holidays]);
    const row = withHolidays?.rows.find((r) => r[0] === 46305) ?? [];
    expect(row.slice(2, 5)).toEqual(["否", "restday", 2]);
    const inBook = demoSheets(TODAY).find((s) => s.name === FUNCTIONS_DEMO_SHEET);
    const own = demoSheets(TODAY).filter((s) => s.name === "节假日");
    expect(inBook).toEqual(worksheetFunctionsDemo(TODAY, own)[0]);
  });

  it("is in the demo workbook and no job takes it as an input", () => {
    const book = demoBook(demoSheets(TODAY));
    expect(book.sheets.map((s) => s.name)).toContain(FUNCTIONS_DEMO_SHEET);
    for (const job of JOBS) {
      const placed = [...placeJobInputs(job, book).found.byRole.values()].flat().map((s) => s.name);
      expect(placed, job.id).not.toContain(FUNCTIONS_DEMO_SHEET);
    }
  });
});
