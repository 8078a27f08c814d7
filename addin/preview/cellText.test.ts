import { describe, expect, it } from "vitest";
import { cellText } from "./cellText";

describe("cellText", () => {
  it("shows text as typed and booleans as Excel does", () => {
    expect(cellText("<img src=x>", "General")).toBe("<img src=x>");
    expect(cellText(true, "General")).toBe("TRUE");
    expect(cellText(null, "0.00")).toBe("");
  });

  it("formats numbers by decimals, grouping and percent", () => {
    expect(cellText(1234.5, "#,##0.00")).toBe("1,234.50");
    expect(cellText(46.666666, "0.00")).toBe("46.67");
    expect(cellText(0.125, "0.0%")).toBe("12.5%");
    expect(cellText(0.1 + 0.2, "General")).toBe("0.3");
    expect(cellText(-3, "#,##0.00;[Red]-#,##0.00")).toBe("-3.00");
  });

  it("shows date serials in date formats as dates", () => {
    expect(cellText(46303, "yyyy-mm-dd")).toBe("2026-10-08");
    expect(cellText(46303, 'yyyy"年"m"月"d"日"')).toBe("2026-10-08");
  });
});
