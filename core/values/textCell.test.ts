import { describe, it, expect } from "vitest";
import { parseTextCell } from "./textCell";

describe("parseTextCell", () => {
  it.each([
    ["A4纸", "A4纸"],
    ["  A4纸  ", "A4纸"],
    ["　客服部　", "客服部"],
    ["第一行\n第二行", "第一行\n第二行"],
    [1001, "1001"],
    [1001.5, "1001.5"],
    [0.1 + 0.2, "0.3"],
    [-3, "-3"],
    [123456789012345, "123456789012345"],
    [true, "TRUE"],
    [false, "FALSE"],
    ["1001", "1001"],
  ])("%j -> %j", (v, expected) => {
    expect(parseTextCell(v)).toEqual({ ok: true, value: expected });
  });

  it.each([[null], [""], ["   "], ["\n\t"]])("%j is empty", (v) => {
    expect(parseTextCell(v)).toEqual({ ok: true, value: null });
  });

  it.each([["#N/A"], ["#REF!"], [" #NAME? "]])("%j is a cell error", (v) => {
    const r = parseTextCell(v);
    expect(r.ok ? null : r.problem.code).toBe("cell_error");
  });

  it("counts characters, not UTF-16 units, against the limit", () => {
    expect(parseTextCell("𠮷".repeat(5), 5)).toEqual({ ok: true, value: "𠮷".repeat(5) });
    expect(parseTextCell("𠮷".repeat(6), 5)).toEqual({
      ok: false,
      problem: { code: "text_too_long", params: { length: 6, max: 5 } },
    });
  });

  it("allows 500 characters by default and no more", () => {
    expect(parseTextCell("字".repeat(500)).ok).toBe(true);
    expect(parseTextCell("字".repeat(501))).toEqual({
      ok: false,
      problem: { code: "text_too_long", params: { length: 501, max: 500 } },
    });
  });

  it("measures the trimmed text", () => {
    expect(parseTextCell(`  ${"a".repeat(10)}  `, 10)).toEqual({ ok: true, value: "a".repeat(10) });
  });

  it("refuses a number that is no number", () => {
    const r = parseTextCell(NaN);
    expect(r.ok ? null : r.problem.code).toBe("not_a_number");
  });
});
