import { COLON } from "../../i18n/colon";
import type { Lang } from "../../i18n/label";
import type { Dec } from "../../values/decimal";
import type { IsoDate } from "../../values/isoDate";
import { addFen, fenNumber, ZERO_FEN, type Fen } from "../../values/money";
import { a1, columnLetter } from "../../values/columnLetter";
import { FormSheetBuilder } from "../../sheets/formSheetBuilder";
import { rateFormula } from "../../sheets/formulaCells";
import { DATE_FORMAT, MONEY_FORMAT, RATE_FORMAT, TEXT_FORMAT } from "../../sheets/formats";
import type { OutCell, SheetSpec } from "../../sheets/sheetSpec";
import type { CollectionFigures, CollectionResult } from "../../receivables/rates";
import type { Ageing } from "../../receivables/ageing";
import type { ReceivableRow } from "../../receivables/receivables";
import type { ClerkNote } from "../../receivables/clerkNotes";
import { RECEIVABLES_KEY } from "../../receivables/clerkNotes";
import { isPromiseBroken } from "./report";
import { COLLECTION_TEXT as T } from "./texts";

const rateCell = (d: Dec | null): OutCell => (d === null ? null : d.toNumber());

/** 收缴率 sheet: per fee type and in total, with below-target rates shaded. */
export function ratesSheet(result: CollectionResult, lang: Lang): SheetSpec {
  const { from, to } = result.period;
  const label = from === to ? from : `${from}~${to}`;
  const builder = new FormSheetBuilder({
    lang,
    name: `${T.ratesSheet[lang]} ${label}`,
    key: `collection/rates/${from}~${to}`,
    title: T.ratesTitle[lang],
    subtitles: [`${T.period[lang]}${COLON[lang]}${label}      ${T.asOf[lang]}${COLON[lang]}${result.asOf}`],
    columns: [
      { header: T.feeType[lang], width: 14 },
      { header: T.currentReceivable[lang], width: 14, format: MONEY_FORMAT },
      { header: T.currentCollected[lang], width: 14, format: MONEY_FORMAT },
      { header: T.currentRate[lang], width: 10, format: RATE_FORMAT },
      { header: T.target[lang], width: 10, format: RATE_FORMAT },
      { header: T.gap[lang], width: 12, format: MONEY_FORMAT },
      { header: T.openingArrears[lang], width: 13, format: MONEY_FORMAT },
      { header: T.arrearsCollected[lang], width: 13, format: MONEY_FORMAT },
      { header: T.arrearsRate[lang], width: 9, format: RATE_FORMAT },
      { header: T.overallRate[lang], width: 10, format: RATE_FORMAT },
      { header: T.householdRate[lang], width: 10, format: RATE_FORMAT },
      { header: T.prepaid[lang], width: 13, format: MONEY_FORMAT },
    ],
    orientation: "landscape",
    freezeColumns: 1,
  });
  const first = builder.nextRow;
  for (const f of result.feeTypes) {
    const r = builder.nextRow;
    const below = f.target !== null && f.currentRate !== null && f.currentRate.lt(f.target);
    builder.row(figureCells(f.feeType, f, r, rateCell(f.target)), below ? "warning" : undefined);
  }
  const t = builder.nextRow;
  const sum = (column: number, fen: Fen): OutCell =>
    t > first
      ? { formula: `SUBTOTAL(9,${a1(column, first)}:${a1(column, t - 1)})`, value: fenNumber(fen) }
      : fenNumber(fen);
  const total = result.total;
  builder.row(
    [
      T.total[lang],
      sum(2, total.currentReceivable),
      sum(3, total.currentCollected),
      rateFormula(`C${t}`, `B${t}`, total.currentRate),
      null,
      total.gapToTarget === null ? null : sum(6, total.gapToTarget),
      sum(7, total.openingArrears),
      sum(8, total.arrearsCollected),
      arrearsRateCell(t, total),
      rateFormula(`(C${t}+H${t})`, `(B${t}+G${t})`, total.overallRate),
      rateCell(total.householdRate),
      sum(12, total.prepaid),
    ],
    "total",
  );
  builder.notes(
    total.arrearsRateUnknown ? [T.belowTarget[lang], T.arrearsUnknown[lang]] : [T.belowTarget[lang]],
  );
  builder.signatures(T.signatures.map((s) => s[lang]));
  return builder.build();
}

/** Row `r`'s 清欠率: a formula, or empty when a ledger without payment dates leaves it unknown. */
function arrearsRateCell(r: number, f: CollectionFigures): OutCell {
  return f.arrearsRateUnknown ? null : rateFormula(`H${r}`, `G${r}`, f.arrearsRate);
}

function figureCells(name: string, f: CollectionFigures, r: number, target: OutCell): OutCell[] {
  return [
    name,
    fenNumber(f.currentReceivable),
    fenNumber(f.currentCollected),
    rateFormula(`C${r}`, `B${r}`, f.currentRate),
    target,
    f.gapToTarget === null ? null : fenNumber(f.gapToTarget),
    fenNumber(f.openingArrears),
    fenNumber(f.arrearsCollected),
    arrearsRateCell(r, f),
    rateFormula(`(C${r}+H${r})`, `(B${r}+G${r})`, f.overallRate),
    rateCell(f.householdRate),
    fenNumber(f.prepaid),
  ];
}

function buildingLabel(building: string | null, lang: Lang): string {
  return building === null ? T.otherBuilding[lang] : T.buildingName[lang].replace("{b}", building);
}

