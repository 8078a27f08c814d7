/**
 * The cell-value layer: exact numbers, money (and money in Chinese words), quantities, rates, Excel dates and
 * months (and year-less ones), text keys, verdicts.
 */
export * from "./decimal";
export * from "./isoDate";
export * from "./parsed";
export * from "./columnLetter";
export * from "./cellError";
export * from "./text";
export * from "./numberText";
export * from "./decimalCell";
export * from "./money";
export * from "./groupedAmount";
export * from "./amountWords";
export * from "./quantity";
export * from "./rateCell";
export * from "./rate";
export * from "./excelSerial";
export * from "./dateFormat";
export * from "./dateCell";
export * from "./monthCell";
export * from "./textCell";
export * from "./verdict";
export * from "./memo";
export * from "./seededRandom";
export * from "./clockTime";
