import { describe, expect, it } from "vitest";
import { ClerkNotes } from "./clerkNotes";
import type { FollowUp } from "./records";
import type { SheetData } from "../table/sheetData";

const note = (row: number, reason: string | null, expectedDate: string | null): FollowUp => ({
  unit: "3-1-502",
  feeType: "物业管理费",
  reason,
  expectedDate,
  source: { sheet: "催缴跟进", row },
});

const previousList = (reason: string | null, expected: string | number | null): SheetData => ({
  name: "应收未收明细 2026-10-31",
  ownerKey: "collection/receivables/2026-10-31",
  origin: { row: 1, column: 1 },
  values: [
    ["房号", "收费项目", "未收原因", "预计交款时间"],
    ["3-1-502", "物业管理费", reason, expected],
  ],
});

describe("ClerkNotes", () => {
  it("takes the last follow-up row for a unit and fee type", () => {
    const notes = new ClerkNotes(
      [note(2, "联系不上", "2026-11-10"), note(3, "已承诺", "2026-12-05")],
      [],
      false,
    );
    expect(notes.get(" 3-1-502", "物业管理费")).toEqual({ reason: "已承诺", expectedDate: "2026-12-05" });
  });

  it("keeps what the clerk typed on the previous list, and the later of two promised dates", () => {
    const later = new ClerkNotes(
      [note(2, "经济困难", "2026-12-20")],
      [previousList("房屋空置", "2026-11-15")],
      false,
    );
    expect(later.get("3-1-502", "物业管理费")).toEqual({ reason: "房屋空置", expectedDate: "2026-12-20" });
    const earlier = new ClerkNotes([note(2, null, "2026-11-01")], [previousList(null, "2026-11-15")], false);
    expect(earlier.get("3-1-502", "物业管理费")?.expectedDate).toBe("2026-11-15");
  });

  it("keeps an expected date typed as words and never replaces it with the follow-up's date", () => {
    const notes = new ClerkNotes([note(2, null, "2026-12-20")], [previousList("房屋空置", "春节前")], false);
    expect(notes.get("3-1-502", "物业管理费")).toEqual({
      reason: "房屋空置",
      expectedDate: null,
      expectedText: "春节前",
    });
  });
});
