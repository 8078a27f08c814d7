import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { walkBalances, type DatedMovement, type RunningBalance } from "./runningBalances";
import { compareSource } from "./sourceOrder";
import type { IsoDate } from "../../values/isoDate";
import type { RecordSource } from "./records";
import { qtyE4 } from "../../values/quantity";

interface Item extends RunningBalance {
  name: string;
  negativeOn: { date: IsoDate; source: RecordSource | null }[];
}

function items(count: number, opening: readonly number[]): Item[] {
  return Array.from({ length: count }, (_, n) => {
    const balance = qtyE4(opening[n] ?? 0);
    return {
      name: `item${n}`,
      balance,
      bookAtCount: balance,
      negative: balance < 0,
      movedOn: -1,
      dayFirstIssue: null,
      negativeOn: [],
    };
  });
}

/** One item walked alone, the plain way: its dates in order, receipts then issues on each. */
function walkOne(
  opening: number,
  receipts: readonly DatedMovement[],
  issues: readonly DatedMovement[],
  countDate: IsoDate,
): { balance: number; bookAtCount: number; negativeOn: { date: IsoDate; source: RecordSource | null }[] } {
  const dates = [...new Set([...receipts, ...issues].map((m) => m.date))].sort();
  let balance = opening;
  let bookAtCount = opening;
  let negative = opening < 0;
  const negativeOn: { date: IsoDate; source: RecordSource | null }[] = [];
  for (const date of dates) {
    for (const r of receipts) if (r.date === date) balance += r.quantity;
    const dayIssues = issues.filter((i) => i.date === date);
    for (const i of dayIssues) balance -= i.quantity;
    const first = [...dayIssues].sort((x, y) => compareSource(x.source, y.source))[0]?.source ?? null;
    if (date <= countDate) bookAtCount = balance;
    if (balance < 0 && !negative) negativeOn.push({ date, source: first });
    negative = balance < 0;
  }
  return { balance, bookAtCount, negativeOn };
}

const movement = fc.record({
  item: fc.integer({ min: 0, max: 3 }),
  day: fc.integer({ min: 1, max: 6 }),
  quantity: fc.integer({ min: 1, max: 9 }),
  sheet: fc.constantFrom("出库", "领料"),
  row: fc.integer({ min: 2, max: 40 }),
});

describe("walkBalances", () => {
  it("leaves every item as walking it alone does, whatever the order of the rows", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -3, max: 10 }), { minLength: 4, maxLength: 4 }),
        fc.array(movement, { maxLength: 25 }),
        fc.array(movement, { maxLength: 25 }),
        fc.integer({ min: 1, max: 7 }),
        (opening, receiptRows, issueRows, countDay) => {
          const dated = (m: (typeof receiptRows)[number]): DatedMovement => ({
            date: `2026-11-0${m.day}`,
            quantity: qtyE4(m.quantity),
            source: { sheet: m.sheet, row: m.row },
          });
          const receipts = receiptRows.map(dated);
          const issues = issueRows.map(dated);
          const countDate = `2026-11-0${countDay}`;
          const walked = items(4, opening);
          walkBalances(
            receipts,
            receiptRows.map((m) => walked[m.item] as Item),
            issues,
            issueRows.map((m) => walked[m.item] as Item),
            countDate,
            (item, date, source) => item.negativeOn.push({ date, source }),
          );
          walked.forEach((item, n) => {
            const alone = walkOne(
              opening[n] ?? 0,
              receipts.filter((_, k) => receiptRows[k]?.item === n),
              issues.filter((_, k) => issueRows[k]?.item === n),
              countDate,
            );
            expect({
              balance: item.balance,
              bookAtCount: item.bookAtCount,
              negativeOn: item.negativeOn,
            }).toEqual(alone);
          });
        },
      ),
      { numRuns: 500 },
    );
  });

  it("counts a receipt before an issue of the same date, so stock arriving that day covers it", () => {
    const [item] = items(1, [0]);
    const on = (date: IsoDate, quantity: number, row: number): DatedMovement => ({
      date,
      quantity: qtyE4(quantity),
      source: { sheet: "出库", row },
    });
    const negatives: IsoDate[] = [];
    walkBalances(
      [on("2026-11-04", 5, 2)],
      [item as Item],
      [on("2026-11-02", 3, 3), on("2026-11-04", 2, 4)],
      [item as Item, item as Item],
      "2026-11-03",
      (_, date) => negatives.push(date),
    );
    expect(negatives).toEqual(["2026-11-02"]);
    expect(item?.bookAtCount).toBe(-3);
    expect(item?.balance).toBe(0);
  });
});
