import type { Dec } from "../values/decimal";
import { fenNumber, type Fen } from "../values/money";
import type { OutCell } from "./sheetSpec";

/**
 * `IF(base=0,"",ROUND(part/base,4))` with the core's value: a zero base shows empty, a rate as the report
 * rounds it. @example rateFormula("C5", "B5", new Dec("0.95"))
 */
export function rateFormula(part: string, base: string, value: Dec | null): OutCell {
  return {
    formula: `IF(${base}=0,"",ROUND(${part}/${base},4))`,
    value: value === null ? "" : value.toNumber(),
  };
}

/** A formula cell holding money: `formula` with the core's amount as the cell's number. @example moneyFormula("SUM(B5:B9)", fen(12345)) */
export function moneyFormula(formula: string, amount: Fen): OutCell {
  return { formula, value: fenNumber(amount) };
}
