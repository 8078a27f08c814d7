import { describe, expect, it } from "vitest";
import { isoToExcelSerial, type SheetSpec } from "../../core/index";
import { columnWidthPoints } from "./columnWidth";
import { hyperlinkFormula } from "./hyperlinkFormula";
import { specGrid } from "./specGrid";

function spec(cells: SheetSpec["cells"], merges: SheetSpec["merges"] = []): SheetSpec {
  return {
    name: "Plan",
    key: "k",
    cells,
    columns: [{ width: 8 }, { width: 8 }, { width: 8 }],
    styles: [],
    numberFormats: [],
    merges,
  };
}

const context = {
  date1904: false,
  finalNames: new Map([["detail", "Detail (2)"]]),
  tempNames: new Map([["detail", "~PropDesk 00000001"]]),
};

describe("specGrid", () => {
  it("writes text with an apostrophe so Excel keeps it as typed, and pads rows to one width", () => {
    expect(
      specGrid(
        spec([
          ["3-1-502", "001", ""],
          [1.5, true],
        ]),
        context,
      ),
    ).toEqual([
      ["'3-1-502", "'001", ""],
      [1.5, true, ""],
    ]);
  });

  it("writes dates as serials, formulas with = aimed at temporary sheets, links as HYPERLINK to final names", () => {
    const grid = specGrid(
      spec([
        [
          { date: "2027-01-05" },
          { formula: "SUM(Detail!B2:B9)", value: 3 },
          { text: "明细", sheet: "Detail", cell: "A3" },
        ],
      ]),
      context,
    );
    expect(grid).toEqual([
      [
        isoToExcelSerial("2027-01-05", false),
        "=SUM('~PropDesk 00000001'!B2:B9)",
        `=HYPERLINK("#'Detail (2)'!A3","明细")`,
      ],
    ]);
  });

  it("leaves the cells a merge covers empty", () => {
    expect(
      specGrid(spec([["title", "x", "y"]], [{ top: 1, left: 1, bottom: 1, right: 3 }]), context),
    ).toEqual([["'title", "", ""]]);
  });
});

describe("hyperlinkFormula", () => {
  it("quotes sheet names and doubles quotes in text", () => {
    expect(hyperlinkFormula("O'Brien", "B2", 'say "hi"')).toBe(`=HYPERLINK("#'O''Brien'!B2","say ""hi""")`);
  });

  it("joins text over Excel's 255-character constant limit from pieces", () => {
    const formula = hyperlinkFormula("S", "A1", "长".repeat(300));
    expect(formula).toBe(`=HYPERLINK("#'S'!A1","${"长".repeat(255)}"&"${"长".repeat(45)}")`);
  });
});

describe("columnWidthPoints", () => {
  it("converts a file's width in characters (what ExcelJS writes) to points, for 7-pixel digits", () => {
    expect(columnWidthPoints(20)).toBe(105);
    expect(columnWidthPoints(9.140625)).toBe(48);
    expect(columnWidthPoints(0)).toBe(0);
  });
});
