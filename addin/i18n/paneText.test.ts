import { describe, expect, it } from "vitest";
import { LANGS } from "../../core/index";
import { PANE_TEXT, paneText } from "./paneText";
import type { PaneTextKey } from "./paneTextKeys";

/** The parameter names a string fills: `{count}` and the plural form `{count:sheet|sheets}` alike. */
const placeholders = (text: string) =>
  [...text.matchAll(/\{(\w+)(?::[^{}|]*\|[^{}|]*)?\}/g)].map((m) => m[1]).sort();

describe("pane strings", () => {
  const keys = Object.keys(PANE_TEXT.en) as PaneTextKey[];

  it("every language has every key, none empty", () => {
    for (const lang of LANGS) {
      expect(Object.keys(PANE_TEXT[lang]).sort()).toEqual([...keys].sort());
      for (const key of keys) expect(PANE_TEXT[lang][key].trim(), `${lang} ${key}`).not.toBe("");
    }
  });

  it("every language uses the same placeholders for a key", () => {
    for (const key of keys) {
      for (const lang of LANGS)
        expect(placeholders(PANE_TEXT[lang][key]), `${lang} ${key}`).toEqual(placeholders(PANE_TEXT.en[key]));
    }
  });

  it("Traditional Chinese strings use no Simplified forms", () => {
    const all = Object.values(PANE_TEXT["zh-TW"]).join("");
    expect(all).not.toMatch(/工作簿|这|请|运行|读取/);
  });

  it("fills placeholders and leaves unknown ones", () => {
    expect(paneText("en", "errorsHeading", { count: 2 })).toBe("Errors (2)");
    expect(paneText("zh-CN", "stepCount", { step: 1, total: 3 })).toBe("第 1/3 步");
    expect(paneText("en", "errorUnknown")).toBe("Something went wrong: {message}");
  });

  it("says English counts in the right number: 1 error, 2 errors, 1 sheet written", () => {
    const done = (errors: number, warnings: number) =>
      paneText("en", "resultWithIssues", { job: "Purchase plan", period: "2027-01", errors, warnings });
    expect(done(1, 1)).toBe("Purchase plan (2027-01) is done: 1 error, 1 warning");
    expect(done(2, 0)).toBe("Purchase plan (2027-01) is done: 2 errors, 0 warnings");
    expect(done(0, 3)).toBe("Purchase plan (2027-01) is done: 0 errors, 3 warnings");
    expect(paneText("en", "writtenHeading", { count: 1 })).toBe("1 sheet written");
    expect(paneText("en", "writtenHeading", { count: 4 })).toBe("4 sheets written");
    expect(paneText("en", "readingsHeading", { count: 1 })).toBe("How the sheets were read (1 sheet)");
    expect(paneText("en", "readingsHeading", { count: 6 })).toBe("How the sheets were read (6 sheets)");
    expect(paneText("en", "issuesMore", { count: 1 })).toBe("1 more issue not listed");
    expect(paneText("en", "issuesMoreOnSheet", { count: 2, sheet: "Issues 2027-01" })).toBe(
      '2 more issues on the sheet "Issues 2027-01"',
    );
    // Chinese needs no plural: the count and its measure word.
    expect(
      paneText("zh-CN", "resultWithIssues", { job: "采购计划", period: "2027-01", errors: 1, warnings: 2 }),
    ).toBe("采购计划（2027-01）已完成：错误 1 个，警告 2 个");
    expect(paneText("zh-TW", "writtenHeading", { count: 1 })).toBe("已產生的工作表（1 張）");
  });

  it("no English string puts a bare count before a plural noun (it takes the {count:one|other} form)", () => {
    for (const key of keys) expect(PANE_TEXT.en[key], key).not.toMatch(/\{\w+\} [a-z]+s\b/);
  });

  it("the plural form is English only: the Chinese strings fill a bare count", () => {
    for (const lang of ["zh-CN", "zh-TW"] as const)
      for (const key of keys) expect(PANE_TEXT[lang][key], `${lang} ${key}`).not.toMatch(/\{\w+:/);
  });
});
