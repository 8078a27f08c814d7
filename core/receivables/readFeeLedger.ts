import { issue, type Issue } from "../issues";
import { label } from "../i18n/label";
import { columnOf } from "../table/declaration";
import { scanTable, type ReadOptions, type TableRow } from "../table/readTable";
import { cellOf, headerCell, headerOf, sourceOf, type CellRef } from "../table/rowRefs";
import { readSheetLabelCells, type LabelCell } from "../table/sheetLabels";
import type { CellValue, SheetData } from "../table/sheetData";
import { titlePeriodOf } from "../table/titlePeriod";
import { columnLetter, columnNumber } from "../values/columnLetter";
import type { Dec } from "../values/decimal";
import { yearResolver } from "../values/dateCell";
import { lastDayOf, monthOf, type IsoDate, type YearMonth } from "../values/isoDate";
import { addFen, fenText, minusFen, sumFen, ZERO_FEN, type Fen } from "../values/money";
import { takeFigures } from "../table/exactSums";
import { rowAmount, type RowAmount } from "../table/rowAmount";
import type { QtyE4 } from "../values/quantity";
import { normalizeHeader } from "../values/text";
import { FEE_LEDGER_TABLE } from "./inputs";
import { dueDateOf, MONTH_END, parseDueRule, type DueRule } from "./ledgerDueRule";
import { feeTypeInText } from "./ledgerFeeType";
import { readMonthCell, type MonthCellContext } from "./ledgerMarks";
import { dateKey, dueKey, LEDGER_MONTHS, owedKey, paidKey } from "./ledgerMonths";
import type { Charge, Payment } from "./records";

/** The charges and payments a workbook's month-wide fee ledgers hold, and the issues of reading them. */
export interface LedgerRecords {
  charges: Charge[];
  payments: Payment[];
  /** The month cell each payment was read from, in the order of `payments` (for an issue about it). */
  paymentCells: CellRef[];
  issues: Issue[];
}

/** How the ledgers are read besides their sheets. */
export interface LedgerOptions {
  date1904: boolean;
  /** The job's period (its last month): the months' year when no title names one. */
  near?: YearMonth;
  /** The as-of date: amounts without a date of their own are taken as paid by it. */
  asOf?: IsoDate;
}

/** Names as the other fee records spell them (the first spelling met of a unit or a fee type). */
export interface Spellings {
  unit(raw: string): string;
  feeType(raw: string): string;
}

/** The fee type a ledger naming none is taken to be kept for. */
const DEFAULT_FEE_TYPE = "物业管理费";
/** Labels above a ledger that name its fee type (`收费项目：车位费`); never `项目：`, which names the estate. */
const FEE_TYPE_LABELS = ["收费项目", "费用类型", "费用名称", "费用项目", "收费类型", "Fee type"];
/**
 * What a ledger needs to know each month's charge, for the message when it has none of them: the headers it may
 * write, as a sheet writes them (never a translated name beside them).
 */
const CHARGE_BASIS = label(
  "月应收，或面积与单价，或各月的应收 | 实收",
  "月應收，或面積與單價，或各月的應收 | 實收",
  "月应收, or 面积 and 单价, or 应收 | 实收 under each month",
);

type LedgerRow = TableRow<typeof FEE_LEDGER_TABLE>;

/** The columns one calendar month has on a ledger sheet (letters), when it has its paid or its 应收 column. */
interface MonthColumns {
  month: number;
  paid?: string;
  due?: string;
  date?: string;
  owed?: string;
}

/**
 * Reads month-wide fee ledgers (收费台账, {@link FEE_LEDGER_TABLE}) into the charges and payments the two lists
 * give. Each row is a unit (and fee type: its column, else the sheet's - a `收费项目：` line, the title, the sheet's
 * name - else 物业管理费 with a warning); the months' year is the title's, else the job's period's (info). Every
 * month column gives the month's charge - its own 应收, else 月应收, else 面积 × 单价 (half-up) - due on the
 * month's last day or as 缴费期限 says, unless marked not charged (`—`, `免`); and a payment naming the month of what
 * its cell says was paid (`√` / `已缴`: the charge in full). A payment with no date of its own (a month's date column
 * or a date in its cell) is taken as paid by the as-of date: dated the month's last day, or the as-of date when
 * that is earlier, and marked `undated`. The ledger's own 已收合计, 欠费 and 应收合计 cells (and a month's own 欠费)
 * are checked against its months: a mismatch is a warning at the cell.
 */
