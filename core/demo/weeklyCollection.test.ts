import { placeJobInputs, runJob } from "../jobs/registry";
import { COLLECTION_TABLES } from "../receivables/inputs";
import { placeAlone } from "../table/placedSheets";
import { describe, expect, it } from "vitest";
import type { DemoSheet } from "./demoSheet";
import type { BookData } from "../table/sheetData";
import { excelSerialToIso } from "../values/excelSerial";
import { addDays } from "../values/isoDate";
import { collectionDemo } from "./collection";
import { weeklyCollectionDemo } from "./weeklyCollection";
import { HANDOVER_TABLE } from "../jobs/finance/weekly-collection/inputs";
import { WEEKLY_COLLECTION_JOB } from "../jobs/finance/weekly-collection/job";
import { latestWednesday } from "../jobs/finance/weekly-collection/week";
import { readCollectionInputs } from "../receivables/readInputs";
import { fenText, sumFen } from "../values/money";

const bookOf = (sheets: DemoSheet[]): BookData => ({
  date1904: false,
  sheets: sheets.map((s) => ({ name: s.name, values: s.rows, origin: { row: 1, column: 1 } })),
});

// 2026-11-20 is a Friday, 2026-11-18 a Wednesday (handover on the day itself), 2026-01-03 a Saturday.
describe.each(["2026-11-20", "2026-11-18", "2026-01-03"])("weeklyCollectionDemo(%s)", (today) => {
  const own = weeklyCollectionDemo(today);
  const book = bookOf([...collectionDemo(today), ...own]);

  it("is deterministic and gives only the handover sheet, placed as the handover record", () => {
    expect(weeklyCollectionDemo(today)).toEqual(own);
    expect(own.map((s) => s.name)).toEqual(["出纳交接"]);
    // placed among every job's tables, as a run places it: the car park's month-wide ledger is collection's
    const { found } = placeJobInputs(WEEKLY_COLLECTION_JOB, book);
    expect(found.byRole.get(HANDOVER_TABLE.role)?.map((s) => s.name)).toEqual(["出纳交接"]);
    expect(found.issues).toEqual([]);
  });

  it("balances the week before and is 50.00 short in cash for the latest week, with nothing else to report on it", () => {
    const latest = runJob(WEEKLY_COLLECTION_JOB, book, { today, lang: "zh-CN" });
    expect(latest.report.to).toBe(latestWednesday(today));
    expect(latest.report.handoverDifference?.["现金"]?.difference).toBe("-50.00");
    expect(latest.report.handoverDifference?.["银行卡/POS"]?.difference).toBe("0.00");
    expect(latest.issues.filter((i) => i.sheet === "出纳交接").map((i) => i.code)).toEqual([
      "handover_difference",
    ]);
    const before = runJob(WEEKLY_COLLECTION_JOB, book, {
      today,
      lang: "zh-CN",
      asOf: addDays(latest.report.from, -1),
    });
    const differences = Object.values(before.report.handoverDifference ?? {}).map((h) => h.difference);
    expect(differences.length).toBeGreaterThan(0);
    expect(differences.every((d) => d === "0.00")).toBe(true);
  });

  it("dates no handover after today, and the latest week has payments to hand over", () => {
    const dates = own[0]!.rows
      .slice(3)
      .flatMap((r) => (typeof r[1] === "number" ? [excelSerialToIso(r[1], false)] : []))
      .map((parsed) => (parsed.ok ? parsed.value : "bad"));
    expect(dates.length).toBeGreaterThanOrEqual(3);
    for (const date of dates) expect(date <= today, date).toBe(true);
    const result = runJob(WEEKLY_COLLECTION_JOB, book, { today, lang: "zh-CN" });
    expect(result.report.payments).toBeGreaterThan(10);
  });

  it("gives the demo's last full week the sum of its payments on the payments sheet", () => {
    const result = runJob(WEEKLY_COLLECTION_JOB, book, { today, lang: "zh-CN" });
    const { from, to } = result.report;
    const inWeek = readCollectionInputs(placeAlone(book, COLLECTION_TABLES)).payments.filter(
      (p) => p.source.sheet === "收款明细" && p.date >= from && p.date <= to,
    );
    expect(inWeek.length).toBe(result.report.payments);
    expect(result.report.total).toBe(fenText(sumFen(inWeek.map((p) => p.amountFen))));
  });
});
