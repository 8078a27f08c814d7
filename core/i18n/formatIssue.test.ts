import { describe, expect, it } from "vitest";
import { formatIssue, issueLocation } from "./formatIssue";
import { label, LANGS } from "./label";
import type { Lang } from "./label";
import { messagesZhCN } from "./messages.zh-CN";
import { messagesZhTW } from "./messages.zh-TW";
import { messagesEn } from "./messages.en";
import { issue, type Issue, ISSUE_CODES } from "../issues";
import type { IssueCode } from "../issues";

const MESSAGES: Record<Lang, Record<IssueCode, string>> = {
  "zh-CN": messagesZhCN,
  "zh-TW": messagesZhTW,
  en: messagesEn,
};

/** A template's placeholder names: `{name}`, and `{name:one|other}` (a count with its noun in the right number). */
const placeholders = (template: string) =>
  new Set(Array.from(template.matchAll(/\{(\w+)(?::[^{}|]*\|[^{}|]*)?\}/g), (m) => m[1] ?? ""));

describe("the message files", () => {
  it.each(LANGS)("%s has exactly one non-empty message per issue code", (lang) => {
    expect(Object.keys(MESSAGES[lang]).sort()).toEqual([...ISSUE_CODES].sort());
    for (const code of ISSUE_CODES) expect(MESSAGES[lang][code].trim()).not.toBe("");
  });

  it.each(ISSUE_CODES)("%s uses the same placeholders in every language", (code) => {
    const zhCN = placeholders(messagesZhCN[code]);
    expect(placeholders(messagesZhTW[code])).toEqual(zhCN);
    expect(placeholders(messagesEn[code])).toEqual(zhCN);
  });

  it.each(LANGS)("%s templates have no unbalanced or malformed braces", (lang) => {
    for (const code of ISSUE_CODES) {
      const stripped = MESSAGES[lang][code].replace(/\{\w+(?::[^{}|]*\|[^{}|]*)?\}/g, "");
      expect(stripped, code).not.toMatch(/[{}]/);
    }
  });

  it.each(ISSUE_CODES)("%s is filled completely when every placeholder has a value", (code) => {
    for (const lang of LANGS) {
      const names = [...placeholders(MESSAGES[lang][code])];
      const params = Object.fromEntries(names.map((n) => [n, `<${n}>`]));
      const text = formatIssue(issue(code, "warning", {}, params), lang);
      expect(text).not.toMatch(/\{\w+[:}]/);
      for (const n of names) expect(text).toContain(`<${n}>`);
    }
  });
});

describe("formatIssue", () => {
  it.each([
    [1, "1 row is dated after 2026-11 (first 2026-12-02); left out of this month's ledger"],
    [3, "3 rows are dated after 2026-11 (first 2026-12-02); left out of this month's ledger"],
  ])("says %i row(s) in the right number in English", (count, text) => {
    const found = issue(
      "movements_after_month",
      "warning",
      {},
      { count, month: "2026-11", date: "2026-12-02" },
    );
    expect(formatIssue(found, "en")).toBe(text);
    expect(formatIssue(found, "zh-CN")).toContain(String(count));
  });

  const TABLE = label("物资采购申请单", "物資採購申請單", "purchase request sheet");
  const ITEM = label("物资名称", "物資名稱", "Item");

  it.each<[Lang, string]>([
    ["zh-CN", "工作簿中找不到物资采购申请单。最接近的工作表：收费（几乎是空的）。应有的表头：物资名称"],
    ["zh-TW", "活頁簿中找不到物資採購申請單。最接近的工作表：收费（幾乎是空的）。應有的表頭：物資名稱"],
    [
      "en",
      "The workbook has no purchase request sheet. Nearest sheet: 收费 (mostly empty). Headers looked for: Item",
    ],
  ])("shows a Label param in the reader's language (%s)", (lang, text) => {
    const params = {
      table: TABLE,
      nearest: "收费",
      shape: label("几乎是空的", "幾乎是空的", "mostly empty"),
      expected: ITEM,
    };
    expect(formatIssue(issue("no_input_sheet", "error", {}, params), lang)).toBe(text);
  });

  it.each<[Lang, string]>([
    ["zh-CN", "「物资名称」不能为空"],
    ["zh-TW", "「物資名稱」不能為空"],
    ["en", '"Item" must not be empty'],
  ])("shows a Label header in the reader's language (%s)", (lang, text) => {
    expect(
      formatIssue(
        issue("value_required", "error", { sheet: "工程部", row: 5, column: "B" }, { header: ITEM }),
        lang,
      ),
    ).toBe(text);
  });

  it("fills string and number params as they are", () => {
    expect(
      formatIssue(issue("text_too_long", "warning", {}, { header: "备注", length: 612, max: 500 }), "zh-CN"),
    ).toBe("「备注」文字过长（612 个字符，最多 500 个）");
    expect(formatIssue(issue("not_a_number", "warning", {}, { header: "單價", value: "abc" }), "en")).toBe(
      '"單價" should be a number, found "abc"',
    );
  });

  it("fills a placeholder used twice in both places", () => {
    expect(
      formatIssue(issue("amount_mismatch", "warning", {}, { value: "251.00", expected: "250.00" }), "en"),
    ).toBe("Amount 251.00 differs from quantity x price = 250.00; 250.00 is used");
  });

  it.each<[Lang, string]>([
    ["zh-CN", "「数量」不能为空"],
    ["zh-TW", "「數量」不能為空"],
    ["en", '"Quantity" must not be empty'],
  ])("shows a Label header in the reader's language (%s)", (lang, text) => {
    const header = label("数量", "數量", "Quantity");
    expect(formatIssue(issue("value_required", "error", {}, { field: "quantity", header }), lang)).toBe(text);
  });

  it("never shows a column's key for its header: an issue read back without one keeps the placeholder", () => {
    const stored: Issue = { code: "value_required", severity: "error", params: { field: "quantity" } };
    expect(formatIssue(stored, "en")).toBe('"{header}" must not be empty');
  });

  it("leaves any other missing placeholder visible rather than inventing a value", () => {
    const stored: Issue = { code: "calendar_year_not_covered", severity: "warning" };
    expect(formatIssue(stored, "en")).toContain("{year}");
  });

  it("ignores params no template uses", () => {
    expect(
      formatIssue(
        { code: "empty_sheet", severity: "warning", sheet: "工程部", params: { table: TABLE, extra: 1 } },
        "zh-TW",
      ),
    ).toBe("工作表是空的");
  });
});

describe("issueLocation", () => {
  it.each<[string, Parameters<typeof issue>[2], string]>([
    ["a cell", { sheet: "工程部", row: 12, column: "D" }, "工程部!D12"],
    ["a cell in a wide sheet", { sheet: "Sheet 1", row: 3, column: "AB" }, "Sheet 1!AB3"],
    ["a row", { sheet: "工程部", row: 12 }, "工程部!12"],
    ["a whole sheet", { sheet: "工程部" }, "工程部"],
    ["a whole sheet with a stray column", { sheet: "工程部", column: "D" }, "工程部"],
    ["the whole book", {}, ""],
    ["a row without a sheet", { row: 5, column: "B" }, ""],
  ])("%s", (_what, at, text) => {
    expect(issueLocation(issue("not_a_number", "warning", at, { header: "金额", value: "x" }))).toBe(text);
  });
});
