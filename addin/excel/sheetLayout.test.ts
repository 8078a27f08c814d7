import { describe, expect, it } from "vitest";
import { columnRuns, joinBlocks } from "./sheetLayout";

describe("joinBlocks", () => {
  it("joins adjacent rows of one style that follow each other, keeping the order of the rest", () => {
    expect(
      joinBlocks([
        { style: "body", top: 4, left: 1, bottom: 9, right: 5 },
        { style: "error", top: 5, left: 1, bottom: 5, right: 5 },
        { style: "error", top: 6, left: 1, bottom: 6, right: 5 },
        { style: "error", top: 8, left: 1, bottom: 8, right: 5 },
        { style: "total", top: 9, left: 1, bottom: 9, right: 5 },
      ]),
    ).toEqual([
      { style: "body", top: 4, left: 1, bottom: 9, right: 5 },
      { style: "error", top: 5, left: 1, bottom: 6, right: 5 },
      { style: "error", top: 8, left: 1, bottom: 8, right: 5 },
      { style: "total", top: 9, left: 1, bottom: 9, right: 5 },
    ]);
  });
});

describe("columnRuns", () => {
  it("finds vertical runs of wanted cells per column", () => {
    const link = { text: "x", sheet: "S", cell: "A1" };
    expect(
      columnRuns(
        [
          [link, 1],
          [link, link],
          [null, link],
          [link, null],
        ],
        (c) => typeof c === "object" && c !== null,
      ),
    ).toEqual([
      { top: 1, left: 1, bottom: 2, right: 1 },
      { top: 2, left: 2, bottom: 3, right: 2 },
      { top: 4, left: 1, bottom: 4, right: 1 },
    ]);
  });
});
