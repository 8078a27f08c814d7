import { COLON } from "../../../i18n/colon";
import type { Lang } from "../../../i18n/label";
import { FormSheetBuilder } from "../../../sheets/formSheetBuilder";
import { MONEY_FORMAT, RATE_FORMAT } from "../../../sheets/formats";
import type { OutCell, SheetSpec } from "../../../sheets/sheetSpec";
import { a1 } from "../../../values/columnLetter";
import type { YearMonth } from "../../../values/isoDate";
import { fenNumber, fenText, sumFen, ZERO_FEN, type Fen } from "../../../values/money";
import { rateOf } from "../../../values/rate";
import { moneyFormula, rateFormula } from "../../../sheets/formulaCells";
import { formatMonthSpan } from "./monthSpan";
import type { FeeStatistics, MonthFigures, UtilityLoss } from "./statistics";
import { FEE_STATISTICS_TEXT as T } from "./texts";
import { UTILITY_LABEL } from "./utility";

/** Columns of the money the main table sums (receivable, collected, arrears collected, prepaid, outstanding). */
const SUMMED: readonly [number, (f: MonthFigures) => Fen][] = [
  [2, (f) => f.receivableFen],
  [3, (f) => f.collectedFen],
  [5, (f) => f.arrearsCollectedFen],
  [6, (f) => f.prepaidFen],
  [7, (f) => f.outstandingFen],
];

/**
 * 费用统计 sheet: one row per fee type with the rate as a formula, the total as SUBTOTAL, then the water and
 * electricity loss: the billing period compared, charged to residents over it (a formula adding the
 * receivable of the utility's fee-type rows when the period is the month itself), paid to the utility, loss
 * (paid - charged) and loss rate as formulas - or 本月无缴费 and no loss when no bill's period ends in the
 * month - the bills listed in the notes.
 */
export function feeStatisticsSheet(stats: FeeStatistics, lang: Lang): SheetSpec {
  const builder = new FormSheetBuilder({
    lang,
    name: `${T.sheet[lang]} ${stats.month}`,
    key: `fee-statistics/${stats.month}`,
    title: T.title[lang],
    subtitles: [
      `${T.month[lang]}${COLON[lang]}${stats.month}      ${T.asOf[lang]}${COLON[lang]}${stats.asOf}`,
    ],
    columns: [
      { header: T.feeType[lang], width: 14 },
      { header: T.receivable[lang], width: 16, format: MONEY_FORMAT },
      { header: T.collected[lang], width: 14, format: MONEY_FORMAT },
      { header: T.rate[lang], width: 10, format: RATE_FORMAT },
      { header: T.arrearsCollected[lang], width: 13, format: MONEY_FORMAT },
      { header: T.prepaid[lang], width: 13, format: MONEY_FORMAT },
      { header: T.outstanding[lang], width: 14, format: MONEY_FORMAT },
    ],
    orientation: "landscape",
    freezeColumns: 1,
  });
  const first = builder.nextRow;
  const rowOf = new Map<string, number>();
  for (const f of stats.feeTypes) {
    const r = builder.nextRow;
    rowOf.set(f.feeType, r);
    builder.row([
      f.feeType,
      fenNumber(f.receivableFen),
      fenNumber(f.collectedFen),
      rateFormula(`C${r}`, `B${r}`, f.rate),
      fenNumber(f.arrearsCollectedFen),
      fenNumber(f.prepaidFen),
      fenNumber(f.outstandingFen),
    ]);
  }
  const t = builder.nextRow;
  const cells: OutCell[] = [T.total[lang], null, null, rateFormula(`C${t}`, `B${t}`, stats.total.rate)];
  for (const [column, pick] of SUMMED) {
    const fen = pick(stats.total);
    cells[column - 1] =
      t > first ? moneyFormula(`SUBTOTAL(9,${a1(column, first)}:${a1(column, t - 1)})`, fen) : fenNumber(fen);
  }
  builder.row(cells, "total");

  const block =
    stats.utilities.length > 0 ? utilityRows(builder, stats.utilities, rowOf, stats.month, lang) : null;
  builder.notes(
    block === null ? [] : [...T.lossRules.map((l) => l[lang]), ...billNotes(stats.utilities, lang)],
  );
  builder.signatures(T.signatures.map((s) => s[lang]));
  const spec = builder.build();
  if (block !== null) {
    spec.numberFormats.push(
      { ...block, left: 4, right: 4, format: MONEY_FORMAT },
      { ...block, left: 6, right: 6, format: RATE_FORMAT },
    );
  }
  return spec;
}

