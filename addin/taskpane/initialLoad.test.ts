/**
 * What the task pane's page loads before any run: the modules taskpane.ts reaches through static imports (type
 * imports and `import()` left out, as the bundler leaves them out of the entry chunk). A job's rules, readers and
 * sheets must not be among them: they come with `import()` when a job runs (jobLoader.ts). `npm run bench:bundle`
 * checks the built chunks the same way.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { JOB_DECLARATIONS } from "../../core/light";

const root = resolve(import.meta.dirname, "../..");

/** The specifiers a module imports at load: value imports and re-exports, and bare `import "x"`. */
function staticImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.ES2022);
  const out: string[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      const typeOnly =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (clause.name === undefined &&
            clause.namedBindings !== undefined &&
            ts.isNamedImports(clause.namedBindings) &&
            clause.namedBindings.elements.length > 0 &&
            clause.namedBindings.elements.every((e) => e.isTypeOnly)));
      if (!typeOnly) out.push((statement.moduleSpecifier as ts.StringLiteral).text);
    } else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier !== undefined) {
      const clause = statement.exportClause;
      const typeOnly =
        statement.isTypeOnly ||
        (clause !== undefined &&
          ts.isNamedExports(clause) &&
          clause.elements.length > 0 &&
          clause.elements.every((e) => e.isTypeOnly));
      if (!typeOnly) out.push((statement.moduleSpecifier as ts.StringLiteral).text);
    }
  }
  return out;
}

/** Every repository file (and `pkg:` package) an entry reaches at load, with the file that first imports it. */
function initialLoad(entry: string): Map<string, string | null> {
  const reached = new Map<string, string | null>([[entry, null]]);
  const queue = [entry];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (!file.endsWith(".ts")) continue;
    for (const specifier of staticImports(resolve(root, file))) {
      let target = `pkg:${specifier}`;
      if (specifier.startsWith(".")) {
        const path = relative(root, resolve(root, dirname(file), specifier))
          .split("\\")
          .join("/");
        target = [path, `${path}.ts`, `${path}/index.ts`].find((p) => existsSync(resolve(root, p))) ?? path;
      }
      if (!reached.has(target)) {
        reached.set(target, file);
        queue.push(target);
      }
    }
  }
  return reached;
}

/** How `file` is reached from the entry, for a failure message. */
function chain(reached: Map<string, string | null>, file: string): string {
  const steps: string[] = [];
  for (let at: string | null | undefined = file; at; at = reached.get(at)) steps.unshift(at);
  return steps.join(" -> ");
}

describe("the task pane's initial load", () => {
  const reached = initialLoad("addin/taskpane/taskpane.ts");

  it("holds no job's run, no pipeline, no full registry and no demo", () => {
    const forbidden = [...reached.keys()].filter(
      (f) =>
        /^core\/jobs\/(finance\/)?[^/]+\/job\.ts$/.test(f) ||
        /^core\/jobs\/(registry|pipeline|loadJob)\.ts$/.test(f) ||
        /^core\/(index|runtime)\.ts$/.test(f) ||
        f.startsWith("core/demo/") ||
        f === "addin/runJob.ts" ||
        f === "addin/runtime.ts" ||
        f === "pkg:exceljs",
    );
    expect(forbidden.map((f) => chain(reached, f))).toEqual([]);
  });

  it("holds every job's declaration, the ribbon's functions and the loader of the rest", () => {
    const declarations = [...reached.keys()].filter((f) => /^core\/jobs\/.+\/declaration\.ts$/.test(f));
    expect(declarations).toHaveLength(JOB_DECLARATIONS.length);
    expect(reached.has("addin/commands/ribbon.ts")).toBe(true);
    expect(reached.has("addin/jobLoader.ts")).toBe(true);
  });

  it("holds neither the office's duties nor the built-in calendar: 本月待办 loads them after the first paint", () => {
    const forbidden = [...reached.keys()].filter(
      (f) =>
        f === "addin/taskpane/todoView.ts" ||
        /^core\/calendar\/(officeDuties|workingCalendar|chinaHolidays|statutoryDays|festivalDates)\.ts$/.test(
          f,
        ) ||
        f.startsWith("pkg:chinese-days"),
    );
    expect(forbidden.map((f) => chain(reached, f))).toEqual([]);
    expect(reached.has("addin/taskpane/todoLoader.ts")).toBe(true);
    // The walk would see them were the panel's code imported statically.
    const panel = initialLoad("addin/taskpane/todoView.ts");
    for (const file of [
      "core/calendar/officeDuties.ts",
      "core/calendar/workingCalendar.ts",
      "pkg:chinese-days/dist/chinese-days.json",
    ])
      expect(panel.has(file), file).toBe(true);
  });

  it("holds neither the workbook writer nor the issues' words: they come with a run's code (the chunk run)", () => {
    const forbidden = [...reached.keys()].filter(
      (f) =>
        f === "addin/excel/writeWorkbook.ts" ||
        f === "addin/taskpane/resultView.ts" ||
        f === "core/i18n/formatIssue.ts" ||
        /^core\/i18n\/messages\./.test(f),
    );
    expect(forbidden.map((f) => chain(reached, f))).toEqual([]);
    expect(reached.has("addin/taskpane/failureView.ts")).toBe(true);
    expect(initialLoad("addin/taskpane/resultView.ts").has("core/i18n/messages.en.ts")).toBe(true);
  });

  it("registers the worksheet functions by their ids, without their texts (the build's metadata has those)", () => {
    expect(reached.has("core/functions/functionIds.ts")).toBe(true);
    expect(
      reached.has("core/functions/declarations.ts") ? chain(reached, "core/functions/declarations.ts") : null,
    ).toBeNull();
  });

  it("is told apart from what core/index.ts loads (the walk sees a job's run where there is one)", () => {
    const full = initialLoad("core/index.ts");
    expect(full.has("core/jobs/inventory/job.ts")).toBe(true);
    expect(full.has("pkg:decimal.js")).toBe(true);
    expect(initialLoad("addin/runtime.ts").has("core/jobs/inventory/job.ts")).toBe(false);
  });
});
