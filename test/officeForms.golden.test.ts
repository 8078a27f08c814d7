import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileHash } from "./helpers/fileHash";
import { copyFixture, jsonReport } from "./helpers/golden";

/**
 * Issue 15's acceptance tests: the office-forms corpus (test/fixtures/office-forms, built by makeForms.ts after
 * public templates cited in its README.md) run through the command line, each report compared with its
 * hand-worked `<name>.expected.json`.
 *
 * Cases the reader cannot pass yet are listed in PENDING and skipped; remove a name once the features in its
 * `needs` have landed (the case must then pass as it is). A case that passes today must never be listed.
 * `OFFICE_FORMS_ALL=1 npx vitest run test/officeForms.golden.test.ts` runs the pending cases too.
 */
const PENDING = new Set<string>([]);

/**
 * Issue codes the expected files use for findings no code exists for yet (proposed names). When a feature
 * ships under another code, map the proposed name to it here rather than editing the expected files.
 */
const PROPOSED_CODES: Readonly<Record<string, string>> = {
  // an inspection verdict that is neither an acceptance nor a refusal word (待复检): warning, row kept
  verdict_unknown: "verdict_unknown",
  // an amount in Chinese words (大写) that differs from its figures (小写): error at the words cell
  amount_words_mismatch: "amount_words_mismatch",
};

/** What a form needs from the reader beyond today's (the features of issue 15). */
type Feature =
  | "header-band" // a header over two rows, a merged parent naming its children (预算(元) over 单价 | 金额)
  | "section-rows" // 一、办公用品 / 1栋 rows: never data; they give the rows below the field the table lacks
  | "subtotal-words" // labels containing a total word: 办公用品小计, 1栋小计, 本月合计, 当日合计, 本頁合計
  | "notes-rows" // signature and notes rows under a table (制表人：, 说明：, 備註：) end it
  | "title-context" // lines above the header give the year (2026年收费明细) and fields the table lacks
  | "yearless-dates" // 11月, 12月10日 read with the year of the title
  | "verdict" // 验收结果 as text: 验收合格/√ accept, anything containing 不合格/×… refuses, others warn
  | "amount-words" // 大写 amounts checked against the 小写 figures
  | "legend" // an attendance legend (说明：○事假 △迟到 …) defines the grid's symbols
  | "half-day-rows" // a grid with two rows per person (上午 / 下午) under merged name cells: each row is half a day
  | "grid-employees" // a grid without an employee list: its people are the employees (hire dates unknown)
  | "voided-receipts" // receipts marked 作废 (payer, status, remarks, 大写, number): listed apart, in no total, no gap
  | "stock-ledger" // one 收发存 sheet (入库 / 出库 / 结存 groups, 上月结转 / 本月合计 rows) read as opening, receipts, issues
  | "cash-returns" // vouchers handing unspent cash back (交回余款, 退回借款): offset the loan, never a late invoice
  | "fee-ledger"; // a month-wide fee ledger (a column per month, or 应收 | 实收 under each) read as charges and payments

interface FormCase {
  /** The workbook's name without `.xlsx`; its expected report is `<name>.expected.json`. */
  name: string;
  job: string;
  args: string[];
  needs: Feature[];
}

const CASES: FormCase[] = [
  {
    name: "01-plan-sections",
    job: "purchase-plan",
    args: ["--month", "2027-01", "--today", "2026-12-01"],
    needs: ["section-rows", "subtotal-words", "notes-rows"],
  },
  {
    name: "02-requests-header-band",
    job: "purchase-plan",
    args: ["--month", "2027-01", "--today", "2026-12-01"],
    needs: ["header-band", "title-context", "yearless-dates"],
  },
  {
    name: "03-request-traditional",
    job: "purchase-plan",
    args: ["--month", "2027-01", "--today", "2026-12-01"],
    needs: [],
  },
  {
    name: "04-receipts-verdicts",
    job: "inventory",
    args: ["--month", "2026-11", "--count-date", "2026-11-25", "--today", "2026-11-30"],
    needs: ["verdict", "subtotal-words", "notes-rows"],
  },
  {
    name: "05-stock-count-signatures",
    job: "inventory",
    args: ["--month", "2026-11", "--count-date", "2026-11-25", "--today", "2026-11-30"],
    needs: ["header-band", "notes-rows"],
  },
  {
    name: "06-charges-by-building",
    job: "collection",
    args: ["--month", "2026-11", "--today", "2026-12-05"],
    needs: ["section-rows", "subtotal-words", "notes-rows", "title-context", "yearless-dates"],
  },
  {
    name: "07-payments-wps-dates",
    job: "weekly-collection",
    args: ["--week-ending", "2026-11-11", "--today", "2026-11-12"],
    needs: ["subtotal-words", "notes-rows", "title-context", "yearless-dates"],
  },
  {
    name: "08-loans-amount-words",
    job: "advances",
    args: ["--as-of", "2026-11-30", "--today", "2026-11-30"],
    needs: ["header-band", "amount-words"],
  },
  {
    name: "09-advances-traditional",
    job: "advances",
    args: ["--as-of", "2026-11-30", "--today", "2026-11-30"],
    needs: ["subtotal-words", "notes-rows"],
  },
  {
    name: "10-attendance-legend",
    job: "attendance",
    args: ["--month", "2026-11", "--today", "2026-11-30"],
    needs: ["legend", "notes-rows"],
  },
  {
    name: "11-utility-bills-sections",
    job: "fee-statistics",
    args: ["--month", "2026-10", "--today", "2026-11-05"],
    needs: ["section-rows", "subtotal-words", "notes-rows"],
  },
  {
    name: "12-spending-plan-sections",
    job: "cash-plan",
    args: ["--month", "2026-12", "--as-of", "2026-11-30", "--today", "2026-11-30"],
    needs: ["section-rows", "subtotal-words", "notes-rows", "title-context", "yearless-dates"],
  },
  {
    name: "13-receivables-follow-up",
    job: "collection",
    args: ["--month", "2026-11", "--today", "2026-12-05"],
    needs: ["notes-rows", "title-context", "yearless-dates"],
  },
  {
    name: "14-fee-ledger-months",
    job: "collection",
    args: ["--month", "2026-11", "--today", "2026-12-05"],
    needs: ["fee-ledger", "section-rows", "subtotal-words", "notes-rows", "title-context"],
  },
  {
    name: "15-fee-ledger-pairs",
    job: "collection",
    args: ["--month", "2026-10", "--today", "2026-11-05"],
    needs: ["fee-ledger", "header-band", "subtotal-words", "notes-rows", "title-context"],
  },
  {
    name: "16-stock-ledger",
    job: "inventory",
    args: ["--month", "2026-11", "--count-date", "2026-11-25", "--today", "2026-11-30"],
    needs: ["stock-ledger", "header-band", "subtotal-words", "notes-rows", "title-context", "yearless-dates"],
  },
  {
    name: "17-receipts-voided",
    job: "weekly-collection",
    args: ["--week-ending", "2026-11-25", "--today", "2026-11-26"],
    needs: ["voided-receipts", "amount-words", "subtotal-words", "notes-rows"],
  },
  {
    name: "18-advances-cash-return",
    job: "advances",
    args: ["--as-of", "2026-11-30", "--today", "2026-11-30"],
    needs: ["cash-returns", "subtotal-words"],
  },
  {
    name: "19-attendance-half-days",
    job: "attendance",
    args: ["--month", "2026-12", "--today", "2026-12-31"],
    needs: ["half-day-rows", "grid-employees", "legend", "section-rows", "notes-rows"],
  },
];

