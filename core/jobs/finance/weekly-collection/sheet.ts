import { COLON } from "../../../i18n/colon";
import type { Lang } from "../../../i18n/label";
import { FormSheetBuilder } from "../../../sheets/formSheetBuilder";
import { DATE_FORMAT, MONEY_FORMAT } from "../../../sheets/formats";
import type { CellRange, OutCell, SheetSpec } from "../../../sheets/sheetSpec";
import { a1, columnLetter } from "../../../values/columnLetter";
import { addDays, type IsoDate } from "../../../values/isoDate";
import { addFen, fenNumber, sumFen, ZERO_FEN, type Fen } from "../../../values/money";
import type { VoidedReceipt } from "../../../receivables/records";
import { moneyFormula } from "../../../sheets/formulaCells";
import type { DuplicateReceipt } from "./duplicates";
import type { HandoverLine } from "./handover";
import { methodLabel } from "./paymentMethod";
import type { ReceiptGap } from "./receiptNumbers";
import { WEEKLY_TEXT as T } from "./texts";
import type { WeekCell, WeekTotals } from "./weekTotals";

const METHOD_COLUMN = 2;
const FIRST_MONEY_COLUMN = 3;

/** What the week's sheet shows besides the totals. */
export interface WeeklySheetInput {
  totals: WeekTotals;
  /** The week's receipts marked 作废 (in no total). */
  voided: readonly VoidedReceipt[];
  gaps: readonly ReceiptGap<unknown>[];
  duplicates: readonly DuplicateReceipt[];
  /** Null: the workbook has no handover sheet. */
  handover: readonly HandoverLine[] | null;
  lang: Lang;
}

/** The money columns of the sheet: one per fee type (one headed 金额 in a week without payments), then the row total. */
interface Layout {
  feeTypes: (string | null)[];
  totalColumn: number;
  /** Body rows of the day blocks, for the SUMIFs below them. */
  bodyStart: number;
  bodyEnd: number;
}

/**
 * 收费明细 sheet: per day, one row per payment method with a column per fee type and the row total (SUM),
 * a day subtotal and the week's total (SUBTOTAL), then the totals per method (SUMIF over the day rows),
 * the cashier handover check when there is a handover sheet, the week's voided receipts (作废, in no total),
 * the receipt-number findings, and the signature lines 经手人 / 出纳.
 */
export function weeklySheet(input: WeeklySheetInput): SheetSpec {
  const { totals, lang } = input;
  const { week } = totals;
  const feeTypes = totals.feeTypes.length > 0 ? totals.feeTypes : [null];
  const builder = new FormSheetBuilder({
    lang,
    name: `${T.sheet[lang]} ${week.from}~${week.to}`,
    key: `weekly-collection/${week.from}~${week.to}`,
    title: T.title[lang],
    subtitles: [
      `${T.period[lang]}${COLON[lang]}${week.from}（${T.thursday[lang]}）～ ${week.to}（${T.wednesday[lang]}）      ${T.handoverDay[lang]}${COLON[lang]}${addDays(week.to, 1)}`,
    ],
    columns: [
      { header: T.date[lang], width: 11, format: DATE_FORMAT },
      { header: T.method[lang], width: 12 },
      ...feeTypes.map((f) => ({ header: f ?? T.amount[lang], width: 12, format: MONEY_FORMAT })),
      { header: T.total[lang], width: 13, format: MONEY_FORMAT },
    ],
    orientation: feeTypes.length > 5 ? "landscape" : "portrait",
    freezeColumns: 2,
  });
  const layout: Layout = {
    feeTypes,
    totalColumn: FIRST_MONEY_COLUMN + feeTypes.length,
    bodyStart: builder.nextRow,
    bodyEnd: builder.nextRow,
  };
  for (const day of totals.days) dayRows(builder, layout, totals, day, lang);
  layout.bodyEnd = builder.nextRow - 1;
  builder.total(
    T.total[lang],
    Object.fromEntries([
      ...feeTypes.map((f, i) => [
        FIRST_MONEY_COLUMN + i,
        fenNumber(f === null ? ZERO_FEN : totals.byFeeType.get(f)!),
      ]),
      [layout.totalColumn, fenNumber(totals.total)],
    ]),
  );
  methodRows(builder, layout, totals, lang);
  const handoverBlock =
    input.handover !== null && input.handover.length > 0
      ? handoverRows(builder, layout, input.handover, lang)
      : null;
  if (input.voided.length > 0) voidedRows(builder, input.voided, lang);
  builder.notes(notes(input));
  builder.signatures(T.signatures.map((s) => s[lang]));
  const spec = builder.build();
  if (handoverBlock !== null) spec.numberFormats.push({ ...handoverBlock, format: MONEY_FORMAT });
  return spec;
}

/** One row per method paid on the day, then the day's subtotal (plain zeros on a day without payments). */
function dayRows(
  builder: FormSheetBuilder,
  layout: Layout,
  totals: WeekTotals,
  day: IsoDate,
  lang: Lang,
): void {
  const cells = totals.cells.filter((c) => c.date === day);
  const first = builder.nextRow;
  for (const method of totals.methods.filter((m) => cells.some((c) => c.method === m))) {
    const r = builder.nextRow;
    const fen = layout.feeTypes.map((f) => sumOf(cells, (c) => c.method === method && c.feeType === f));
    builder.row([
      { date: day },
      methodLabel(method, lang),
      ...fen.map(fenNumber),
      moneyFormula(`SUM(${a1(FIRST_MONEY_COLUMN, r)}:${a1(layout.totalColumn - 1, r)})`, sumFen(fen)),
    ]);
  }
  const last = builder.nextRow - 1;
  const dayFen = [
    ...layout.feeTypes.map((f) => sumOf(cells, (c) => c.feeType === f)),
    sumOf(cells, () => true),
  ];
  builder.row(
    [
      { date: day },
      T.daySubtotal[lang],
      ...dayFen.map((fen, i) => {
        const column = FIRST_MONEY_COLUMN + i;
        return last >= first
          ? moneyFormula(`SUBTOTAL(9,${a1(column, first)}:${a1(column, last)})`, fen)
          : fenNumber(fen);
      }),
    ],
    "subtotal",
  );
}

