import type { Lang } from "../../i18n/label";
import type { Dec } from "../../values/decimal";
import type { IsoDate, YearMonth } from "../../values/isoDate";
import { fenText, type Fen } from "../../values/money";
import { qtyText, type QtyE4 } from "../../values/quantity";
import type { InventoryExceptionCode, Reconciliation } from "./reconcile";
import { exceptionDetail } from "./texts";

/** One item of the month as the JSON report gives it: quantities as decimal strings, values with two decimals. */
export interface InventoryItemReport {
  item: string;
  spec: string;
  unit: string;
  opening: string;
  received: string;
  issued: string;
  expected: string;
  bookAtCount: string;
  counted: string | null;
  variance: string | null;
  unitCost: string | null;
  openingValue: string;
  receivedValue: string;
  issuedValue: string;
  closingValue: string;
  varianceValue: string | null;
}

/** An exception as the JSON report gives it, with a line explaining it in the report's language. */
export interface InventoryExceptionReport {
  code: InventoryExceptionCode;
  item: string;
  sheet: string;
  row: number;
  detail: string;
}

/** The inventory job's report: the contract other tools read (`--json`). */
export interface InventoryReport {
  job: "inventory";
  month: YearMonth;
  countDate: IsoDate;
  items: InventoryItemReport[];
  totals: {
    openingValue: string;
    receivedValue: string;
    issuedValue: string;
    closingValue: string;
    varianceValue: string;
  };
  exceptions: InventoryExceptionReport[];
}

/** A unit cost in yuan with at most six decimals (at least two), rounded half-up. */
export function formatUnitCost(cost: Dec): string {
  const [whole, fraction = ""] = cost.toFixed(6).split(".");
  return `${whole}.${fraction.replace(/(?<!0)0+$/, "").padEnd(2, "0")}`;
}

/** The report of a month's reconciliation. */
export function buildInventoryReport(month: Reconciliation, lang: Lang): InventoryReport {
  const q = (n: QtyE4 | null) => (n === null ? null : qtyText(n));
  const fen = (n: Fen | null) => (n === null ? null : fenText(n));
  return {
    job: "inventory",
    month: month.month,
    countDate: month.countDate,
    items: month.items.map((i) => ({
      item: i.item,
      spec: i.spec,
      unit: i.unit,
      opening: qtyText(i.opening),
      received: qtyText(i.received),
      issued: qtyText(i.issued),
      expected: qtyText(i.expected),
      bookAtCount: qtyText(i.bookAtCount),
      counted: q(i.counted),
      variance: q(i.variance),
      unitCost: i.unitCost === null ? null : formatUnitCost(i.unitCost),
      openingValue: fenText(i.openingValue),
      receivedValue: fenText(i.receivedValue),
      issuedValue: fenText(i.issuedValue),
      closingValue: fenText(i.closingValue),
      varianceValue: fen(i.varianceValue),
    })),
    totals: {
      openingValue: fenText(month.totals.openingValue),
      receivedValue: fenText(month.totals.receivedValue),
      issuedValue: fenText(month.totals.issuedValue),
      closingValue: fenText(month.totals.closingValue),
      varianceValue: fenText(month.totals.varianceValue),
    },
    exceptions: month.exceptions.map((e) => ({
      code: e.code,
      item: [e.item.item, e.item.spec].filter((s) => s !== "").join(" "),
      sheet: e.sheet,
      row: e.row,
      detail: exceptionDetail(e, lang),
    })),
  };
}
