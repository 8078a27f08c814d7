/**
 * The command line speaks the reader's language (issue 19): `--lang`, else the system locale (LC_ALL, LC_MESSAGES,
 * LANG), else zh-CN - in help, usage errors and summaries; months and dates that do not exist are named as such;
 * English counts take the right number; a summary names the bad cells, never an issue's code.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyFile, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { issue, type Issue, type Lang } from "../core/index";
import { langOfLocale, systemLang } from "../cli/locale";
import { periodProblem } from "../cli/jobArgs";
import { issueLines } from "../cli/issueLines";
import { runCli } from "./helpers/runCli";

const FIXTURE = resolve(import.meta.dirname, "fixtures/purchase-plan/requests.xlsx");

/** The environment of a reader whose locale is `locale` (LC_ALL and LC_MESSAGES unset). */
const locale = (value: string) => ({ LC_ALL: "", LC_MESSAGES: "", LANG: value });

describe("the reader's language from the system locale", () => {
  it.each([
    [{}, "zh-CN"],
    [{ LANG: "" }, "zh-CN"],
    [{ LANG: "C" }, "zh-CN"],
    [{ LANG: "C.UTF-8" }, "zh-CN"],
    [{ LANG: "POSIX" }, "zh-CN"],
    [{ LANG: "fr_FR.UTF-8" }, "zh-CN"],
    [{ LANG: "de" }, "zh-CN"],
    [{ LANG: "zh_CN.UTF-8" }, "zh-CN"],
    [{ LANG: "zh_SG.GB2312" }, "zh-CN"],
    [{ LANG: "zh" }, "zh-CN"],
    [{ LANG: "zh-Hans-HK" }, "zh-CN"],
    [{ LANG: "zh_TW.UTF-8" }, "zh-TW"],
    [{ LANG: "zh_HK.Big5-HKSCS" }, "zh-TW"],
    [{ LANG: "zh_MO" }, "zh-TW"],
    [{ LANG: "zh-Hant" }, "zh-TW"],
    [{ LANG: "zh_Hant_SG.UTF-8" }, "zh-TW"],
    [{ LANG: "en_US.UTF-8" }, "en"],
    [{ LANG: "en_GB" }, "en"],
    [{ LANG: "en" }, "en"],
    [{ LANG: "en@quot" }, "en"],
    [{ LANG: "eo" }, "zh-CN"],
    [{ LC_MESSAGES: "en_US.UTF-8", LANG: "zh_TW.UTF-8" }, "en"],
    [{ LC_ALL: "zh_TW.UTF-8", LC_MESSAGES: "en_US.UTF-8", LANG: "en_US.UTF-8" }, "zh-TW"],
    [{ LC_ALL: "C", LANG: "en_US.UTF-8" }, "zh-CN"],
    [{ LC_ALL: "", LC_MESSAGES: "", LANG: "en_US.UTF-8" }, "en"],
  ] as [Record<string, string>, Lang][])("%j reads %s", (env, lang) => {
    expect(systemLang(env)).toBe(lang);
  });

  it("reads a locale name alone the same way", () => {
    expect(["zh_TW", "zh_CN", "en_US", "C"].map(langOfLocale)).toEqual(["zh-TW", "zh-CN", "en", "zh-CN"]);
  });
});

