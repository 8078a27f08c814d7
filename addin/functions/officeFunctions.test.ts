import { describe, expect, it } from "vitest";
import { WORKSHEET_FUNCTIONS } from "../../core/functions/declarations";
import { registerCustomFunctions } from "./officeFunctions";

describe("registerCustomFunctions", () => {
  it("associates every function where the page has Excel's CustomFunctions", () => {
    const associated: string[] = [];
    const scope = { CustomFunctions: { associate: (id: string) => associated.push(id) } };
    expect(registerCustomFunctions(scope as unknown as typeof globalThis)).toBe(true);
    expect(associated).toEqual(WORKSHEET_FUNCTIONS.map((f) => f.id));
  });

  it("does nothing in a page without it (a plain browser, the preview, an Excel without custom functions)", () => {
    expect(registerCustomFunctions({} as typeof globalThis)).toBe(false);
    expect(registerCustomFunctions({ CustomFunctions: {} } as unknown as typeof globalThis)).toBe(false);
  });
});