/** One note line per bill whose period ends in the month: utility, date, amount, and the months it covers. */
function billNotes(utilities: readonly UtilityLoss[], lang: Lang): string[] {
  return utilities.flatMap((u) =>
    u.bills.map((b) =>
      (b.periodAssumed ? (b.meterPeriod === null ? T.billAssumed : T.billUnreadable) : T.bill)[lang]
        .replace("{utility}", UTILITY_LABEL[u.utility][lang])
        .replace("{date}", b.date)
        .replace("{amount}", fenText(b.amountFen))
        .replace("{period}", formatMonthSpan(b.period))
        .replace("{written}", b.meterPeriod ?? ""),
    ),
  );
}

/**
 * The loss rows in columns A-F (utility, period, charged, paid, loss, rate) with their total; a utility with
 * no bill shows 本月无缴费 under paid and leaves charged, loss and rate empty, so the totals add up the
 * comparisons made. Returns the rows whose paid and rate formats differ from the table's.
 */
function utilityRows(
  builder: FormSheetBuilder,
  utilities: readonly UtilityLoss[],
  rowOf: ReadonlyMap<string, number>,
  month: YearMonth,
  lang: Lang,
): { top: number; bottom: number } {
  builder.group(T.utilities[lang]);
  builder.row(
    [T.utility[lang], T.period[lang], T.charged[lang], T.paid[lang], T.loss[lang], T.lossRate[lang]],
    "header",
  );
  const top = builder.nextRow;
  for (const u of utilities) {
    const r = builder.nextRow;
    if (u.period === null || u.chargedFen === null || u.lossFen === null) {
      builder.row([UTILITY_LABEL[u.utility][lang], null, null, T.noBill[lang], null, null]);
      continue;
    }
    const refs = u.feeTypes.map((f) => `B${rowOf.get(f)!}`);
    const ownMonth = u.period.from === month && refs.length > 0;
    builder.row([
      UTILITY_LABEL[u.utility][lang],
      formatMonthSpan(u.period),
      ownMonth ? moneyFormula(refs.join("+"), u.chargedFen) : fenNumber(u.chargedFen),
      fenNumber(u.paidFen),
      moneyFormula(`D${r}-C${r}`, u.lossFen),
      rateFormula(`E${r}`, `D${r}`, u.lossRate),
    ]);
  }
  const last = builder.nextRow - 1;
  const r = builder.nextRow;
  const billed = utilities.filter((u) => u.lossFen !== null);
  const sum = (column: string, pick: (u: UtilityLoss) => Fen | null) =>
    moneyFormula(`SUM(${column}${top}:${column}${last})`, sumFen(billed.map((u) => pick(u) ?? ZERO_FEN)));
  const paid = sumFen(billed.map((u) => u.paidFen));
  const loss = sumFen(billed.map((u) => u.lossFen ?? ZERO_FEN));
  const bottom = builder.row(
    [
      T.total[lang],
      null,
      sum("C", (u) => u.chargedFen),
      sum("D", (u) => u.paidFen),
      billed.length === 0 ? null : sum("E", (u) => u.lossFen),
      billed.length === 0 ? null : rateFormula(`E${r}`, `D${r}`, rateOf(loss, paid)),
    ],
    "total",
  );
  return { top, bottom };
}
