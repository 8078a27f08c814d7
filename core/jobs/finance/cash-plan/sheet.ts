import { COLON } from "../../../i18n/colon";
import type { Lang } from "../../../i18n/label";
import { FormSheetBuilder } from "../../../sheets/formSheetBuilder";
import { DATE_FORMAT, MONEY_FORMAT } from "../../../sheets/formats";
import type { OutCell, SheetSpec } from "../../../sheets/sheetSpec";
import { fenNumber, minusFen, type Fen } from "../../../values/money";
import type { CashPlanFigures } from "./report";
import { CASH_PLAN_TEXT as T } from "./texts";

/** The amount column (D): every subtotal and total of the sheet sums it. */
const AMOUNT = 4;

/**
 * 回款与用款计划 sheet: expected receipts (charges due per fee type, promised payments per unit, each with a
 * subtotal), planned spending per department with subtotals, the two section totals as SUBTOTAL formulas
 * over their section (SUBTOTAL skips the subtotals inside), the net as their difference, and the signature
 * lines 项目负责人 / 会计 / 总经理.
 */
export function cashPlanSheet(figures: CashPlanFigures, lang: Lang): SheetSpec {
  const { receipts, spending } = figures;
  const month = receipts.month;
  const builder = new FormSheetBuilder({
    lang,
    name: `${T.sheet[lang]} ${month}`,
    key: `cash-plan/plan/${month}`,
    title: T.title[lang],
    project: figures.project ?? undefined,
    subtitles: [
      `${T.planMonth[lang]}${COLON[lang]}${month}`,
      `${T.asOf[lang]}${COLON[lang]}${receipts.asOf}      ${T.dueDate[lang]}${COLON[lang]}${figures.dueDate}`,
    ],
    columns: [
      { header: T.item[lang], width: 14 },
      { header: T.detail[lang], width: 28 },
      { header: T.date[lang], width: 12, format: DATE_FORMAT },
      { header: T.amount[lang], width: 15, format: MONEY_FORMAT },
      { header: T.remarks[lang], width: 50 },
    ],
    orientation: "landscape",
  });
  const none = () => builder.row([T.none[lang], null, null, null, null]);
  const sectionTotal = (text: string, from: number, fen: Fen): number => {
    const last = builder.nextRow - 1;
    const cell: OutCell =
      last >= from ? { formula: `SUBTOTAL(9,D${from}:D${last})`, value: fenNumber(fen) } : fenNumber(fen);
    return builder.row([text, null, null, cell, null], "total");
  };

  const receiptsFrom = builder.group(T.receiptsSection[lang]) + 1;
  builder.group(T.dueGroup[lang]);
  for (const due of receipts.dueCharges) {
    builder.row([
      due.feeType,
      T.dueDetail[lang].replace("{n}", String(due.charges)),
      null,
      fenNumber(due.fen),
      null,
    ]);
  }
  if (receipts.dueCharges.length === 0) none();
  builder.subtotal(T.dueSubtotal[lang], { [AMOUNT]: fenNumber(receipts.dueFen) });
  builder.group(T.promisedGroup[lang]);
  for (const p of receipts.promised) {
    const periods = p.fromPeriod === p.toPeriod ? p.fromPeriod : `${p.fromPeriod}~${p.toPeriod}`;
    const remarks = [p.reason, T.promisedPeriods[lang].replace("{periods}", periods)]
      .filter(Boolean)
      .join("；");
    builder.row([
      p.feeType,
      p.customer === null ? p.unit : `${p.unit} ${p.customer}`,
      { date: p.promisedDate },
      fenNumber(p.fen),
      remarks,
    ]);
  }
  if (receipts.promised.length === 0) none();
  builder.subtotal(T.promisedSubtotal[lang], { [AMOUNT]: fenNumber(receipts.promisedFen) });
  const receiptsRow = sectionTotal(T.receiptsTotal[lang], receiptsFrom, receipts.totalFen);

  const spendingFrom = builder.group(T.spendingSection[lang]) + 1;
  for (const department of spending.byDepartment) {
    builder.group(department.department);
    for (const item of department.items) {
      builder.row([
        department.department,
        item.purpose,
        { date: item.date },
        fenNumber(item.fen),
        item.remarks,
      ]);
    }
    builder.subtotal(T.departmentSubtotal[lang].replace("{d}", department.department), {
      [AMOUNT]: fenNumber(department.fen),
    });
  }
  if (spending.byDepartment.length === 0) none();
  const spendingRow = sectionTotal(T.spendingTotal[lang], spendingFrom, spending.totalFen);

  builder.row(
    [
      T.net[lang],
      null,
      null,
      {
        formula: `ROUND(D${receiptsRow}-D${spendingRow},2)`,
        value: fenNumber(minusFen(receipts.totalFen, spending.totalFen)),
      },
      null,
    ],
    "total",
  );
  builder.notes([T.notes[lang]]);
  builder.signatures(T.signatures.map((s) => s[lang]));
  return builder.build();
}
