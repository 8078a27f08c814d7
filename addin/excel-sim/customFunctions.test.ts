import { describe, expect, it } from "vitest";
import { ExcelSimulator } from "./excelSimulator";

/** A workbook with a date in A1, 5 in A2, an error in A3, A4 empty, and formulas in column B. */
function book(formulas: Record<string, string>): ExcelSimulator {
  const sim = new ExcelSimulator();
  sim.addSheet("Sheet1", { values: [["2026-09-30"], [5], ["#N/A"]], formulas });
  return sim;
}

const value = (sim: ExcelSimulator, row: number, column = 2) =>
  sim.workbook.valueAt(sim.sheet("Sheet1"), row, column);

/** What `CustomFunctions.Error` is: an Error carrying Excel's error as `code`. */
class FunctionError extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

describe("the simulator's add-in functions (Excel custom functions)", () => {
  it("computes a formula calling a registered function, with cell values, empty cells null", () => {
    const sim = book({ B1: "=PROPDESK.ECHO(A1,A2,A4,,TRUE)", B2: '=propdesk.echo(A2)&"!"' });
    const calls: unknown[][] = [];
    sim.workbook.associateFunction("PROPDESK.ECHO", (...args) => {
      calls.push(args);
      return args.map(String).join("|");
    });
    expect(value(sim, 1)).toBe("2026-09-30|5|null|null|true");
    expect(value(sim, 2)).toBe("5!");
    expect(calls[0]).toEqual(["2026-09-30", 5, null, null, true]);
  });

  it("shows #NAME? for a function nobody registered, and computes it once registered", () => {
    const sim = book({ B1: "=PROPDESK.LATER(A2)" });
    expect(value(sim, 1)).toBe("#NAME?");
    sim.workbook.associateFunction("PROPDESK.LATER", (n) => Number(n) * 2);
    expect(value(sim, 1)).toBe(10);
  });

  it("gives an error argument as the result without calling the function, and #VALUE! for a range", () => {
    let called = 0;
    const sim = book({ B1: "=PROPDESK.F(A3)", B2: "=PROPDESK.F(A1:A2)" });
    sim.workbook.associateFunction("PROPDESK.F", () => ++called);
    expect(value(sim, 1)).toBe("#N/A");
    expect(value(sim, 2)).toBe("#VALUE!");
    expect(called).toBe(0);
  });

  it("shows the code of a CustomFunctions.Error thrown, #VALUE! for any other throw", () => {
    const sim = book({ B1: "=PROPDESK.NUM()", B2: "=PROPDESK.OOPS()", B3: "=PROPDESK.NOTHING()" });
    sim.workbook.associateFunction("PROPDESK.NUM", () => {
      throw new FunctionError("#NUM!");
    });
    sim.workbook.associateFunction("PROPDESK.OOPS", () => {
      throw new TypeError("bug");
    });
    sim.workbook.associateFunction("PROPDESK.NOTHING", () => undefined);
    expect([value(sim, 1), value(sim, 2), value(sim, 3)]).toEqual(["#NUM!", "#VALUE!", 0]);
  });

  it("shows #BUSY! while a promise is pending, then its result or its error", async () => {
    const sim = book({ B1: "=PROPDESK.SLOW(A2)", B2: "=PROPDESK.FAILS()", B3: "=B1+1" });
    sim.workbook.associateFunction("PROPDESK.SLOW", (n) => Promise.resolve(Number(n) + 1));
    sim.workbook.associateFunction("PROPDESK.FAILS", () => Promise.reject(new FunctionError("#VALUE!")));
    expect([value(sim, 1), value(sim, 2), value(sim, 3)]).toEqual(["#BUSY!", "#BUSY!", "#BUSY!"]);
    await new Promise((done) => setTimeout(done, 0));
    expect([value(sim, 1), value(sim, 2), value(sim, 3)]).toEqual([6, "#VALUE!", 7]);
  });
});
