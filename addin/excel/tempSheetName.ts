/** Names of the sheets PropDesk writes into before swapping them in, and of old sheets on their way out. */
export const TEMP_SHEET_PATTERN = /^~PropDesk [0-9a-z]{8}$/;

/** A fresh name like `~PropDesk 3k9x0q2a`: no user sheet is called that, and it fits Excel's 31 characters. */
export function newTempSheetName(random: () => number = Math.random): string {
  let suffix = "";
  for (let i = 0; i < 8; i++) suffix += Math.floor(random() * 36).toString(36);
  return `~PropDesk ${suffix}`;
}