describe("a month or date that does not exist is named as such", () => {
  it.each([
    ["--month", "2026-13", "YYYY-MM", "zh-CN", "--month 2026-13：没有 13 月"],
    ["--month", "2026-13", "YYYY-MM", "zh-TW", "--month 2026-13：沒有 13 月"],
    ["--month", "2026-13", "YYYY-MM", "en", "--month 2026-13: there is no month 13"],
    ["--from", "2026-00", "YYYY-MM", "zh-CN", "--from 2026-00：没有 0 月"],
    ["--as-of", "2026-02-30", "YYYY-MM-DD", "zh-CN", "--as-of 2026-02-30：2026 年 2 月没有 30 日"],
    ["--as-of", "2026-02-30", "YYYY-MM-DD", "zh-TW", "--as-of 2026-02-30：2026 年 2 月沒有 30 日"],
    ["--as-of", "2026-02-30", "YYYY-MM-DD", "en", "--as-of 2026-02-30: February 2026 has no day 30"],
    ["--today", "2026-02-29", "YYYY-MM-DD", "en", "--today 2026-02-29: February 2026 has no day 29"],
    ["--count-date", "2026-11-31", "YYYY-MM-DD", "zh-CN", "--count-date 2026-11-31：2026 年 11 月没有 31 日"],
    ["--as-of", "2026-13-01", "YYYY-MM-DD", "zh-CN", "--as-of 2026-13-01：没有 13 月"],
    ["--as-of", "2026-04-00", "YYYY-MM-DD", "en", "--as-of 2026-04-00: April 2026 has no day 0"],
    ["--month", "0000-05", "YYYY-MM", "zh-CN", "--month 0000-05：没有 0 年（年份应为 0001 到 9999）"],
    // text that is no month or date at all is told its shape
    ["--month", "2026-1", "YYYY-MM", "zh-CN", "--month 应为 YYYY-MM，这里是“2026-1”"],
    ["--month", "十二月", "YYYY-MM", "en", '--month must be YYYY-MM, got "十二月"'],
    ["--as-of", "2026/02/28", "YYYY-MM-DD", "zh-TW", "--as-of 應為 YYYY-MM-DD，這裡是「2026/02/28」"],
    ["--as-of", "2026-02", "YYYY-MM-DD", "zh-CN", "--as-of 应为 YYYY-MM-DD，这里是“2026-02”"],
  ] as [string, string, "YYYY-MM" | "YYYY-MM-DD", Lang, string][])(
    "%s %s (%s, %s)",
    (option, value, shape, lang, message) => {
      expect(periodProblem(option, value, shape, lang)).toBe(message);
    },
  );

  it.each([
    ["--month", "2026-12", "YYYY-MM"],
    ["--as-of", "2028-02-29", "YYYY-MM-DD"],
    ["--as-of", "2026-12-31", "YYYY-MM-DD"],
  ] as [string, string, "YYYY-MM" | "YYYY-MM-DD"][])("takes %s %s", (option, value, shape) => {
    expect(periodProblem(option, value, shape, "zh-CN")).toBeUndefined();
  });
});

/** `n` issues of a code at a cell each, rows from 2. */
const many = (n: number, severity: "error" | "warning"): Issue[] =>
  Array.from({ length: n }, (_, i) =>
    issue(
      "not_a_number",
      severity,
      { sheet: "办公室", row: i + 2, column: "F" },
      { header: "数量", value: "两箱" },
    ),
  );

describe("what a run found, as a clerk reads it", () => {
  it.each([
    ["zh-CN", [], ["问题：错误 0 个，警告 0 个"]],
    ["en", [], ["Issues: 0 errors, 0 warnings"]],
    [
      "zh-CN",
      [...many(1, "warning"), ...many(1, "error")],
      [
        "问题：错误 1 个，警告 1 个",
        "  办公室!F2：「数量」应为数字，这里是“两箱”",
        "  办公室!F2：「数量」应为数字，这里是“两箱”",
      ],
    ],
    [
      "en",
      [...many(1, "error"), ...many(1, "warning")],
      [
        "Issues: 1 error, 1 warning",
        '  办公室!F2: "数量" should be a number, found "两箱"',
        '  办公室!F2: "数量" should be a number, found "两箱"',
      ],
    ],
    [
      "zh-TW",
      [issue("days_not_yet_recorded", "warning", {}, { today: "2026-12-04", count: 3 })],
      ["問題：錯誤 0 個，警告 1 個", "  2026-12-04 之後的日子還沒有記錄（共 3 人天），計為「未記錄」"],
    ],
    [
      "zh-CN",
      [issue("opening_month_assumed", "info", { sheet: "期初" }, { sheet: "期初", month: "2026-10" })],
      ["问题：错误 0 个，警告 0 个"],
    ],
  ] as [Lang, Issue[], string[]][])("%s: %j", (lang, issues, lines) => {
    expect(issueLines(issues, lang)).toEqual(lines);
  });

  it.each([
    ["zh-CN", "问题：错误 3 个，警告 4 个", "  … 另有 2 条，见「问题清单」工作表"],
    ["zh-TW", "問題：錯誤 3 個，警告 4 個", "  … 另有 2 條，見「問題清單」工作表"],
    ["en", "Issues: 3 errors, 4 warnings", "  … and 2 more: see the Issues sheet"],
  ] as [Lang, string, string][])(
    "%s names the first five, errors first, then how many more the issues sheet lists",
    (lang, first, last) => {
      const lines = issueLines([...many(4, "warning"), ...many(3, "error")], lang);
      expect(lines).toHaveLength(7);
      expect(lines[0]).toBe(first);
      expect(lines[1]).toMatch(/^ {2}办公室!F2[：:]/);
      expect(lines[3]).toMatch(/^ {2}办公室!F4[：:]/);
      expect(lines[4]).toMatch(/^ {2}办公室!F2[：:]/);
      expect(lines[6]).toBe(last);
      expect(lines.join("\n")).not.toMatch(/not_a_number|×/);
    },
  );
});

