import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { cleanSheetName, MAX_SHEET_NAME, quoteSheetName, uniqueSheetName } from "./sheetName";

const chars = (s: string) => Array.from(s).length;
const FORBIDDEN = /[[\]:*?/\\]/;

/** What Excel itself requires of a sheet name. */
function excelAccepts(name: string): boolean {
  return (
    chars(name) >= 1 &&
    chars(name) <= MAX_SHEET_NAME &&
    !FORBIDDEN.test(name) &&
    !name.startsWith("'") &&
    !name.endsWith("'")
  );
}

describe("cleanSheetName", () => {
  it.each<[string, string]>([
    ["工程部", "工程部"],
    ["2026/12 采购", "2026_12 采购"],
    ["a[b]c", "a_b_c"],
    ["项目:阳光花园", "项目_阳光花园"],
    ["what?*", "what__"],
    ["C:\\temp", "C__temp"],
    ["'工程部'", "工程部"],
    ["''x''", "x"],
    ["O'Brien", "O'Brien"],
    ["  工程部  ", "工程部"],
    ["", "Sheet"],
    ["   ", "Sheet"],
    ["'''", "Sheet"],
  ])("%j -> %j", (input, expected) => {
    expect(cleanSheetName(input)).toBe(expected);
  });

  it("keeps at most 31 characters", () => {
    const long = "阳光花园物业服务中心2027年1月份物资采购申请计划汇总表（工程部）";
    const cleaned = cleanSheetName(long);
    expect(chars(cleaned)).toBe(31);
    expect(long.startsWith(cleaned)).toBe(true);
  });

  it("counts characters, not UTF-16 units", () => {
    const astral = "𠀀".repeat(40);
    expect(cleanSheetName(astral)).toBe("𠀀".repeat(31));
    expect(cleanSheetName("𠀀".repeat(31))).toBe("𠀀".repeat(31));
  });

  it("drops an apostrophe left at the end by truncation", () => {
    const name = `${"a".repeat(30)}'bc`;
    expect(cleanSheetName(name)).toBe("a".repeat(30));
  });

  it("drops a leading or trailing apostrophe hidden behind spaces", () => {
    expect(cleanSheetName("  '工程部")).toBe("工程部");
    expect(cleanSheetName("工程部'  ")).toBe("工程部");
    expect(cleanSheetName("' '工程部' '")).toBe("工程部");
  });

  it("leaves no space at the end after truncation", () => {
    expect(cleanSheetName(`${"a".repeat(30)} b`)).toBe("a".repeat(30));
    expect(cleanSheetName(`${"a".repeat(29)} 'b`)).toBe("a".repeat(29));
  });

  it("always gives a name Excel accepts, and changes nothing in one that is already fine", () => {
    const pieces = fc.constantFrom(
      "工程部",
      "a",
      "'",
      "[",
      "]",
      ":",
      "*",
      "?",
      "/",
      "\\",
      " ",
      "𠀀",
      "(2)",
      "Z",
    );
    fc.assert(
      fc.property(
        fc.array(pieces, { maxLength: 40 }).map((p) => p.join("")),
        (name) => {
          const cleaned = cleanSheetName(name);
          expect(excelAccepts(cleaned)).toBe(true);
          expect(cleanSheetName(cleaned)).toBe(cleaned);
          if (excelAccepts(name) && name.trim() === name) expect(cleaned).toBe(name);
        },
      ),
    );
  });
});

describe("uniqueSheetName", () => {
  it.each<[string, string[], string]>([
    ["工程部", [], "工程部"],
    ["工程部", ["客服部"], "工程部"],
    ["工程部", ["工程部"], "工程部 (2)"],
    ["工程部", ["工程部", "工程部 (2)"], "工程部 (3)"],
    ["工程部", ["工程部", "工程部 (3)"], "工程部 (2)"],
    ["Plan", ["PLAN"], "Plan (2)"],
    ["plan", ["Plan", "PLAN (2)"], "plan (3)"],
    ["a/b", ["a_b"], "a_b (2)"],
  ])("%j among %j -> %j", (name, taken, expected) => {
    expect(uniqueSheetName(name, taken)).toBe(expected);
  });

  it("shortens the name so the suffix fits in 31 characters", () => {
    const long = "阳".repeat(31);
    expect(uniqueSheetName(long, [long])).toBe(`${"阳".repeat(27)} (2)`);
    const taken = [long, ...Array.from({ length: 8 }, (_, i) => `${"阳".repeat(27)} (${i + 2})`)];
    expect(uniqueSheetName(long, taken)).toBe(`${"阳".repeat(26)} (10)`);
  });

  it("does not leave a space before the suffix when shortening cuts after one", () => {
    const name = `${"a".repeat(26)} bcde`;
    expect(uniqueSheetName(name, [name])).toBe(`${"a".repeat(26)} (2)`);
  });

  it("works on any iterable of taken names", () => {
    expect(uniqueSheetName("工程部", new Set(["工程部"]))).toBe("工程部 (2)");
  });

  it("never returns a taken name (ignoring case) and always one Excel accepts", () => {
    const name = fc
      .array(fc.constantFrom("工程部", "A", "a", " ", "/", "'", "阳光花园物业"), { maxLength: 12 })
      .map((p) => p.join(""));
    fc.assert(
      fc.property(name, fc.array(name, { maxLength: 6 }), fc.nat(5), (wanted, others, copies) => {
        const taken = [...others];
        for (let i = 0; i < copies; i++) taken.push(uniqueSheetName(wanted, taken));
        const unique = uniqueSheetName(wanted, taken);
        expect(taken.map((t) => t.toLowerCase())).not.toContain(unique.toLowerCase());
        expect(excelAccepts(unique)).toBe(true);
      }),
    );
  });
});

describe("quoteSheetName", () => {
  it.each<[string, string]>([
    ["工程部", "'工程部'"],
    ["工程部 (2)", "'工程部 (2)'"],
    ["O'Brien", "'O''Brien'"],
    ["a''b", "'a''''b'"],
  ])("%j -> %s", (name, quoted) => {
    expect(quoteSheetName(name)).toBe(quoted);
  });
});