export function readFeeLedgers(
  sheets: readonly SheetData[],
  options: LedgerOptions,
  spell: Spellings,
): LedgerRecords {
  const out: LedgerRecords = { charges: [], payments: [], paymentCells: [], issues: [] };
  const read: ReadOptions = { date1904: options.date1904 };
  if (options.near !== undefined) read.near = options.near;
  for (const sheet of sheets) {
    const rows: LedgerRow[] = [];
    const scan = scanTable(sheet, FEE_LEDGER_TABLE, read, (row) => rows.push(row));
    for (const i of scan.issues) out.issues.push(i);
    if (scan.headerRow === null || rows.length === 0) continue;
    const columns = scan.columns as Readonly<Record<string, string | undefined>>;
    const months = monthColumnsOf(columns);
    const needsStandard = months.some((m) => m.due === undefined);
    const hasStandard =
      columns["monthlyDue"] !== undefined ||
      (columns["area"] !== undefined && columns["unitPrice"] !== undefined);
    if (needsStandard && !hasStandard) {
      out.issues.push(
        issue("missing_required_column", "error", headerCell(scan), {
          field: "monthlyDue",
          header: columnOf(FEE_LEDGER_TABLE, "monthlyDue").label,
          expected: CHARGE_BASIS,
        }),
      );
      continue;
    }
    const context = new LedgerContext(sheet, scan.headerRow, options, out.issues);
    if (context.year === null) continue;
    for (const row of rows) readRow(row, months, context, spell, out);
  }
  return out;
}

/** The months a sheet has columns for, January first, with the letters of their columns. */
function monthColumnsOf(columns: Readonly<Record<string, string | undefined>>): MonthColumns[] {
  const out: MonthColumns[] = [];
  for (const month of LEDGER_MONTHS) {
    const paid = columns[paidKey(month)];
    const due = columns[dueKey(month)];
    if (paid === undefined && due === undefined) continue;
    const found: MonthColumns = { month };
    if (paid !== undefined) found.paid = paid;
    if (due !== undefined) found.due = due;
    const date = columns[dateKey(month)];
    if (date !== undefined) found.date = date;
    const owed = columns[owedKey(month)];
    if (owed !== undefined) found.owed = owed;
    out.push(found);
  }
  return out;
}

/**
 * What one ledger sheet says above its table and by its name: the months' year, the fee type of rows without
 * one, the 缴费期限 of rows without one; and how an amount without a date is dated.
 */
class LedgerContext {
  /** The months' year; null when none can be had (the sheet is then not read). */
  readonly year: number | null;
  readonly dueRule: DueRule;
  readonly cells: MonthCellContext | null;
  private sheetFeeType: string | null = null;
  private readonly labels: Map<string, LabelCell>;
  private readonly above: readonly (readonly CellValue[])[];

  constructor(
    readonly sheet: SheetData,
    headerRow: number,
    readonly options: LedgerOptions,
    private readonly issues: Issue[],
  ) {
    this.above = sheet.values.slice(0, headerRow - sheet.origin.row);
    this.labels = readSheetLabelCells(this.above);
    const title = titlePeriodOf(this.above, this.labels);
    const period = options.near ?? (options.asOf === undefined ? undefined : monthOf(options.asOf));
    this.year = title?.year ?? (period === undefined ? null : Number(period.slice(0, 4)));
    if (title === null && this.year !== null)
      issues.push(issue("ledger_year_assumed", "info", { sheet: sheet.name }, { year: this.year }));
    if (this.year === null) issues.push(issue("ledger_year_unknown", "error", { sheet: sheet.name }));
    this.cells =
      this.year === null ? null : { date1904: options.date1904, years: yearResolver({ year: this.year }) };
    this.dueRule = this.labelledDueRule();
  }

