/**
 * No regular expression of the command line's .xlsx layer can backtrack catastrophically over a workbook's text
 * (issue 18): every expression in cli/xlsx - each literal, found in the sources by the TypeScript parser, and each
 * one built with `new RegExp` as its modules load or from a workbook's names and prefixes as they run - is fed
 * 100,000 repeated characters of its worst kind and must finish within a wide budget; a backtracking one takes
 * seconds there. The scans that took the place of expressions over whole parts are fed their worst inputs too.
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
} from "../../test/helpers/regexWorstKind";
import { sheetOfRange } from "./ownership";
import { attributeOf, elementsOf } from "./package/xmlTags";
import { decodeXmlText } from "./package/xmlText";
import { isoDateSerial } from "./read/isoDateSerial";

const ROOT = resolve(import.meta.dirname, "../..");
const XLSX = import.meta.dirname;
/** Characters of the input each expression is fed. */
const LONG = 100_000;
/** The most one match (or one scan) of a long input may take: wide, as a backtracking one takes seconds. */
const BUDGET_MS = 1000;
/** The characters of XML and of Excel's names and formulas, besides those an expression names itself. */
const SUSPECTS = [..." \t\n<>\"'=/&;#_x:![]$.,-0129aAzZ物\u3000\u0001"];

/** Every non-test TypeScript source of cli/xlsx. */
function sources(dir = XLSX): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    const source = entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts");
    return source && !/\.test\.ts$|\.testkit\.ts$/.test(entry.name) ? [path] : [];
  });
}

/** Loads every module (catching what they build as they load), then runs the functions that build expressions from a workbook's text. */
async function builtExpressions(paths: readonly string[]): Promise<FoundRegex[]> {
  return regexesBuiltBy("/cli/xlsx/", async () => {
    for (const path of paths) await import(pathToFileURL(path).href);
    const tags = await import("./package/xmlTags");
    const tag = '<x:sheet name="表" sheetId="1" r:id="rId1"/>';
    tags.attributeOf(tag, "r:id");
    tags.withAttribute(tag, "sheetId", "2");
    tags.prefixOf('<x:workbook xmlns:x="urn:main"/>', ["urn:main"]);
    const { readWorkbookPart } = await import("./package/workbookPart");
    readWorkbookPart(
      '<x:workbook xmlns:x="urn:main" xmlns:r="urn:r"><x:sheets><x:sheet name="a" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>',
    );
    const { StyleSheet } = await import("./package/styleSheet");
    const styles = new StyleSheet(
      '<x:styleSheet xmlns:x="urn:main"><x:fonts count="1"><x:font><x:sz val="11"/></x:font></x:fonts></x:styleSheet>',
    );
    styles.fontId('<font><b/><sz val="11"/></font>');
    styles.toXml();
  });
}

describe("no regular expression of cli/xlsx backtracks catastrophically", () => {
  let expressions: FoundRegex[] = [];

  beforeAll(async () => {
    const paths = sources();
    const all = [...paths.flatMap((path) => regexLiteralsOf(path, ROOT)), ...(await builtExpressions(paths))];
    const seen = new Set<string>();
    expressions = all.filter(({ regex }) => {
      const key = `${regex.source}/${regex.flags}`;
      return !seen.has(key) && seen.add(key);
    });
  }, 120_000);

  it("finds the layer's expressions, the literal and the built ones", () => {
    const found = expressions.map((e) => e.regex.source);
    expect(expressions.length).toBeGreaterThan(30);
    expect(found.some((s) => s.startsWith("^(-?\\d{4,})-"))).toBe(true);
    expect(found.some((s) => s.includes("r:id\\s*=\\s*"))).toBe(true);
    expect(found.some((s) => s.includes("(<\\/?)x:"))).toBe(true);
  });

  it(`matches ${LONG.toLocaleString("en")} repeated characters of each one's worst kind within ${BUDGET_MS} ms`, () => {
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

describe("the expressions whose worst input needs a valid beginning", () => {
  const spaces = " ".repeat(LONG);
  it.each([
    ["an ISO date cell, white space after its date", () => isoDateSerial(`2026-01-05${spaces}x`, false)],
    [
      "an ISO date cell, white space after its time",
      () => isoDateSerial(`2026-01-05T10:00${spaces}x`, false),
    ],
    ["a defined name's quoted sheet name", () => sheetOfRange(`'${"''".repeat(LONG / 2)}`)],
    ["a character reference", () => decodeXmlText(`&#${"1".repeat(LONG)}`)],
    ["an attribute spread over white space", () => attributeOf(`<x name${spaces}=${spaces}y>`, "name")],
  ])("reads %s of 100,000 characters within the budget", (_, read) => {
    const started = performance.now();
    read();
    expect(performance.now() - started).toBeLessThan(BUDGET_MS);
  });
});

describe("the element scan that took the place of a regular expression over whole parts", () => {
  it.each([
    ["start tags that never end", "<f ".repeat(LONG / 3)],
    ["elements that never close", "<f>".repeat(LONG / 3)],
    ["quoted values that never end", '<f a="'.repeat(LONG / 6)],
    ["end tags without their >", `<f>${"</f ".repeat(LONG / 4)}`],
    ["empty elements, each found", "<f/>".repeat(LONG / 4)],
  ])("finds elements in %s (100,000 characters) within the budget", (_, xml) => {
    const started = performance.now();
    elementsOf(`<r>${xml}</r>`, "f");
    expect(performance.now() - started).toBeLessThan(BUDGET_MS);
  });
});
