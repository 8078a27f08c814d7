/**
 * The core's readers that hold regular expressions, fed cells of 100,000 characters that begin the way their
 * expressions want (a date, a sign, a label), which the repeated units of test/regexBacktracking.test.ts never do:
 * each finishes well under a second (issue 18).
 */
import { describe, expect, it } from "vitest";
import { parseDateCell } from "../core/values/dateCell";
import { parseMonthCell } from "../core/values/monthCell";
import { parseFenCell } from "../core/values/money";
import { parseRateCell } from "../core/values/rateCell";
import { parseAmountWords } from "../core/values/amountWords";
import { normalizeHeader } from "../core/values/text";
import { readVerdict } from "../core/values/verdict";
import { headingOf, isNoteLabel, rowKindOf } from "../core/table/rowKinds";
import { readSheetLabels } from "../core/table/sheetLabels";
import { receiptWithoutMark } from "../core/receivables/voidMark";
import { buildingOf } from "../core/receivables/building";
import { cleanSheetName } from "../core/sheets/sheetName";

/** Characters of each long cell. */
const LONG = 100_000;
/** The most one reading may take. */
const BUDGET_MS = 1_000;

describe("the readers, on long cells that begin the way their expressions want", () => {
  const spaces = " ".repeat(LONG);
  const ideographic = "\u3000".repeat(LONG);
  const digits = "0".repeat(LONG);
  const ctx = { date1904: false };
  it.each<[string, () => unknown]>([
    ["a date, white space, then junk", () => parseDateCell(`2026-12-05${spaces}x`, ctx)],
    ["a date, ideographic spaces, then a time", () => parseDateCell(`2026年12月5日${ideographic}1:2x`, ctx)],
    ["a month, white space, then junk", () => parseMonthCell(`2026年${spaces}12月x`, ctx)],
    ["a sign, white space, then digits and junk", () => parseFenCell(`+${spaces}¥${spaces}-${spaces}1x`)],
    ["digits grouped by commas, then junk", () => parseFenCell(`${"1,".repeat(LONG / 2)}x`)],
    ["a rate, white space, no %", () => parseRateCell(`95${spaces}x`)],
    ["amounts in words, repeated", () => parseAmountWords("壹仟".repeat(LONG / 2))],
    [
      "a header with brackets and spaces",
      () => normalizeHeader(`${"(".repeat(LONG / 2)}数量${" )".repeat(LONG / 4)}`),
    ],
    ["a verdict of repeated refusals", () => readVerdict("不合格，".repeat(LONG / 4))],
    ["a note label, white space, no colon", () => isNoteLabel(`制表人${spaces}x`)],
    [
      "a heading's ordinal, white space, then a colon run",
      () => headingOf([`一、${spaces}${"：".repeat(LONG)}`], null),
    ],
    ["a row of long label cells", () => rowKindOf([`小${spaces}`, `${"合".repeat(LONG)}x`, digits], null)],
    [
      "labels above a table, spaces between",
      () => readSheetLabels([[`项目：${spaces}${"a：".repeat(LONG / 2)}`]]),
    ],
    [
      "a receipt number with void marks and spaces",
      () => receiptWithoutMark(`NO.1${" 作废".repeat(LONG / 3)}`),
    ],
    ["a unit number of zeros", () => buildingOf(`${digits}栋x`)],
    ["a sheet name of apostrophes and spaces", () => cleanSheetName(`a${"' ".repeat(LONG / 2)}b`)],
  ])("reads %s of 100,000 characters within the budget", (_what, read) => {
    const started = performance.now();
    read();
    expect(performance.now() - started).toBeLessThan(BUDGET_MS);
  });
});
