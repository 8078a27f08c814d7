import { describe, expect, it } from "vitest";
import { JOBS, runJob } from "./registry";
import { jobIssuesSheet, type JobDefinition } from "./job";
import { demoBook, demoSheets } from "../demo/index";
import { formatIssue, issueLocation } from "../i18n/formatIssue";
import { isLabel, type Lang } from "../i18n/label";
import type { Issue } from "../issues";
import { MAX_SHEET_NAME } from "../sheets/sheetName";

/**
 * Where every job's issues sit and how they are listed, on the demo workbook of 2026-12-04 (what `propdesk demo`
 * writes): each issue with a row names its column, each is listed once per job, and each job's issues sheet carries
 * the job's name.
 */
const TODAY = "2026-12-04";
const book = demoBook(demoSheets(TODAY));
const LANGS: readonly Lang[] = ["zh-CN", "zh-TW", "en"];

/** Each job's run on the demo, in each language. */
const runs = new Map(
  JOBS.map((job) => [
    job.id,
    new Map(LANGS.map((lang) => [lang, runJob(job, book, { today: TODAY, lang })])),
  ]),
);
const runOf = (job: JobDefinition, lang: Lang = "zh-CN") => runs.get(job.id)!.get(lang)!;

/** An issue's identity as a list shows it: code and location. */
const where = (i: Issue) => `${i.code} ${issueLocation(i)}`;

describe.each(JOBS.map((job) => [job.id, job] as const))("%s on the demo workbook", (_id, job) => {
  const { issues } = runOf(job);

  it("finds issues to check", () => {
    expect(issues.length).toBeGreaterThan(0);
  });

  it("names the column of every issue with a row, so its location is a cell", () => {
    for (const i of issues.filter((x) => x.row !== undefined))
      expect(issueLocation(i), i.code).toMatch(/^.+![A-Z]{1,3}[1-9]\d*$/u);
  });

  it("lists each issue once (no two with the same code, sheet, row and column)", () => {
    const seen = issues.map(where);
    expect(seen).toEqual([...new Set(seen)]);
  });

  it.each(LANGS)("in %s, names a cell's column as the sheet heads it, never by a translated name", (lang) => {
    const run = runOf(job, lang);
    for (const i of run.issues) {
      const header = i.params?.["header"];
      if (header === undefined || i.row === undefined) continue;
      const read = run.readings.find((r) => r.sheet === i.sheet)?.columns.some((c) => c.letter === i.column);
      // a column the sheet has: its own header text, the same in every language and in the message
      if (read === true) {
        expect(isLabel(header), `${where(i)} ${formatIssue(i, lang)}`).toBe(false);
        expect(formatIssue(i, lang)).toContain(String(header));
      }
    }
  });

  it.each(LANGS)("writes an issues sheet named and titled with the job, in %s", (lang) => {
    const run = runOf(job, lang);
    const sheet = run.sheets.find((s) => s.key.endsWith("/issues"))!;
    expect(sheet.name.endsWith(` ${run.period} ${job.issuesTag![lang]}`), sheet.name).toBe(true);
    expect(Array.from(sheet.name).length).toBeLessThanOrEqual(MAX_SHEET_NAME);
    expect(sheet.cells[0]?.[0]).toContain(job.title[lang]);
  });
});

describe("locations on the demo workbook, as the issues sheet and --json show them", () => {
  const plan = runOf(JOBS.find((j) => j.id === "purchase-plan")!);

  it.each<[string, string]>([
    // a warning about a plan line across departments names the item cell of its first request row
    ["price_differs", "保洁部!C4"],
    ["unit_mismatch", "保洁部!C6"],
    ["not_positive", "工程部!F8"],
  ])("%s reads %s", (code, location) => {
    expect(plan.issues.filter((i) => i.code === code).map(issueLocation)).toContain(location);
  });

  it.each<[string, string, string]>([
    ["inventory", "movements_before_opening", "入库明细!A14"],
    ["weekly-collection", "handover_difference", "出纳交接!D6"],
    ["fee-statistics", "utility_period_assumed", "水电费缴费!E19"],
  ])("%s: %s reads %s (the date, amount or period cell)", (id, code, location) => {
    const run = runOf(JOBS.find((j) => j.id === id)!);
    expect(run.issues.filter((i) => i.code === code).map(issueLocation)).toEqual([location]);
  });
});

describe("an issue of an input several jobs read (the receivables ledger)", () => {
  const readers = ["collection", "fee-statistics", "cash-plan"];

  it.each(readers)("is listed once by %s, as by each of the others", (id) => {
    const run = runOf(JOBS.find((j) => j.id === id)!);
    const shared = [
      "cell_error 收费台账!H4990",
      "duplicate_receipt 收款明细!B5164",
      "not_a_number 收款明细!H5925",
    ];
    for (const issue of shared) expect(run.issues.map(where).filter((w) => w === issue)).toEqual([issue]);
  });

  it("is listed once when a person names its sheet twice for one role", () => {
    const collection = JOBS.find((j) => j.id === "collection")!;
    const twice = runJob(collection, book, {
      today: TODAY,
      lang: "zh-CN",
      inputSheets: { payments: ["收款明细", "收款明细"] },
    });
    expect(twice.issues.map(where)).toEqual(runOf(collection).issues.map(where));
    expect(twice.readings.filter((r) => r.sheet === "收款明细")).toHaveLength(1);
  });
});

describe("every job's issues sheet carries the job's short name", () => {
  /** The jobs that take a range of months (`--from`/`--to`; cli/jobOptions.ts): their longest period. */
  const RANGE_JOBS = new Set(["collection"]);
  const periods = (job: JobDefinition): string[] =>
    job.period === "as-of"
      ? ["2026-12-04"]
      : ["2026-11", ...(RANGE_JOBS.has(job.id) ? ["2026-01~2026-11"] : [])];

  it.each(LANGS)("distinct for each job, in %s", (lang) => {
    const tags = JOBS.map((job) => job.issuesTag?.[lang]);
    expect(tags.every((t) => t !== undefined && t.trim() !== "")).toBe(true);
    expect(new Set(tags).size).toBe(JOBS.length);
  });

  it.each(
    JOBS.flatMap((job) => LANGS.flatMap((lang) => periods(job).map((p) => [job.id, lang, p] as const))),
  )("%s in %s for %s: whole, within Excel's 31 characters", (id, lang, period) => {
    const job = JOBS.find((j) => j.id === id)!;
    const { name } = jobIssuesSheet(job, [], period, lang);
    const word = { "zh-CN": "问题清单", "zh-TW": "問題清單", en: "Issues" }[lang];
    expect(name).toBe(`${word} ${period} ${job.issuesTag![lang]}`);
    expect(Array.from(name).length).toBeLessThanOrEqual(MAX_SHEET_NAME);
  });
});
