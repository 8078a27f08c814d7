import { describe, expect, it } from "vitest";
import { LANGS } from "../i18n/label";
import { functionContext } from "./functionContext";
import {
  evaluateWorksheetFunction,
  FUNCTION_NAMESPACE,
  qualifiedName,
  WORKSHEET_FUNCTION_ARITIES,
  WORKSHEET_FUNCTION_IMPLEMENTATIONS,
  WORKSHEET_FUNCTIONS,
} from "./index";

const CONTEXT = functionContext([], false);

describe("the worksheet functions' declarations", () => {
  it("declare the seven functions of issue 20, each implemented, none implemented undeclared", () => {
    const ids = WORKSHEET_FUNCTIONS.map((f) => f.id);
    expect(ids).toEqual([
      "ISWORKDAY",
      "WORKDAY",
      "NETWORKDAYS",
      "DEADLINE",
      "HOLIDAYCLASS",
      "AGEBUCKET",
      "RMBUPPER",
    ]);
    expect(Object.keys(WORKSHEET_FUNCTION_IMPLEMENTATIONS).sort()).toEqual([...ids].sort());
    expect(qualifiedName("WORKDAY")).toBe(`${FUNCTION_NAMESPACE}.WORKDAY`);
  });

  it("are the functions the add-in registers (functionIds.ts), in order, each with as many parameters", () => {
    expect(WORKSHEET_FUNCTIONS.map((f) => ({ id: f.id, parameters: f.parameters.length }))).toEqual(
      WORKSHEET_FUNCTION_ARITIES,
    );
  });

  it("name each function by its id in every language and describe it and its parameters in all three", () => {
    for (const f of WORKSHEET_FUNCTIONS) {
      for (const lang of LANGS) {
        expect(f.name[lang], f.id).toBe(f.id);
        expect(f.description[lang].trim().length, `${f.id} ${lang}`).toBeGreaterThan(10);
        for (const p of f.parameters) {
          expect(p.name[lang].trim(), `${f.id}.${p.key} ${lang}`).not.toBe("");
          expect(p.description[lang].trim(), `${f.id}.${p.key} ${lang}`).not.toBe("");
        }
      }
      const keys = f.parameters.map((p) => p.key);
      expect(new Set(keys).size, f.id).toBe(keys.length);
      const firstOptional = f.parameters.findIndex((p) => "optional" in p);
      if (firstOptional >= 0)
        expect(
          f.parameters.slice(firstOptional).every((p) => "optional" in p),
          f.id,
        ).toBe(true);
    }
  });
});

describe("evaluateWorksheetFunction", () => {
  it("takes any case and drops the invocation object Excel passes last", () => {
    const invocation = { address: "Sheet1!B2" } as unknown as string;
    expect(evaluateWorksheetFunction("isworkday", CONTEXT, ["2026-10-10", invocation])).toBe(true);
    expect(
      evaluateWorksheetFunction("AGEBUCKET", CONTEXT, ["2026-10-10", "2026-10-10", null, invocation]),
    ).toBe("未到期");
  });

  it("knows no other function", () => {
    expect(evaluateWorksheetFunction("SUM", CONTEXT, [1, 2])).toBeUndefined();
  });
});
