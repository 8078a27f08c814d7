import { describe, expect, it } from "vitest";
import { fen } from "../../values/money";
import { qtyE4 } from "../../values/quantity";
import type { YearMonth } from "../../values/isoDate";
import { formatIssue } from "../../i18n/formatIssue";
import { ledgerBalanceIssues } from "./ledgerBalances";
import type { LedgerLine } from "./ledgerLine";
import type { ItemRef } from "./records";

const LED: ItemRef = { item: "LED灯管", spec: "T8", unit: "支" };
const MOP: ItemRef = { item: "拖把", spec: "", unit: "把" };

/** A ledger row in whole units and yuan: what it moves and the balance the office wrote (null: left blank). */
interface Row {
  row: number;
  kind: LedgerLine["kind"];
  ref?: ItemRef;
  month?: YearMonth | null;
  /** A receipt: quantity, and its amount in yuan (null: unknown). */
  receipt?: [number, number | null];
  issue?: number;
  balance?: number | null;
  value?: number | null;
  total?: boolean;
}

function line(r: Row): LedgerLine {
  const ref = r.ref ?? LED;
  const source = { sheet: "收发存", row: r.row };
  const month = r.month === undefined ? "2026-11" : r.month;
  const date = `${month ?? "2026-11"}-10`;
  return {
    source,
    ref,
    kind: r.kind,
    total: r.total ?? false,
    month,
    opening: null,
    receipt:
      r.receipt === undefined
        ? null
        : {
            ...ref,
            date,
            slip: null,
            quantity: qtyE4(r.receipt[0] * 10_000),
            amountFen: r.receipt[1] === null ? null : fen(Math.round(r.receipt[1] * 100)),
            unitPrice: null,
            accepted: true,
            returnBy: null,
            source,
          },
    issue:
      r.issue === undefined
        ? null
        : {
            ...ref,
            date,
            slip: null,
            quantity: qtyE4(r.issue * 10_000),
            department: null,
            taker: null,
            approver: null,
            source,
          },
    balance: r.balance === undefined || r.balance === null ? null : qtyE4(r.balance * 10_000),
    balanceValue: r.value === undefined || r.value === null ? null : fen(Math.round(r.value * 100)),
    balanceColumns: { quantity: "J", amount: "L" },
    slipColumn: "B",
    dateColumn: "A",
  };
}

const found = (rows: Row[]) =>
  ledgerBalanceIssues({ lines: rows.map(line) }).map((i) => [
    i.code.replace("stock_balance_", "").replace("_differs", ""),
    i.row,
    i.column,
    i.params?.["ledger"],
    i.params?.["computed"],
    i.params?.["difference"],
  ]);

// LED灯管: opening 10 at 12.00 = 120.00; received 5 for 65.00 -> 15 worth 185.00; issued 3 -> 12. The month's
// average cost is 185.00 / 15 = 12.333…, so its end is worth 12 x 185.00 / 15 = 148.00.
const OPEN: Row = { row: 5, kind: "opening", balance: 10, value: 120 };
const IN: Row = { row: 6, kind: "movement", receipt: [5, 65], balance: 15, value: 185 };
const OUT: Row = { row: 7, kind: "movement", issue: 3, balance: 12 };

describe("the office's running 结存 against its receipts and issues", () => {
  it.each<[string, Row[], ReturnType<typeof found>]>([
    [
      "agreeing throughout, the month's total at the weighted average",
      [OPEN, IN, OUT, { row: 8, kind: "balance", total: true, balance: 12, value: 148 }],
      [],
    ],
    [
      "a balance one too many: warned at that row only, the office's later rows carrying the slip",
      [
        OPEN,
        IN,
        { ...OUT, balance: 13 },
        { row: 8, kind: "movement", issue: 2, balance: 11 },
        { row: 9, kind: "balance", total: true, balance: 11, value: 150 },
      ],
      [["quantity", 7, "J", "13", "12", "+1"]],
    ],
    [
      "an amount before the month's first issue: the opening plus the receipts (120.00 + 65.00 = 185.00)",
      [OPEN, { ...IN, value: 180 }, OUT],
      [["amount", 6, "L", "180.00", "185.00", "-5.00"]],
    ],
    [
      "the month's end at another price: against 148.00, at the first row after the last movement",
      [
        OPEN,
        IN,
        OUT,
        { row: 8, kind: "balance", total: true, balance: 12, value: 150 },
        { row: 9, kind: "balance", total: true, balance: 12, value: 150 },
      ],
      [["amount", 8, "L", "150.00", "148.00", "+2.00"]],
    ],
    [
      "a month still open (no total row, no next month): its last amount is not the month's end",
      [OPEN, IN, { ...OUT, value: 150 }],
      [],
    ],
    [
      "a month the next one closes: its last movement's amount is its end",
      [
        OPEN,
        IN,
        { ...OUT, value: 150 },
        { row: 8, kind: "movement", month: "2026-12", receipt: [2, 26], balance: 14 },
      ],
      [["amount", 7, "L", "150.00", "148.00", "+2.00"]],
    ],
    [
      "the next month opens at the closing value: 148.00 + 26.00 = 174.00 before its first issue",
      [
        OPEN,
        IN,
        OUT,
        { row: 8, kind: "balance", total: true, balance: 12, value: 148 },
        { row: 9, kind: "balance", month: "2026-12", balance: 12, value: 148 },
        { row: 10, kind: "movement", month: "2026-12", receipt: [2, 26], balance: 14, value: 175 },
      ],
      [["amount", 10, "L", "175.00", "174.00", "+1.00"]],
    ],
    [
      "a quantity parted: its amount is not compared as well",
      [OPEN, { ...IN, balance: 16, value: 200 }, OUT],
      [["quantity", 6, "J", "16", "15", "+1"]],
    ],
    [
      "an opening without an amount: no amount to compare",
      [
        { ...OPEN, value: null },
        { ...IN, value: 180 },
        OUT,
        { row: 8, kind: "balance", total: true, balance: 12, value: 1 },
      ],
      [],
    ],
    [
      "a receipt without an amount: no amount to compare that month",
      [
        OPEN,
        { ...IN, receipt: [5, null], value: 180 },
        OUT,
        { row: 8, kind: "balance", total: true, balance: 12, value: 1 },
      ],
      [],
    ],
    [
      "no opening: the balance starts from 0 (an issue first goes below it)",
      [
        { row: 5, kind: "movement", issue: 2, balance: -2 },
        { row: 6, kind: "movement", receipt: [4, 40], balance: 3 },
      ],
      [["quantity", 6, "J", "3", "2", "+1"]],
    ],
    [
      "each item its own walk, rows interleaved",
      [
        OPEN,
        { row: 6, kind: "opening", ref: MOP, balance: 4, value: 180 },
        { ...IN, row: 7 },
        { row: 8, kind: "movement", ref: MOP, issue: 1, balance: 2 },
        { ...OUT, row: 9 },
      ],
      [["quantity", 8, "J", "2", "3", "-1"]],
    ],
  ])("%s", (_what, rows, expected) => {
    expect(found(rows)).toEqual(expected);
  });

  it("says in the reader's language what the amount was worked out by, and names the item with its spec", () => {
    const rows: Row[] = [OPEN, IN, OUT, { row: 8, kind: "balance", total: true, balance: 12, value: 150 }];
    const [first] = ledgerBalanceIssues({ lines: rows.map(line) });
    expect(formatIssue(first!, "zh-CN")).toContain("「LED灯管 T8」");
    expect(formatIssue(first!, "zh-CN")).toContain("月末一次加权平均");
    expect(formatIssue(first!, "en")).toContain("weighted average");
  });
});
