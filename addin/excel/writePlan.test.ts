import { describe, expect, it } from "vitest";
import type { SheetSpec } from "../../core/index";
import { sheetOfReference, type WorkbookState } from "./workbookState";
import { planWrite, samePlan } from "./writePlan";

const spec = (name: string, key: string): SheetSpec => ({
  name,
  key,
  cells: [],
  columns: [],
  styles: [],
  numberFormats: [],
  merges: [],
});

const sheet = (id: string, name: string, position: number) => ({
  id,
  name,
  position,
  visibility: "Visible" as const,
  protected: false,
});

const state: WorkbookState = {
  sheets: [
    sheet("1", "Plan", 0),
    sheet("2", "Mine", 1),
    sheet("3", "history", 2),
    sheet("4", "~PropDesk abcdefgh", 3),
  ],
  markers: [
    { name: "_PropDesk.mine", key: "mine", sheet: "MINE", visible: false },
    { name: "_PropDesk.gone", key: "gone", sheet: null, visible: false },
  ],
  date1904: false,
};

describe("planWrite", () => {
  it("replaces the sheet its key marks, and gives a new sheet a free name, never a user's", () => {
    const plan = planWrite(
      [spec("Plan", "plan"), spec("Renamed later", "mine"), spec("History", "gone")],
      state,
      ["~PropDesk 00000001", "~PropDesk 00000002", "~PropDesk 00000003"],
    );
    expect(plan.sheets.map((p) => [p.name, p.old?.id ?? null, p.oldMarker?.name ?? null])).toEqual([
      ["Plan (2)", null, null],
      ["Mine", "2", "_PropDesk.mine"],
      ["History (2)", null, "_PropDesk.gone"],
    ]);
    expect(plan.finalNames.get("plan")).toBe("Plan (2)");
    expect(plan.tempNames.get("plan")).toBe("~PropDesk 00000001");
    expect(plan.leftovers.map((s) => s.id)).toEqual(["4"]);
  });

  it("refuses two specs with one key, and compares plans by names and replaced sheets", () => {
    expect(() => planWrite([spec("A", "k"), spec("B", "k")], state, ["t1", "t2"])).toThrow(/share the key/);
    const a = planWrite([spec("Plan", "plan")], state, ["t"]);
    const b = planWrite([spec("Plan", "plan")], { ...state, sheets: [] }, ["t"]);
    expect(samePlan(a, a)).toBe(true);
    expect(samePlan(a, b)).toBe(false);
  });
});

describe("sheetOfReference", () => {
  it.each([
    ["'O''Brien'!$A$1", "O'Brien"],
    ["=Plan!$A$1", "Plan"],
    ["'采购计划 2027-01'!$A$1", "采购计划 2027-01"],
    ["#REF!", null],
    ["=#REF!$A$1", null],
    [42, null],
  ])("reads the sheet of %j", (value, expected) => {
    expect(sheetOfReference(value)).toBe(expected);
  });
});

describe("planWrite after an interrupted swap", () => {
  it("replaces a marked sheet left with a temporary name under the spec's name, and deletes only unmarked leftovers", () => {
    const interrupted: WorkbookState = {
      sheets: [
        sheet("1", "Input", 0),
        sheet("2", "~PropDesk oldoldol", 1),
        sheet("3", "~PropDesk tmptmptm", 2),
      ],
      markers: [{ name: "_PropDesk.plan", key: "plan", sheet: "~PropDesk oldoldol", visible: false }],
      date1904: false,
    };
    const plan = planWrite([spec("Plan", "plan")], interrupted, ["~PropDesk 00000001"]);
    expect(plan.sheets.map((p) => [p.name, p.old?.id])).toEqual([["Plan", "2"]]);
    expect(plan.leftovers.map((s) => s.id)).toEqual(["3"]);
  });
});