  /** The billing month of calendar month `month` of the ledger's year. */
  period(month: number): YearMonth {
    return `${String(this.year)}-${String(month).padStart(2, "0")}`;
  }

  /** The month whose charges are billed: the as-of date's, else the period's; null when neither is known (all are). */
  get billedMonth(): YearMonth | null {
    if (this.options.asOf !== undefined) return monthOf(this.options.asOf);
    return this.options.near ?? null;
  }

  /** The day an amount paid for a month without a date of its own is taken as paid: the month's end, or the as-of date if earlier. */
  takenAsPaid(period: YearMonth): IsoDate {
    const end = lastDayOf(period);
    const { asOf } = this.options;
    return asOf !== undefined && asOf < end ? asOf : end;
  }

  /**
   * The fee type of the rows that give none: a `收费项目：` line above the table, else one the title lines name,
   * else one the sheet's name names, else 物业管理费 (with a warning, once).
   */
  feeType(): string {
    if (this.sheetFeeType !== null) return this.sheetFeeType;
    let found: string | null = null;
    for (const name of FEE_TYPE_LABELS) {
      const cell = this.labels.get(normalizeHeader(name));
      if (cell !== undefined && cell.value.trim() !== "") {
        found = cell.value.trim();
        break;
      }
    }
    for (const row of this.above) {
      for (const cell of row) if (found === null && typeof cell === "string") found = feeTypeInText(cell);
    }
    found ??= feeTypeInText(this.sheet.name);
    if (found === null) {
      found = DEFAULT_FEE_TYPE;
      this.issues.push(
        issue("ledger_fee_type_assumed", "warning", { sheet: this.sheet.name }, { feeType: found }),
      );
    }
    this.sheetFeeType = found;
    return found;
  }

  /** The 缴费期限 a line above the table gives (`缴费期限：每月15日前`), else each month's end. */
  private labelledDueRule(): DueRule {
    const column = columnOf(FEE_LEDGER_TABLE, "dueRule");
    for (const name of column.synonyms) {
      const cell = this.labels.get(normalizeHeader(name));
      if (cell === undefined || cell.value.trim() === "") continue;
      const rule = parseDueRule(cell.value);
      if (rule !== null) return rule;
      const where = {
        sheet: this.sheet.name,
        row: this.sheet.origin.row + cell.row,
        column: columnLetter(this.sheet.origin.column + cell.column),
      };
      this.issues.push(
        issue("ledger_due_unreadable", "warning", where, { header: column.label, value: cell.value.trim() }),
      );
      return MONTH_END;
    }
    return MONTH_END;
  }
}

/** What a row's months charged and were paid, month by month in ledger order, for checking its own totals. */
interface RowMonths {
  charged: Fen[];
  paid: Fen[];
  /** How many of the months are billed at the as-of date (all when it is not known). */
  billed: number;
}

