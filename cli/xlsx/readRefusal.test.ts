import { describe, expect, it } from "vitest";
import { LANGS } from "../../core/light";
import { FILE_ERRORS, say } from "../texts";
import { XlsxReadError, type XlsxReadProblem } from "./read/xlsxReadError";
import { readRefusal } from "./readRefusal";

const PROBLEMS: [XlsxReadProblem, Record<string, string>][] = [
  ["damaged", { part: "xl/worksheets/sheet1.xml" }],
  ["part-too-large", { part: "xl/sharedStrings.xml", limit: "512" }],
  ["workbook-too-large", { part: "xl/worksheets/sheet9.xml", limit: "1024" }],
  ["sheet-too-large", { sheet: "零散", rows: "1048576", columns: "16384" }],
  ["too-many-cells", { sheet: "大表2", limit: "5000000" }],
  ["too-many-strings", { part: "xl/sharedStrings.xml", limit: "5000000" }],
];

describe("readRefusal", () => {
  it.each(PROBLEMS)(
    "refuses %s in one line in every language, its reason and every detail shown",
    (problem, params) => {
      const refusal = readRefusal(
        new XlsxReadError(problem, "sheet1.xml is not well-formed: a DOCTYPE", params),
        "/x/账.xlsx",
      );
      expect(refusal.code).toBe(problem);
      for (const lang of LANGS) {
        const line = say(FILE_ERRORS[refusal.code] ?? { "zh-CN": "", "zh-TW": "", en: "" }, lang, {
          ...refusal.params,
        });
        expect(line).not.toMatch(/[{}\n]/);
        expect(line).toContain("/x/账.xlsx");
        for (const value of Object.values(params)) if (problem !== "damaged") expect(line).toContain(value);
        if (problem === "damaged") expect(line).toContain("sheet1.xml is not well-formed: a DOCTYPE");
      }
    },
  );
});
