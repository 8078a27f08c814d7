const MS_PER_DAY = 24 * 3600 * 1000;
/** Serial of 1970-01-01 in the 1900 date system. */
const UNIX_EPOCH_SERIAL = 25_569;
/** Days between the 1900 and the 1904 date systems. */
const DAYS_1904 = 1_462;

/** An ISO date and time, matched against trimmed text (one run of white space at most, so no backtracking). */
const ISO =
  /^(-?\d{4,})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?$/;
const ISO_TIME = /^(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?$/;

/**
 * The serial of an ISO 8601 date cell (`t="d"`, e.g. `2026-01-05T18:00:00`), read as the wall-clock date and
 * time it writes (a zone suffix is ignored: Excel dates have none); a bare time is a fraction of a day. NaN
 * when the text is no such date.
 * @example isoDateSerial("2026-01-05", false) === 46027
 */
export function isoDateSerial(text: string, date1904: boolean): number {
  const trimmed = text.trim();
  const date = ISO.exec(trimmed);
  if (date !== null) {
    const [, year, month, day, hours, minutes, seconds, fraction] = date;
    const at = new Date(0);
    at.setUTCFullYear(Number(year), Number(month) - 1, Number(day));
    at.setUTCHours(Number(hours ?? 0), Number(minutes ?? 0), Number(seconds ?? 0));
    const ms = at.getTime() + Math.round(Number(fraction ?? 0) * 1000);
    return ms / MS_PER_DAY + UNIX_EPOCH_SERIAL - (date1904 ? DAYS_1904 : 0);
  }
  const time = ISO_TIME.exec(trimmed);
  if (time === null) return NaN;
  const [, hours, minutes, seconds, fraction] = time;
  const ms = ((Number(hours) * 60 + Number(minutes)) * 60 + Number(seconds ?? 0)) * 1000;
  return (ms + Math.round(Number(fraction ?? 0) * 1000)) / MS_PER_DAY;
}