/** Turns one ledger row into its months' charges and payments, and checks its own totals against them. */
function readRow(
  row: LedgerRow,
  months: readonly MonthColumns[],
  context: LedgerContext,
  spell: Spellings,
  out: LedgerRecords,
): void {
  const values = row.values as Readonly<Record<string, unknown>>;
  const rawUnit = values["unit"] as string | null;
  if (rawUnit === null) return;
  const { sheet } = context;
  const unit = spell.unit(rawUnit);
  const typedFee = values["feeType"] as string | null;
  const feeType = spell.feeType(typedFee ?? context.feeType());
  const customer = values["customer"] as string | null;
  const standardRead = standardOf(row);
  if (standardRead !== null && !standardRead.ok) {
    out.issues.push(standardRead.issue);
    return;
  }
  const standard = standardRead?.amount ?? null;
  if (standard === null && months.some((m) => m.due === undefined)) {
    const header = headerOf(row, FEE_LEDGER_TABLE, "monthlyDue");
    out.issues.push(
      issue("value_required", "error", cellOf(row, "monthlyDue"), { field: "monthlyDue", header }),
    );
    return;
  }
  const rule = rowDueRule(row, context, out.issues);
  const billedMonth = context.billedMonth;
  const sums: RowMonths = { charged: [], paid: [], billed: 0 };
  const source = sourceOf(row);
  const charges: Charge[] = [];
  const payments: Payment[] = [];
  const paymentCells: CellRef[] = [];
  const issues: Issue[] = [];
  for (const m of months) {
    const period = context.period(m.month);
    const paidHeader = headerOf(row, FEE_LEDGER_TABLE, paidKey(m.month));
    const at: CellRef = { sheet: row.sheet, row: row.row, column: m.paid ?? row.keyColumn };
    const cell = m.paid === undefined ? null : rawCell(sheet, row.row, m.paid);
    const { mark, problem } =
      m.paid === undefined
        ? { mark: { kind: "unpaid" as const }, problem: null }
        : readMonthCell(cell, numberFormat(sheet, row.row, m.paid), context.cells!);
    if (problem !== null && m.paid !== undefined) {
      const value = problem.params?.["value"] ?? String(cell);
      issues.push({
        code: problem.code,
        // a figure beyond exact arithmetic is a mistake (a barcode), not an unpaid month: an error, the month left out
        severity: problem.code === "value_too_large" ? "error" : "warning",
        sheet: row.sheet,
        row: row.row,
        column: m.paid,
        params: { ...problem.params, value, header: paidHeader, field: paidKey(m.month) },
      });
    }
    let due: Fen | null = m.due !== undefined ? (values[dueKey(m.month)] as Fen | null) : standard;
    if (mark.kind === "noCharge" && m.due === undefined) due = null;
    if (due !== null && due <= 0) due = null;
    const paid: Fen =
      mark.kind === "paid" ? mark.fen : mark.kind === "inFull" && due !== null ? due : ZERO_FEN;
    if (billedMonth === null || period <= billedMonth) sums.billed++;
    sums.charged.push(due ?? ZERO_FEN);
    sums.paid.push(paid);
    if (due !== null) {
      charges.push({
        unit,
        customer,
        feeType,
        period,
        dueFen: due,
        dueDate: dueDateOf(rule, period),
        source,
      });
    }
    if (paid !== 0) {
      const typedDate = m.date === undefined ? null : (values[dateKey(m.month)] as IsoDate | null);
      const date = typedDate ?? (mark.kind === "inFull" ? mark.date : null);
      const payment: Payment = {
        receipt: null,
        date: date ?? context.takenAsPaid(period),
        unit,
        feeType,
        period,
        amountFen: paid,
        method: null,
        source,
      };
      if (date === null) payment.undated = true;
      payments.push(payment);
      paymentCells.push(at);
    }
    if (m.owed !== undefined) {
      const owed = minusFen(due ?? ZERO_FEN, paid);
      checkTotal(row, owedKey(m.month), unit, [owed, owed < 0 ? ZERO_FEN : owed], issues);
    }
  }
  // a monthly charge counts once a month: the row's months, not its cells, go into the run's exact sums
  const magnitude = (amounts: readonly Fen[]) => amounts.reduce((sum, a) => sum + Math.abs(a), 0);
  if (!takeFigures(magnitude(sums.charged) + magnitude(sums.paid), 0)) {
    const at =
      standardRead === null
        ? { sheet: row.sheet, row: row.row, column: row.keyColumn }
        : cellOf(row, "monthlyDue");
    const header = headerOf(row, FEE_LEDGER_TABLE, "monthlyDue");
    const value = fenText(
      standard ?? sums.charged.reduce((a, b) => (Math.abs(b) > Math.abs(a) ? b : a), ZERO_FEN),
    );
    out.issues.push(issue("sum_too_large", "error", at, { header, value, field: "monthlyDue" }));
    return;
  }
  out.charges.push(...charges);
  out.payments.push(...payments);
  out.paymentCells.push(...paymentCells);
  out.issues.push(...issues);
  checkTotals(row, unit, sums, out.issues);
}

/**
 * A row's monthly charge: 月应收, else 面积 × 单价 rounded half-up to the fen (an error at the price when beyond what
 * a line may hold); null without either.
 */
