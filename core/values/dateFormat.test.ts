import { describe, it, expect } from "vitest";
import { isDateNumberFormat } from "./dateFormat";

describe("isDateNumberFormat", () => {
  it.each([
    "yyyy-mm-dd",
    "m/d/yyyy",
    "d-mmm-yy",
    "mmm-yy",
    "yyyy/m/d",
    'yyyy"年"m"月"d"日"',
    '[$-804]yyyy"年"m"月"d"日"',
    "[$-804]yyyy/m/d",
    '[DBNum1][$-804]yyyy"年"m"月"d"日"',
    "[$-F800]dddd, mmmm dd, yyyy",
    "yyyy-mm-dd;@",
    "h:mm",
    "hh:mm:ss",
    "h:mm AM/PM",
    "[h]:mm",
    "[mm]:ss",
    "[ss]",
    "yyyy-mm-dd hh:mm",
    "[Red]yyyy-mm-dd",
    "DD/MM/YYYY",
  ])("%s is a date or time format", (format) => {
    expect(isDateNumberFormat(format)).toBe(true);
  });

  it.each([
    "General",
    "general",
    "0",
    "0.00",
    "#,##0.00",
    "¥#,##0.00",
    "0.00%",
    "@",
    "[Red]0.00",
    "[Red]#,##0;[Red]-#,##0",
    "#,##0.00_);[Red](#,##0.00)",
    '_(* #,##0.00_);_(* \\(#,##0.00\\);_(* "-"??_);_(@_)',
    '0.00" days"',
    '#,##0" ms"',
    "0\\d",
    "0.00E+00",
    '"yyyy"0',
    "[$¥-804]#,##0.00",
    "[>=100]0;0.0",
    "",
  ])("%j is not a date format", (format) => {
    expect(isDateNumberFormat(format)).toBe(false);
  });
});
