/**
 * No regular expression of the core or the task pane can backtrack catastrophically over a workbook's text (issue
 * 18): every regular expression in core/ and addin/ (the add-in builds none with `new RegExp`) - each literal, found in the sources by the TypeScript parser, and each one a module
 * builds with `new RegExp`, caught while the modules load - is fed 100,000 repeated characters of its worst kind
 * (test/helpers/regexWorstKind.ts) and must finish well under a second; a backtracking one takes seconds there. A
 * cell holds at most 32,767 characters, a sheet name 31. No core module is imported before the test loads them all,
 * so every expression they build is caught; test/longCells.test.ts feeds the readers themselves.
 */
import { readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import {
  matchTime,
  regexesBuiltBy,
  regexLiteralsOf,
  worstInput,
  type FoundRegex,
} from "./helpers/regexWorstKind";

const ROOT = resolve(import.meta.dirname, "..");
const CORE = join(ROOT, "core");
const ADDIN = join(ROOT, "addin");
/** Characters of the input each expression is fed. */
const LONG = 100_000;
/** The most one match of a long input may take. */
const BUDGET_MS = 250;
/** The characters of office sheets, besides those an expression names itself: spaces, digits, brackets, date marks. */
const SUSPECTS = [..." \u3000\t\n0129aAzZ.,:：;-—~/()（）[]【】#%¥元年月日号計计合小一二\u0001"];

/** Every non-test TypeScript source under a folder (sample workbooks aside: they never see a workbook's text). */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "demo" ? [] : sources(path);
    const source = entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts");
    return source && !/\.test\.ts$|\.testkit\.ts$/.test(entry.name) ? [path] : [];
  });
}

describe("no regular expression of the core or the add-in backtracks catastrophically", () => {
  let expressions: FoundRegex[] = [];

  beforeAll(async () => {
    const core = sources(CORE);
    const built = await regexesBuiltBy("/core/", async () => {
      for (const path of core) await import(pathToFileURL(path).href);
    });
    const seen = new Set<string>();
    const literals = [...core, ...sources(ADDIN)].flatMap((path) => regexLiteralsOf(path, ROOT));
    expressions = [...literals, ...built].filter(({ regex }) => {
      const key = `${regex.source}/${regex.flags}`;
      return !seen.has(key) && seen.add(key);
    });
  }, 120_000);

  it("finds the core's expressions, the literal and the built ones, and the add-in's", () => {
    const sources = expressions.map((e) => e.regex.source);
    expect(expressions.length).toBeGreaterThan(100);
    expect(expressions.some((e) => e.where.startsWith("addin/"))).toBe(true);
    // built with new RegExp: the number reader's and the section heading's
    expect(sources.some((s) => s.includes("(?<currencyBefore>"))).toBe(true);
    expect(sources.some((s) => s.includes("第[一二三四五六七八九十百零〇]{1,3}[部分章节类项组]"))).toBe(true);
  });

  it(`matches ${LONG.toLocaleString("en")} repeated characters of each one's worst kind in under ${BUDGET_MS} ms`, () => {
    const slow: string[] = [];
    for (const { where, regex } of expressions) {
      const input = worstInput(regex, SUSPECTS, LONG);
      const ms = matchTime(regex, input);
      if (ms > BUDGET_MS)
        slow.push(`${where} ${String(regex)} ${ms.toFixed(0)} ms on ${JSON.stringify(input.slice(0, 8))}…`);
    }
    expect(slow).toEqual([]);
  }, 300_000);
});
