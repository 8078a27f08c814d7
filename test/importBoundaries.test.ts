/**
 * The import boundaries eslint.config.js draws, checked by linting small sources as if they were files at
 * given places in the repository (ESLint's Node API; nothing is written to disk).
 */
import { resolve } from "node:path";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "..");
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

/** The no-restricted-imports messages for `source` linted as the file at `path` (relative to the root). */
async function restricted(path: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: resolve(root, path) });
  if (!result) throw new Error(`ESLint returned nothing for ${path}`);
  const fatal = result.messages.filter((m) => m.fatal);
  if (fatal.length > 0) throw new Error(`${path}: ${fatal.map((m) => m.message).join("; ")}`);
  return result.messages.filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message);
}

/** A module importing `from` (and using it, so no other rule has anything to say). */
const importing = (from: string): string =>
  `import * as imported from "${from}";\nexport default imported;\n`;

describe("nothing outside test/ imports from test/", () => {
  it.each([
    ["addin/preview/fixture.ts", "../../test/helpers/golden"],
    ["addin/taskpane/view/fixture.ts", "../../../test/fixtures/purchase-plan/grid"],
    ["addin/excel-sim/fixture.ts", "../../test"],
    ["core/values/fixture.ts", "../../test/fixtures/purchase-plan/grid"],
    ["core/jobs/finance/advances/fixture.ts", "../../../../../test/helpers/golden"],
    ["cli/fixture.ts", "../test/helpers/runCli"],
    ["bench/cases/fixture.ts", "../../test/excel-sim/formulaEngine"],
    ["scripts/fixture.ts", "../test/helpers/png"],
    ["scripts/fixture.mjs", "../test/helpers/png.ts"],
    ["fixture.ts", "./test/helpers/golden"],
  ])("%s may not import %s", async (path, from) => {
    expect(await restricted(path, importing(from))).toEqual([
      expect.stringContaining("Only test code may import from test/"),
    ]);
  });

  it("also refuses re-exports from test/", async () => {
    expect(
      await restricted("addin/fixture.ts", `export { goldenPath } from "../test/helpers/golden";\n`),
    ).toEqual([expect.stringContaining("Only test code may import from test/")]);
  });

  it.each([
    ["test/e2e/fixture.ts", "../helpers/golden"],
    ["test/fixture.ts", "./fixtures/purchase-plan/grid"],
    ["core/jobs/purchase-plan/fixture.test.ts", "../../../test/fixtures/purchase-plan/grid"],
    ["core/sheets/fixture.testkit.ts", "../../test/excel-sim/formulaEngine"],
    ["addin/taskpane/fixture.test.ts", "../../test/helpers/golden"],
  ])("test code %s may import %s", async (path, from) => {
    expect(await restricted(path, importing(from))).toEqual([]);
  });

  it.each([
    ["addin/preview/fixture.ts", "../excel-sim/index"],
    ["addin/taskpane/fixture.ts", "./testing/fakeHost"],
    ["scripts/fixture.ts", "./png"],
    ["bench/cases/fixture.ts", "../../addin/excel-sim/simFromBook"],
  ])("%s may import %s", async (path, from) => {
    expect(await restricted(path, importing(from))).toEqual([]);
  });
});

describe("core/ stays pure", () => {
  it("refuses Node, ExcelJS and host imports in product code and in its tests", async () => {
    for (const path of ["core/values/fixture.ts", "core/values/fixture.test.ts"]) {
      for (const from of ["node:fs", "exceljs", "../../addin/excel/addinError", "../../cli/xlsx/readBook"]) {
        expect(await restricted(path, importing(from)), `${path} importing ${from}`).toEqual([
          expect.stringContaining("core/ is pure TypeScript"),
        ]);
      }
    }
  });
});
