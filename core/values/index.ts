/** The cell-value layer: exact numbers, money, quantities, rates, Excel dates and months, text keys. */
export * from "./decimal";
export * from "./isoDate";
export * from "./parsed";
export * from "./columnLetter";
export * from "./cellError";
export * from "./text";
export * from "./numberText";
export * from "./decimalCell";
export * from "./moneyCell";
export * from "./quantityCell";
export * from "./rateCell";
export * from "./format";
export * from "./excelSerial";
export * from "./dateFormat";
export * from "./dateCell";
export * from "./monthCell";
export * from "./textCell";