describe("help in the reader's language, for every command (exit 0)", () => {
  it.each([
    [
      ["--help"],
      "zh_CN.UTF-8",
      "PropDesk（物业办公助手）：用项目办公室自己的工作簿，做出每月上报的表格。",
      "用法：",
    ],
    [
      ["--help"],
      "zh_TW.UTF-8",
      "PropDesk（物業辦公助手）：用項目辦公室自己的活頁簿，做出每月上報的表格。",
      "用法：",
    ],
    [
      ["--help"],
      "en_US.UTF-8",
      "PropDesk (物业办公助手) - the monthly hand-in sheets of a property project office, from its own workbooks.",
      "Usage:",
    ],
    [["help"], "C", "PropDesk（物业办公助手）：用项目办公室自己的工作簿，做出每月上报的表格。", "用法："],
    [
      ["--help", "--lang", "zh-TW"],
      "en_US.UTF-8",
      "PropDesk（物業辦公助手）：用項目辦公室自己的活頁簿，做出每月上報的表格。",
      "用法：",
    ],
    [["demo", "--help"], "en_US.UTF-8", "Demo (demo)", "Usage:"],
    [["demo", "-h"], "zh_CN.UTF-8", "示例 (demo)", "用法："],
    [["help", "demo"], "zh_HK.UTF-8", "範例 (demo)", "用法："],
    [["company-plan", "--help"], "C.UTF-8", "公司采购计划 (company-plan)", "用法："],
    [["company-plan", "-h", "--lang", "en"], "zh_CN.UTF-8", "Company purchase plan (company-plan)", "Usage:"],
    [["help", "company-plan"], "zh-Hant", "公司採購計劃 (company-plan)", "用法："],
    [["run", "--help"], "zh_TW.UTF-8", "一次執行多個任務 (run)", "用法："],
    [["help", "run"], "en_GB.UTF-8", "Several jobs at once (run)", "Usage:"],
    [["inventory", "--help"], "en_US.UTF-8", "Stock ledger and count (inventory)", "Usage:"],
    [["help", "fee-statistics"], "zh_MO.UTF-8", "費用統計 (fee-statistics)", "用法："],
    [["advances", "--help", "--lang", "zh-CN"], "en_US.UTF-8", "借款与冲账 (advances)", "用法："],
  ])("propdesk %j with LANG=%s", async (args, lang, first, usage) => {
    const run = await runCli([...args, "--today", "2026-12-04"], undefined, locale(lang));
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toBe("");
    const lines = run.stdout.split("\n");
    expect(lines[0]).toBe(first);
    expect(lines).toContain(usage);
  });

  it.each([
    [
      "zh_CN.UTF-8",
      "各任务及其期间选项（默认值按 2026-12-04 计算）：",
      "      --month YYYY-MM             月份（默认 2027-01，下月）",
    ],
    [
      "zh_TW.UTF-8",
      "各任務及其期間選項（預設值按 2026-12-04 計算）：",
      "      --month YYYY-MM             月份（預設 2027-01，下月）",
    ],
    [
      "en_US.UTF-8",
      "Jobs and the period options each takes (defaults as on 2026-12-04):",
      "      --month YYYY-MM             the month (default 2027-01, next month)",
    ],
  ])(
    "propdesk --help with LANG=%s lists every job and command in that language",
    async (lang, jobs, month) => {
      const run = await runCli(["--help", "--today", "2026-12-04"], undefined, locale(lang));
      expect(run.stdout).toContain(`\n${jobs}\n`);
      expect(run.stdout).toContain(`\n${month}\n`);
      for (const command of [
        "purchase-plan",
        "advances",
        "propdesk run ",
        "propdesk company-plan ",
        "propdesk demo ",
      ])
        expect(run.stdout, command).toContain(command);
    },
  );
});