/** `SUMIF(method column of the day rows, criterion, a money column of the day rows)`. */
function sumIf(layout: Layout, criterion: string, column: number, fen: Fen): OutCell {
  const m = columnLetter(METHOD_COLUMN);
  const c = columnLetter(column);
  const { bodyStart: s, bodyEnd: e } = layout;
  return moneyFormula(`SUMIF($${m}$${s}:$${m}$${e},${criterion},${c}$${s}:${c}$${e})`, fen);
}

/** The week's money per method and fee type, summed from the day rows by SUMIF on the method. */
function methodRows(builder: FormSheetBuilder, layout: Layout, totals: WeekTotals, lang: Lang): void {
  builder.group(T.byMethod[lang]);
  for (const method of totals.methods) {
    const r = builder.nextRow;
    const criterion = `$${columnLetter(METHOD_COLUMN)}${r}`;
    const ofMethod = totals.cells.filter((c) => c.method === method);
    builder.row([
      null,
      methodLabel(method, lang),
      ...layout.feeTypes.map((f, i) =>
        sumIf(
          layout,
          criterion,
          FIRST_MONEY_COLUMN + i,
          sumOf(ofMethod, (c) => c.feeType === f),
        ),
      ),
      sumIf(layout, criterion, layout.totalColumn, totals.byMethod.get(method) ?? ZERO_FEN),
    ]);
  }
}

/** The handover check in columns A-D: method, collected (SUMIF), handed over, difference; returns its money cells. */
function handoverRows(
  builder: FormSheetBuilder,
  layout: Layout,
  lines: readonly HandoverLine[],
  lang: Lang,
): CellRange {
  builder.group(T.handover[lang]);
  builder.row([T.method[lang], T.collected[lang], T.handedOver[lang], T.difference[lang]], "header");
  const first = builder.nextRow;
  for (const line of lines) {
    const r = builder.nextRow;
    builder.row(
      [
        methodLabel(line.method, lang),
        sumIf(layout, `$A${r}`, layout.totalColumn, line.collectedFen),
        fenNumber(line.handedOverFen),
        moneyFormula(`ROUND(C${r}-B${r},2)`, line.differenceFen),
      ],
      line.differenceFen === 0 ? undefined : "warning",
    );
  }
  const last = builder.nextRow - 1;
  const sum = (column: string, pick: (l: HandoverLine) => Fen) =>
    moneyFormula(`SUM(${column}${first}:${column}${last})`, sumFen(lines.map(pick)));
  const bottom = builder.row(
    [
      T.total[lang],
      sum("B", (l) => l.collectedFen),
      sum("C", (l) => l.handedOverFen),
      sum("D", (l) => l.differenceFen),
    ],
    "total",
  );
  return { top: first, left: 2, bottom, right: 4 };
}

/** The week's voided receipts in columns A-D: date, number, unit and fee type, the amount a receipt still shows (shaded). */
function voidedRows(builder: FormSheetBuilder, voided: readonly VoidedReceipt[], lang: Lang): void {
  builder.group(T.voided[lang]);
  builder.row([T.date[lang], T.receipt[lang], T.unitAndFeeType[lang], T.amountOnReceipt[lang]], "header");
  for (const v of voided) {
    builder.row(
      [
        { date: v.date },
        v.receipt ?? T.noNumber[lang],
        [v.unit, v.feeType].filter((part) => part !== null).join(" "),
        v.amountFen === 0 ? null : fenNumber(v.amountFen),
      ],
      v.amountFen === 0 ? undefined : "warning",
    );
  }
}

function notes(input: WeeklySheetInput): string[] {
  const { gaps, duplicates, voided, lang } = input;
  const out: string[] = [];
  if (gaps.length > 0) {
    const list = gaps.map(
      (g) =>
        `${g.prefix}${g.from}～${g.prefix}${g.to}${T.gapCount[lang].replace("{count}", String(g.count))}`,
    );
    out.push(T.gaps[lang].replace("{list}", list.join("、")));
  }
  if (duplicates.length > 0)
    out.push(T.duplicates[lang].replace("{list}", duplicates.map((d) => d.receipt).join("、")));
  if (gaps.length === 0 && duplicates.length === 0 && input.totals.payments.length > 0)
    out.push(T.receiptsInOrder[lang]);
  if (voided.length > 0) {
    const list = voided.map((v) => v.receipt ?? T.noNumber[lang]).join("、");
    out.push(T.voidedNote[lang].replace("{count}", String(voided.length)).replace("{list}", list));
  }
  if (input.handover !== null) out.push(T.handoverRule[lang]);
  return out;
}

function sumOf(cells: readonly WeekCell[], keep: (c: WeekCell) => boolean): Fen {
  let fen = ZERO_FEN;
  for (const c of cells) if (keep(c)) fen = addFen(fen, c.fen);
  return fen;
}
