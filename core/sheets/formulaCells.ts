import type { Dec } from "../values/decimal";
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

/** A formula cell holding money: `formula` with the core's fen shown as yuan. @example moneyFormula("SUM(B5:B9)", 12345) */
export function moneyFormula(formula: string, fen: number): OutCell {
  return { formula, value: fen / 100 };
}
