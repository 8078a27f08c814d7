import { describe, expect, it } from "vitest";
import { resolve } from "node:path";
import { Linter } from "eslint";
import tseslint from "typescript-eslint";
import { propdeskPlugin } from "../eslint/layers.js";

const ROOT = resolve(import.meta.dirname, "..");

/** The messages `propdesk/layers` gives an import written in a file at a repository path. */
function lint(file: string, source: string): string[] {
  const linter = new Linter({ configType: "flat", cwd: ROOT });
  const messages = linter.verify(
    `import { x } from "${source}";\nexport const y = x;\n`,
    [
      {
        files: ["**/*.ts"],
        languageOptions: { parser: tseslint.parser },
        plugins: { propdesk: propdeskPlugin },
        rules: { "propdesk/layers": "error" },
      },
    ],
    { filename: resolve(ROOT, file) },
  );
  return messages.map((m) => m.message);
}

describe("the lint rule that keeps core's layers and jobs apart", () => {
  it.each([
    ["core/jobs/inventory/reconcile.ts", "../purchase-plan/consolidate", /no other job/],
    ["core/jobs/finance/cash-plan/job.ts", "../../collection/job", /no other job/],
    ["core/jobs/finance/cash-plan/job.ts", "../advances/ledger", /no other job/],
    ["core/jobs/inventory/job.test.ts", "../purchase-plan/job", /no other job/],
    ["core/jobs/inventory/job.test.ts", "../../demo/inventory", /no demo/],
    ["core/receivables/allocate.ts", "../jobs/collection/report", /above domain modules/],
    ["core/values/text.ts", "../table/sheetData", /above values/],
    ["core/table/readTable.ts", "../receivables/records", /above tables/],
    ["core/jobs/inventory/job.ts", "../registry", /above a job/],
  ])("refuses %s importing %s", (file, source, message) => {
    const found = lint(file, source);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(message);
  });

  it.each([
    ["core/jobs/inventory/job.ts", "../../catalog/category"],
    ["core/jobs/inventory/job.ts", "./reconcile"],
    ["core/jobs/finance/cash-plan/job.ts", "../../../receivables/allocate"],
    ["core/jobs/finance/cash-plan/job.ts", "../../job"],
    ["core/jobs/inventory/job.test.ts", "../registry"],
    ["core/jobs/registry.ts", "./inventory/job"],
    ["core/demo/cashPlan.ts", "../jobs/finance/cash-plan/period"],
    ["core/receivables/readInputs.ts", "../table/placedSheets"],
    ["cli/main.ts", "../core/jobs/inventory/job"],
  ])("lets %s import %s", (file, source) => {
    expect(lint(file, source)).toEqual([]);
  });
});