/** Runs the pending cases as well (to see how far a feature has come). */
const RUN_ALL = process.env["OFFICE_FORMS_ALL"] === "1";

const FOLDER = resolve(import.meta.dirname, "fixtures/office-forms");

/** An expected issue: where and what, without the message; `messageMentions` are texts its message must hold. */
interface ExpectedIssue {
  code: string;
  severity: string;
  sheet?: string;
  row?: number;
  column?: string;
  messageMentions?: string[];
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * The part of `actual` the expected file speaks of: for an object, the keys the expected object names (an
 * empty expected object is compared whole); arrays element by element (their lengths must agree).
 */
function project(actual: Json | undefined, expected: Json): Json | undefined {
  if (Array.isArray(expected) && Array.isArray(actual))
    return actual.map((a, i) => (i < expected.length ? project(a, expected[i]!) : a)) as Json;
  if (isObject(expected) && isObject(actual) && Object.keys(expected).length > 0)
    return Object.fromEntries(
      Object.keys(expected)
        .filter((k) => k in actual)
        .map((k) => [k, project(actual[k], expected[k]!)]),
    ) as Json;
  return actual;
}

function isObject(value: Json | undefined): value is { [key: string]: Json } {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The report holds every field of the expected file with its value, and exactly the expected issues. */
function expectFormReport(
  report: { issues: { code: string; message: string }[] } & Record<string, unknown>,
  expected: { issues: ExpectedIssue[] } & Record<string, Json>,
): void {
  const { issues, ...rest } = report;
  const { issues: expectedIssues, ...expectedRest } = expected;
  expect(project(rest as Json, expectedRest as Json)).toEqual(expectedRest);
  const where = (i: ExpectedIssue | (typeof issues)[number]) => {
    const { code, severity, sheet, row, column } = i as ExpectedIssue;
    return { code: PROPOSED_CODES[code] ?? code, severity, sheet, row, column };
  };
  expect(issues.map(where)).toEqual(expectedIssues.map(where));
  expectedIssues.forEach((e, n) => {
    for (const text of e.messageMentions ?? []) expect(issues[n]?.message).toContain(text);
  });
  for (const i of issues) expect(i.message.length).toBeGreaterThan(5);
}

describe("issue 15: office forms as offices print them, through the command line", () => {
  for (const form of CASES) {
    it.skipIf(!RUN_ALL && PENDING.has(form.name))(
      `${form.name} (${form.job}${form.needs.length > 0 ? `; needs ${form.needs.join(", ")}` : ""})`,
      async () => {
        const expected = JSON.parse(readFileSync(resolve(FOLDER, `${form.name}.expected.json`), "utf8")) as {
          issues: ExpectedIssue[];
        } & Record<string, Json>;
        const copy = await copyFixture(resolve(FOLDER, `${form.name}.xlsx`), "office-forms");
        try {
          const report = await jsonReport<Record<string, unknown>>(form.job, [
            copy.input,
            ...form.args,
            "-o",
            copy.out("out.xlsx"),
          ]);
          expectFormReport(report, expected);
          expect(await fileHash(copy.input)).toBe(copy.inputHash);
        } finally {
          await copy.remove();
        }
      },
    );
  }

  it("every workbook of the folder has a case and an expected report, and PENDING names only cases", () => {
    const names = CASES.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.length).toBeGreaterThanOrEqual(12);
    for (const name of PENDING) expect(names).toContain(name);
    const files = readdirSync(FOLDER);
    const named = (ext: string) => files.filter((f) => f.endsWith(ext)).map((f) => f.slice(0, -ext.length));
    expect(named(".xlsx").sort()).toEqual([...names].sort());
    expect(named(".expected.json").sort()).toEqual([...names].sort());
  });
});