describe("usage errors in the reader's language (exit 2, one line)", () => {
  it.each([
    [
      ["purchase-plan", "x.xlsx", "--month", "2026-13"],
      locale("zh_CN.UTF-8"),
      "propdesk: --month 2026-13：没有 13 月",
    ],
    [
      ["purchase-plan", "x.xlsx", "--month", "2026-13"],
      locale("zh_TW.UTF-8"),
      "propdesk: --month 2026-13：沒有 13 月",
    ],
    [
      ["purchase-plan", "x.xlsx", "--month", "2026-13"],
      locale("en_US.UTF-8"),
      "propdesk: --month 2026-13: there is no month 13",
    ],
    [
      ["advances", "x.xlsx", "--as-of", "2026-02-30"],
      locale("C.UTF-8"),
      "propdesk: --as-of 2026-02-30：2026 年 2 月没有 30 日",
    ],
    [
      ["run", "--all", "x.xlsx", "--as-of", "2026-02-30"],
      { LC_ALL: "en_US.UTF-8", LANG: "zh_CN.UTF-8" },
      "propdesk: --as-of 2026-02-30: February 2026 has no day 30",
    ],
    [
      ["company-plan", "a.xlsx", "--month", "2026-13", "--lang", "zh-TW"],
      locale("en_US.UTF-8"),
      "propdesk: --month 2026-13：沒有 13 月",
    ],
    [
      ["demo", "--today", "2026-02-29"],
      locale("zh_HK.UTF-8"),
      "propdesk: --today 2026-02-29：2026 年 2 月沒有 29 日",
    ],
    [
      ["purchase-plan"],
      locale("zh_TW.UTF-8"),
      "propdesk: 請給出活頁簿路徑：propdesk purchase-plan <活頁簿.xlsx>",
    ],
    [
      ["purchase-plan"],
      locale("en_US.UTF-8"),
      "propdesk: Give the workbook: propdesk purchase-plan <workbook.xlsx>",
    ],
    [
      ["purchase-plan", "x.xlsx", "--lang", "fr"],
      locale("en_US.UTF-8"),
      "propdesk: --lang must be zh-CN, zh-TW or en",
    ],
    [
      ["demo", "--foo"],
      locale("en_US.UTF-8"),
      "propdesk: demo has no option --foo (the nearest: --today); its options: --out-dir, --today, --lang, --help",
    ],
    [["inventroy", "x.xlsx"], locale("zh_TW.UTF-8"), "propdesk: 未知的任務「inventroy」。可用："],
  ] as [string[], Record<string, string>, string][])("%j with %j", async (args, env, start) => {
    const run = await runCli(args, undefined, env);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(run.stderr.slice(0, start.length)).toBe(start);
  });
});

describe("a job's summary in the reader's language", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "propdesk-lang-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it.each([
    [
      "zh-CN by the locale",
      [],
      locale("zh_CN.UTF-8"),
      [
        "计划 2027-01：7 行，4 个部门，金额合计 548.80 元，报送截止 2026-12-04",
        "  工作表「采购计划 2027-01」",
        "问题：错误 2 个，警告 4 个",
        "  工程部!E7：「申请数量」应为数字，这里是“两个”",
        "  … 另有 1 条，见「问题清单」工作表",
      ],
    ],
    [
      "zh-TW by --lang",
      ["--lang", "zh-TW"],
      locale("en_US.UTF-8"),
      [
        "計劃 2027-01：7 列，4 個部門，金額合計 548.80 元，報送截止 2026-12-04",
        "  工作表「採購計劃 2027-01」",
        "問題：錯誤 2 個，警告 4 個",
        "  工程部!E7：「申请数量」應為數字，這裡是「两个」",
        "  … 另有 1 條，見「問題清單」工作表",
      ],
    ],
    [
      "en by the locale, the sheets in zh-CN as handed in",
      [],
      locale("en_US.UTF-8"),
      [
        "Plan 2027-01: 7 lines from 4 departments, total 548.80 yuan, due 2026-12-04",
        '  sheet "采购计划 2027-01"',
        "Issues: 2 errors, 4 warnings",
        '  工程部!E7: "申请数量" should be a number, found "两个"',
        "  … and 1 more: see the Issues sheet",
      ],
    ],
  ] as [string, string[], Record<string, string>, string[]][])("%s", async (what, args, env, lines) => {
    const input = join(dir, `${what.slice(0, 5)}.xlsx`);
    await copyFile(FIXTURE, input);
    const run = await runCli(
      ["purchase-plan", input, "--month", "2027-01", "--today", "2026-12-01", ...args],
      undefined,
      env,
    );
    expect(run.code, run.stderr).toBe(0);
    const printed = run.stdout.split("\n");
    for (const line of lines) expect(printed, line).toContain(line);
    expect(run.stdout).not.toMatch(/not_a_number|not_positive|price_differs|×\d/);
  });
});
