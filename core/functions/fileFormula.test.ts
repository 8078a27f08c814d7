import { describe, expect, it } from "vitest";
import { callsAddinFunction, savedFormula, shownFormula } from "./fileFormula";

describe("formulas calling PropDesk's functions, as shown and as saved", () => {
  it.each<[string, string]>([
    ["PROPDESK.WORKDAY(A2,5)", "_xldudf_PROPDESK_WORKDAY(A2,5)"],
    [
      'IF(PROPDESK.ISWORKDAY(A4),"是","否")&PROPDESK.RMBUPPER(B4)',
      'IF(_xldudf_PROPDESK_ISWORKDAY(A4),"是","否")&_xldudf_PROPDESK_RMBUPPER(B4)',
    ],
    [
      "PROPDESK.NETWORKDAYS(A1, PROPDESK.DEADLINE(B1))",
      "_xldudf_PROPDESK_NETWORKDAYS(A1, _xldudf_PROPDESK_DEADLINE(B1))",
    ],
    ['"PROPDESK.WORKDAY(A2,5)"&A1', '"PROPDESK.WORKDAY(A2,5)"&A1'], // text, not a call
    ["'PROPDESK.WORKDAY(x'!A1", "'PROPDESK.WORKDAY(x'!A1"], // a sheet name
    ["SUM(A1:A3)", "SUM(A1:A3)"],
    ["PROPDESK.NOSUCH(A1)", "PROPDESK.NOSUCH(A1)"],
    ["XPROPDESK.WORKDAY(A1)", "XPROPDESK.WORKDAY(A1)"],
  ])("%s is saved as %s", (shown, saved) => {
    expect(savedFormula(shown)).toBe(saved);
    expect(shownFormula(saved)).toBe(shown);
  });

  it("writes the names in capitals whatever case they were typed in", () => {
    expect(savedFormula("propdesk.workday(A2,5)")).toBe("_xldudf_PROPDESK_WORKDAY(A2,5)");
    expect(shownFormula("_xldudf_propdesk_workday(A2,5)")).toBe("PROPDESK.WORKDAY(A2,5)");
  });

  it("tells formulas calling them from others", () => {
    expect(callsAddinFunction("PROPDESK.AGEBUCKET(A1,B1)")).toBe(true);
    expect(callsAddinFunction("_xldudf_PROPDESK_AGEBUCKET(A1,B1)")).toBe(true);
    expect(callsAddinFunction('SUBTOTAL(9,E5:E40)&"PROPDESK.AGEBUCKET("')).toBe(false);
  });
});
