import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { compareIssues, issue, ISSUE_CODES, sortIssues } from "./issues";
import type { Issue, IssueCode, IssueLocation, Severity } from "./issues";

const at = (i: Issue) => [i.sheet ?? "", i.row ?? "", i.column ?? ""].join("|");

describe("issue", () => {
  it("leaves out location fields that are undefined", () => {
    const made = issue("payment_zero", "warning", { sheet: "工程部", row: undefined, column: undefined });
    expect(made).toEqual({ code: "payment_zero", severity: "warning", sheet: "工程部" });
    expect("row" in made).toBe(false);
    expect("params" in made).toBe(false);
  });

  it("keeps every location field and params given", () => {
    expect(
      issue(
        "value_required",
        "error",
        { sheet: "工程部", row: 12, column: "D" },
        { field: "quantity", header: "数量" },
      ),
    ).toEqual({
      code: "value_required",
      severity: "error",
      sheet: "工程部",
      row: 12,
      column: "D",
      params: { field: "quantity", header: "数量" },
    });
  });

  it("takes exactly the params its code takes: a misspelt, missing or unknown one fails to compile", () => {
    // @ts-expect-error `hedaer` is not a param of not_positive
    const misspelt = issue("not_positive", "error", {}, { hedaer: "数量", value: "0" });
    // @ts-expect-error duplicate_slip needs firstRow too
    const missing = issue("duplicate_slip", "warning", {}, { slip: "CK-1", firstSheet: "出库" });
    // @ts-expect-error not_a_number takes params; none is given
    const none = issue("not_a_number", "warning", {});
    // @ts-expect-error sheet_not_placed takes no params
    const unknown = issue("sheet_not_placed", "warning", {}, { table: "x" });
    expect([misspelt, missing, none, unknown].map((i) => i.code)).toEqual([
      "not_positive",
      "duplicate_slip",
      "not_a_number",
      "sheet_not_placed",
    ]);
  });
});

/** An issue as stored data (sorting looks at its code and place only). */
const located = (code: IssueCode, severity: Severity, where: IssueLocation = {}): Issue => {
  const out: Issue = { code, severity };
  if (where.sheet !== undefined) out.sheet = where.sheet;
  if (where.row !== undefined) out.row = where.row;
  if (where.column !== undefined) out.column = where.column;
  return out;
};

describe("sortIssues", () => {
  const order = ["工程部", "客服部", "保洁部"];

  it("puts book-level issues first, then sheets in the given order, then unknown sheets by name", () => {
    const issues = [
      located("sheet_not_placed", "warning", { sheet: "说明" }),
      located("not_a_number", "warning", { sheet: "保洁部", row: 5, column: "C" }),
      located("not_a_number", "warning", { sheet: "工程部", row: 9, column: "C" }),
      located("no_input_sheet", "error"),
      located("sheet_not_placed", "warning", { sheet: "Sheet2" }),
      located("not_a_number", "warning", { sheet: "客服部", row: 3, column: "C" }),
    ];
    expect(sortIssues(issues, order).map(at)).toEqual([
      "||",
      "工程部|9|C",
      "客服部|3|C",
      "保洁部|5|C",
      "Sheet2||",
      "说明||",
    ]);
  });

  it("orders rows ascending, a whole-sheet or whole-row issue before the cells of its row", () => {
    const issues = [
      located("not_a_number", "warning", { sheet: "工程部", row: 12, column: "B" }),
      located("not_a_number", "warning", { sheet: "工程部", row: 9, column: "B" }),
      located("missing_required_column", "error", { sheet: "工程部", row: 12 }),
      located("empty_sheet", "warning", { sheet: "工程部" }),
      located("not_a_number", "warning", { sheet: "工程部", row: 100, column: "A" }),
    ];
    expect(sortIssues(issues, order).map(at)).toEqual([
      "工程部||",
      "工程部|9|B",
      "工程部|12|",
      "工程部|12|B",
      "工程部|100|A",
    ]);
  });

  it("orders columns by length then letters: B before AA, Z before AA, AA before AB", () => {
    const columns = ["AB", "AA", "B", "Z", "A", "BA", "C"];
    const issues = columns.map((column) =>
      located("not_a_number", "warning", { sheet: "工程部", row: 5, column }),
    );
    expect(sortIssues(issues, order).map((i) => i.column)).toEqual(["A", "B", "C", "Z", "AA", "AB", "BA"]);
  });

  it("orders issues of one cell by code", () => {
    const where = { sheet: "工程部", row: 5, column: "D" };
    const issues = [
      located("value_required", "error", where),
      located("not_a_number", "warning", where),
      located("cell_error", "error", where),
    ];
    expect(sortIssues(issues, order).map((i) => i.code)).toEqual([
      "cell_error",
      "not_a_number",
      "value_required",
    ]);
  });

  it("without an order sorts sheets by name", () => {
    const issues = [
      located("empty_sheet", "warning", { sheet: "b" }),
      located("empty_sheet", "warning", { sheet: "a" }),
      located("no_input_sheet", "error"),
    ];
    expect(sortIssues(issues).map(at)).toEqual(["||", "a||", "b||"]);
  });

  it("returns a new array and leaves its input alone", () => {
    const issues = [
      located("empty_sheet", "warning", { sheet: "客服部" }),
      located("empty_sheet", "warning", { sheet: "工程部" }),
    ];
    const copy = [...issues];
    const sorted = sortIssues(issues, order);
    expect(sorted).not.toBe(issues);
    expect(issues).toEqual(copy);
  });

  const location: fc.Arbitrary<IssueLocation> = fc.record(
    {
      sheet: fc.constantFrom("工程部", "客服部", "保洁部", "说明", "Sheet2"),
      row: fc.integer({ min: 1, max: 30 }),
      column: fc.constantFrom("A", "B", "Z", "AA", "AB", "BA"),
    },
    { requiredKeys: [] },
  );
  const anyIssue = fc
    .tuple(fc.constantFrom(...ISSUE_CODES), fc.constantFrom("error" as const, "warning" as const), location)
    .map(([code, severity, where]) => located(code, severity, where));

  it("is a permutation in reading order (property)", () => {
    const colKey = (c: string | undefined) =>
      c === undefined ? 0 : c.length * 1000 + (c.charCodeAt(0) - 64) * 30 + (c.charCodeAt(1) || 0);
    fc.assert(
      fc.property(fc.array(anyIssue, { maxLength: 30 }), (issues) => {
        const sorted = sortIssues(issues, order);
        expect([...sorted].sort(compareIssues)).toEqual([...issues].sort(compareIssues));
        const rank = (i: Issue) =>
          i.sheet === undefined ? -1 : order.includes(i.sheet) ? order.indexOf(i.sheet) : order.length;
        for (let k = 1; k < sorted.length; k++) {
          const a = sorted[k - 1]!;
          const b = sorted[k]!;
          expect(rank(a)).toBeLessThanOrEqual(rank(b));
          if (a.sheet === b.sheet) {
            expect(a.row ?? 0).toBeLessThanOrEqual(b.row ?? 0);
            if ((a.row ?? 0) === (b.row ?? 0)) expect(colKey(a.column)).toBeLessThanOrEqual(colKey(b.column));
          }
        }
        expect(sortIssues(sorted, order)).toEqual(sorted);
      }),
    );
  });
});
