import { describe, it, expect } from "vitest";
import * as values from "./index";

describe("core/values index", () => {
  it.each([
    "Dec",
    "ZERO",
    "toDayNumber",
    "fromDayNumber",
    "isoFromParts",
    "monthOf",
    "ok",
    "fail",
    "columnLetter",
    "columnNumber",
    "a1",
    "excelErrorOf",
    "normalizeKey",
    "foldTraditional",
    "normalizeHeader",
    "decFromNumber",
    "decFromText",
    "numberText",
    "cellParamText",
    "readNumberCell",
    "parseDecimalCell",
    "parseFenCell",
    "parseQtyCell",
    "parseRateCell",
    "fen",
    "fenText",
    "fenNumber",
    "lineAmount",
    "qtyE4",
    "qtyText",
    "qtyNumber",
    "rateOf",
    "rateText",
    "percentOf",
    "excelSerialToIso",
    "isoToExcelSerial",
    "isDateNumberFormat",
    "parseDateCell",
    "parseMonthCell",
    "parseTextCell",
    "parseAmountWords",
    "amountInWords",
    "readVerdict",
    "yearResolver",
    "YearResolver",
    "parseYearlessDate",
    "parseYearlessMonth",
  ])("exports %s", (name) => {
    expect(name in values).toBe(true);
    expect(values[name as keyof typeof values]).toBeDefined();
  });

  it("reads a money cell end to end through the index", () => {
    const r = values.parseFenCell("¥1,234.565");
    expect(r.ok && r.value !== null && values.fenText(r.value)).toBe("1234.57");
  });
});
