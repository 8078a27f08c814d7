import { describe, expect, it } from "vitest";
import { compareHandover, handoverWindow } from "./handover";
import type { HandoverEntry } from "./readHandover";
import { weekEnding } from "./week";
import { fen } from "../../../values/money";

const WEEK = weekEnding("2026-11-18");
let row = 1;
const entry = (date: string, method: string, amountFen: number): HandoverEntry => ({
  date,
  method,
  amountFen: fen(amountFen),
  source: { sheet: "出纳交接", row: ++row, column: "D" },
});

describe("handoverWindow", () => {
  it("runs from the Friday after the week's Thursday to the Thursday after it", () => {
    expect(handoverWindow(WEEK)).toEqual({ from: "2026-11-13", to: "2026-11-19" });
  });
});

describe("compareHandover", () => {
  it("compares each method the week's handovers name with the week's money", () => {
    const entries = [
      entry("2026-11-12", "现金", 50_000), // the previous week's handover day: not this week's
      entry("2026-11-19", "现金", 60_000), // row 3: the first cash row of the week
      entry("2026-11-15", "现金", 3_000), // a handover during the week counts
      entry("2026-11-19", "银行卡/POS", 4_560),
      entry("2026-11-20", "现金", 1_000), // next week's
    ];
    const collected = new Map([
      ["现金", fen(63_888)],
      ["微信", fen(18_050)], // not handed over: not compared
      ["银行卡/POS", fen(4_560)],
    ]);
    // cash: 600.00 + 30.00 = 630.00 handed over against 638.88 collected: 8.88 short.
    expect(compareHandover(entries, collected, WEEK)).toEqual([
      {
        method: "现金",
        collectedFen: 63_888,
        handedOverFen: 63_000,
        differenceFen: -888,
        first: { sheet: "出纳交接", row: 3, column: "D" },
      },
      {
        method: "银行卡/POS",
        collectedFen: 4_560,
        handedOverFen: 4_560,
        differenceFen: 0,
        first: { sheet: "出纳交接", row: 5, column: "D" },
      },
    ]);
  });

  it("compares a handed-over method nobody paid with as all over (长款)", () => {
    expect(compareHandover([entry("2026-11-18", "转账", 100)], new Map(), WEEK)).toMatchObject([
      { method: "转账", collectedFen: 0, handedOverFen: 100, differenceFen: 100 },
    ]);
  });
});