/** 账龄分析 sheet: bucket x fee type per building with building subtotals, the grand total, then totals per fee type. */
export function ageingSheet(ageing: Ageing, lang: Lang): SheetSpec {
  const n = ageing.buckets.length;
  const totalColumn = n + 2;
  const last = columnLetter(n + 1);
  const builder = new FormSheetBuilder({
    lang,
    name: `${T.ageingSheet[lang]} ${ageing.asOf}`,
    key: `collection/ageing/${ageing.asOf}`,
    title: T.ageingTitle[lang],
    subtitles: [`${T.asOf[lang]}${COLON[lang]}${ageing.asOf}`],
    columns: [
      { header: T.feeType[lang], width: 14 },
      ...ageing.buckets.map((b) => ({ header: b.label[lang], width: 12, format: MONEY_FORMAT })),
      { header: T.total[lang], width: 14, format: MONEY_FORMAT },
    ],
    orientation: "landscape",
    freezeColumns: 1,
  });
  const sums = (amounts: readonly Fen[], total: Fen): Record<number, number> => {
    const out: Record<number, number> = { [totalColumn]: fenNumber(total) };
    amounts.forEach((fen, i) => (out[i + 2] = fenNumber(fen)));
    return out;
  };
  const bodyStart = builder.nextRow;
  for (const b of ageing.byBuilding) {
    const name = buildingLabel(b.building, lang);
    builder.group(name);
    for (const row of ageing.byBuildingAndFeeType.filter((x) => x.building === b.building)) {
      const r = builder.nextRow;
      builder.row([
        row.feeType,
        ...row.amounts.map(fenNumber),
        { formula: `SUM(B${r}:${last}${r})`, value: fenNumber(row.total) },
      ]);
    }
    builder.subtotal(T.buildingSubtotal[lang].replace("{b}", name), sums(b.amounts, b.total));
  }
  const bodyEnd = builder.nextRow - 1;
  builder.total(T.total[lang], sums(ageing.total.amounts, ageing.total.total));
  for (const f of ageing.byFeeType) {
    const r = builder.nextRow;
    const sumif = (column: number, fen: Fen): OutCell => {
      const c = columnLetter(column);
      return {
        formula: `SUMIF($A$${bodyStart}:$A$${bodyEnd},$A${r},${c}$${bodyStart}:${c}$${bodyEnd})`,
        value: fenNumber(fen),
      };
    };
    builder.row(
      [f.feeType, ...f.amounts.map((fen, i) => sumif(i + 2, fen)), sumif(totalColumn, f.total)],
      "subtotal",
    );
  }
  builder.signatures(T.signatures.map((s) => s[lang]));
  return builder.build();
}

/** 应收未收明细 sheet: one row per unit and fee type by building, with the clerk's reason and expected-date columns. */
export function receivablesSheet(
  rows: readonly ReceivableRow[],
  notes: readonly (ClerkNote | undefined)[],
  asOf: IsoDate,
  lang: Lang,
): SheetSpec {
  const builder = new FormSheetBuilder({
    lang,
    name: `${T.receivablesSheet[lang]} ${asOf}`,
    key: `${RECEIVABLES_KEY}${asOf}`,
    title: T.receivablesTitle[lang],
    subtitles: [`${T.asOf[lang]}${COLON[lang]}${asOf}`],
    columns: [
      { header: T.building[lang], width: 7 },
      { header: T.unit[lang], width: 11, format: TEXT_FORMAT },
      { header: T.customer[lang], width: 10 },
      { header: T.feeType[lang], width: 12 },
      { header: T.periods[lang], width: 17 },
      { header: T.months[lang], width: 8 },
      { header: T.outstanding[lang], width: 12, format: MONEY_FORMAT },
      { header: T.oldestDue[lang], width: 12, format: DATE_FORMAT },
      { header: T.bucket[lang], width: 9 },
      { header: T.reason[lang], width: 20 },
      { header: T.expectedDate[lang], width: 13, format: DATE_FORMAT },
      { header: T.remarks[lang], width: 14 },
    ],
    orientation: "landscape",
    freezeColumns: 2,
    clerkColumns: [10, 11],
  });
  let current: string | null | undefined;
  let subtotal = ZERO_FEN;
  let grand = ZERO_FEN;
  const close = () => {
    if (current === undefined) return;
    builder.subtotal(
      T.buildingSubtotal[lang].replace("{b}", buildingLabel(current, lang)),
      { 7: fenNumber(subtotal) },
      2,
    );
  };
  rows.forEach((row, i) => {
    if (row.building !== current) {
      close();
      current = row.building;
      subtotal = ZERO_FEN;
      builder.group(buildingLabel(row.building, lang));
    }
    const note = notes[i];
    const broken = isPromiseBroken(note?.expectedDate ?? null, asOf);
    subtotal = addFen(subtotal, row.outstanding);
    grand = addFen(grand, row.outstanding);
    builder.row(
      [
        row.building ?? "",
        row.unit,
        row.customer,
        row.feeType,
        row.fromPeriod === row.toPeriod ? row.fromPeriod : `${row.fromPeriod}~${row.toPeriod}`,
        row.months,
        fenNumber(row.outstanding),
        { date: row.oldestDue },
        row.bucket.label[lang],
        note?.reason ?? null,
        note?.expectedDate ? { date: note.expectedDate } : (note?.expectedText ?? null),
        broken ? T.promiseBroken[lang] : null,
      ],
      broken ? "warning" : undefined,
    );
  });
  close();
  builder.total(T.total[lang], { 7: fenNumber(grand) }, 2);
  builder.notes([T.clerkNote[lang]]);
  builder.signatures(T.signatures.map((s) => s[lang]));
  return builder.build();
}
