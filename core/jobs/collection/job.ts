import type { JobDefinition, JobParams, JobResult } from "../job";
import type { ChartBar } from "../chart";
import type { PlacedSheets } from "../../table/placedSheets";
import type { YearMonth } from "../../values/isoDate";
import { defaultAsOf, previousMonth } from "../periodDefaults";
import { fenFromText, fenNumber } from "../../values/money";
import { percentOf, rateNumber } from "../../values/rate";
import { readCollectionInputs } from "../../receivables/readInputs";
import { runEngine } from "../../receivables/runEngine";
import { ledgerArrearsIssues } from "../../receivables/ledgerArrears";
import { ClerkNotes } from "../../receivables/clerkNotes";
import { buildCollectionReport, type CollectionReport } from "./report";
import { ageingSheet, ratesSheet, receivablesSheet } from "./sheets";
import { COLLECTION_TEXT } from "./texts";
import { fillText } from "../../i18n/plural";
import { groupedAmount } from "../../values/groupedAmount";
import { COLLECTION_DECLARATION } from "./declaration";

/** The months a run covers: `from`/`to` when given, else `month`, else the month before `today` (handed in by the 10th). */
export function collectionPeriod(params: JobParams): { from: YearMonth; to: YearMonth } {
  const month = params.month ?? previousMonth(params.today);
  const from = params.from ?? params.to ?? month;
  const to = params.to ?? params.from ?? month;
  return from <= to ? { from, to } : { from: to, to: from };
}

/** Runs the collection job: rates against targets, ageing and the receivables list at the as-of date. */
export function runCollection(placed: PlacedSheets, params: JobParams): JobResult<CollectionReport> {
  const { lang } = params;
  const { book } = placed;
  const period = collectionPeriod(params);
  const asOf = params.asOf ?? defaultAsOf(period.to, params.today);
  const inputs = readCollectionInputs(placed, period.to, asOf);
  const engine = runEngine(inputs.charges, inputs.payments, { period, asOf, targets: inputs.targets });
  const clerk = new ClerkNotes(
    inputs.followUps,
    book.sheets.filter((s) => s.ownerKey !== undefined),
    book.date1904,
  );
  const notes = engine.receivables.map((r) => clerk.get(r.unit, r.feeType));
  const report = buildCollectionReport(engine, notes, lang);
  return {
    report,
    sheets: [
      ratesSheet(engine.figures, lang),
      ageingSheet(engine.ageing, lang),
      receivablesSheet(engine.receivables, notes, asOf, lang),
    ],
    issues: [...inputs.issues, ...ledgerArrearsIssues(engine.figures, inputs.payments)],
  };
}

/** The collection job (收缴率 / 账龄 / 应收未收费用明细表): its declaration, its run, its summary and charts. */
export const COLLECTION_JOB: JobDefinition<CollectionReport> = {
  ...COLLECTION_DECLARATION,
  run: runCollection,
  summarize(report, lang) {
    return [
      fillText(COLLECTION_TEXT.summary[lang], {
        period: report.from === report.to ? report.from : `${report.from}~${report.to}`,
        asOf: report.asOf,
        rate: percentOf(report.total.currentRate),
        outstanding: groupedAmount(report.ageing.total),
        rows: report.receivables.length,
      }),
    ];
  },
  charts(report, lang) {
    const rates = report.feeTypes
      .filter((f) => f.currentRate !== null)
      .map((f) => {
        const value = rateNumber(f.currentRate!);
        const bar: ChartBar = { label: f.feeType, value };
        if (f.target !== null) {
          bar.target = rateNumber(f.target);
          bar.short = value < bar.target;
        }
        return bar;
      });
    return [
      { title: COLLECTION_TEXT.rateChart[lang], unit: "rate", bars: rates },
      {
        title: COLLECTION_TEXT.ageingChart[lang],
        unit: "money",
        bars: report.ageing.buckets.map((b) => ({ label: b.label, value: fenNumber(fenFromText(b.amount)) })),
      },
    ];
  },
};
