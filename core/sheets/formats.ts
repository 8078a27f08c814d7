/** Money: thousands separators and exactly two decimals. */
export const MONEY_FORMAT = "#,##0.00";
/** Quantities: as many decimals as the value has (up to four are kept by the core). */
export const QUANTITY_FORMAT = "General";
/** Rates as percentages with two decimals. */
export const RATE_FORMAT = "0.00%";
/** Dates as ISO dates, which every locale reads the same way. */
export const DATE_FORMAT = "yyyy-mm-dd";
/** Plain text (keeps unit numbers such as 3-1-502 from turning into dates). */
export const TEXT_FORMAT = "@";