function standardOf(row: LedgerRow): RowAmount | null {
  const values = row.values as Readonly<Record<string, unknown>>;
  const monthly = values["monthlyDue"] as Fen | null;
  if (monthly !== null) return { ok: true, amount: monthly };
  const area = values["area"] as QtyE4 | null;
  const price = values["unitPrice"] as Dec | null;
  if (area === null || price === null) return null;
  const header = headerOf(row, FEE_LEDGER_TABLE, "unitPrice");
  const standard = rowAmount(area, price, cellOf(row, "unitPrice"), "unitPrice", header);
  return standard.ok && standard.amount <= 0 ? null : standard;
}

/** A row's 缴费期限: its own cell's, else the sheet's; an unreadable cell is a warning and the sheet's is used. */
function rowDueRule(row: LedgerRow, context: LedgerContext, issues: Issue[]): DueRule {
  const text = row.values.dueRule;
  if (text === null) return context.dueRule;
  const rule = parseDueRule(text);
  if (rule !== null) return rule;
  const header = headerOf(row, FEE_LEDGER_TABLE, "dueRule");
  issues.push(issue("ledger_due_unreadable", "warning", cellOf(row, "dueRule"), { header, value: text }));
  return context.dueRule;
}

/**
 * Checks the ledger's own 已收合计, 欠费 and 应收合计 of a row against its months. 已收合计 must be all the months
 * were paid. An office brings 欠费 and 应收合计 up to date month by month, so each is right when it is the figure
 * through some month: 欠费 what the months up to it still owe, or what they charged less all that was paid
 * (negative for money paid ahead; floored at zero through the as-of month, as some offices write it); 应收合计 what
 * they charged. The warning shows the figure through the as-of month.
 */
function checkTotals(row: LedgerRow, unit: string, months: RowMonths, issues: Issue[]): void {
  const paidAll = sumFen(months.paid);
  const owed: Fen[] = [];
  const charged: Fen[] = [];
  let chargedUpTo = ZERO_FEN;
  let paidUpTo = ZERO_FEN;
  months.charged.forEach((due, k) => {
    chargedUpTo = addFen(chargedUpTo, due);
    paidUpTo = addFen(paidUpTo, months.paid[k]!);
    charged.push(chargedUpTo);
    owed.push(minusFen(chargedUpTo, paidUpTo), minusFen(chargedUpTo, paidAll));
    if (k + 1 === months.billed) {
      const net = minusFen(chargedUpTo, paidAll);
      // shown first: what the billed months still owe, and what they charged
      owed.unshift(minusFen(chargedUpTo, paidUpTo), net < 0 ? ZERO_FEN : net);
      charged.unshift(chargedUpTo);
    }
  });
  if (months.billed === 0) owed.unshift(ZERO_FEN);
  checkTotal(row, "paidTotal", unit, [paidAll], issues);
  checkTotal(row, "owedTotal", unit, owed, issues);
  checkTotal(row, "dueTotal", unit, charged, issues);
}

/** A warning at a row's total cell when it holds a figure none of `accepted` is (the first one is shown). */
function checkTotal(
  row: LedgerRow,
  key: string,
  unit: string,
  accepted: readonly Fen[],
  issues: Issue[],
): void {
  const typed = (row.values as Readonly<Record<string, unknown>>)[key] as Fen | null | undefined;
  if (typed === null || typed === undefined || accepted.includes(typed)) return;
  const header = headerOf(row, FEE_LEDGER_TABLE, key);
  issues.push(
    issue("ledger_total_mismatch", "warning", cellOf(row, key), {
      unit,
      header,
      typed: fenText(typed),
      computed: fenText(accepted[0]!),
    }),
  );
}

/** The cell of a sheet at an Excel row and column letter, as the host gave it. */
function rawCell(sheet: SheetData, row: number, letter: string): CellValue {
  return sheet.values[row - sheet.origin.row]?.[columnNumber(letter) - sheet.origin.column] ?? null;
}

/** The number format of a sheet's cell, when the host gave formats. */
function numberFormat(sheet: SheetData, row: number, letter: string): string | undefined {
  return sheet.numberFormats?.[row - sheet.origin.row]?.[columnNumber(letter) - sheet.origin.column];
}
