import { fromDayNumber, isIsoDate, toDayNumber } from "./isoDate";
import type { IsoDate } from "./isoDate";
import { fail, ok } from "./parsed";
import type { Parsed } from "./parsed";

/** Day number of serial 0 in the 1900 system for serials from 61 on (1899-12-30). */
const EPOCH_1900 = toDayNumber("1899-12-30");
/** Day number of serial 0 in the 1904 system (1904-01-01). */
const EPOCH_1904 = toDayNumber("1904-01-01");
const LAST_DAY = toDayNumber("9999-12-31");
/** Excel's 1900-02-29, a day that never was (kept for Lotus 1-2-3 compatibility). */
const FAKE_LEAP_DAY = 60;

/**
 * The date of an Excel serial; the time of day is dropped. 1900 system: 1 = 1900-01-01, 60 = Excel's
 * fake 1900-02-29 (`fake_leap_day`), 61 = 1900-03-01. 1904 system: 0 = 1904-01-01.
 * @example excelSerialToIso(45658, false) gives "2025-01-01"
 */
export function excelSerialToIso(serial: number, date1904: boolean): Parsed<IsoDate> {
  const value = String(serial);
  if (!Number.isFinite(serial)) return fail("not_a_date", { value });
  const whole = Math.floor(serial);
  if (whole === FAKE_LEAP_DAY && !date1904) return fail("fake_leap_day", { value });
  const day = date1904 ? EPOCH_1904 + whole : EPOCH_1900 + whole + (whole < FAKE_LEAP_DAY ? 1 : 0);
  const first = date1904 ? EPOCH_1904 : EPOCH_1900 + 2;
  if (day < first || day > LAST_DAY) return fail("not_a_date", { value });
  return ok(fromDayNumber(day));
}

/**
 * The Excel serial of a date, the exact inverse of {@link excelSerialToIso}; throws RangeError for a date
 * the workbook's date system cannot hold. @example isoToExcelSerial("2026-12-05", false) === 46361
 */
export function isoToExcelSerial(iso: IsoDate, date1904: boolean): number {
  if (!isIsoDate(iso) || iso < (date1904 ? "1904-01-01" : "1900-01-01")) {
    throw new RangeError(
      `isoToExcelSerial: ${iso} is not a date of the ${date1904 ? "1904" : "1900"} system`,
    );
  }
  const day = toDayNumber(iso);
  if (date1904) return day - EPOCH_1904;
  const serial = day - EPOCH_1900;
  return serial <= FAKE_LEAP_DAY ? serial - 1 : serial;
}
