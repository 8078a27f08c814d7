import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { excelSerialToIso, isoToExcelSerial } from "./excelSerial";

const MS_PER_DAY = 86_400_000;

/** Independent oracle: UTC calendar arithmetic from the 1900 system's effective epoch (serials from 61). */
function oracle1900(serial: number): string {
  return new Date(Date.UTC(1899, 11, 30) + serial * MS_PER_DAY).toISOString().slice(0, 10);
}

function oracle1904(serial: number): string {
  return new Date(Date.UTC(1904, 0, 1) + serial * MS_PER_DAY).toISOString().slice(0, 10);
}

describe("excelSerialToIso, 1900 system", () => {
  it.each([
    [1, "1900-01-01"],
    [2, "1900-01-02"],
    [31, "1900-01-31"],
    [32, "1900-02-01"],
    [59, "1900-02-28"],
    [61, "1900-03-01"],
    [366, "1900-12-31"],
    [367, "1901-01-01"],
    [36526, "2000-01-01"],
    [45658, "2025-01-01"],
    [46023, "2026-01-01"],
    [46361, "2026-12-05"],
    [46361.75, "2026-12-05"],
    [46361.999999, "2026-12-05"],
    [2958465, "9999-12-31"],
    [2958465.5, "9999-12-31"],
  ])("%d -> %s", (serial, iso) => {
    expect(excelSerialToIso(serial, false)).toEqual({ ok: true, value: iso });
  });

  it.each([[60], [60.5]])("%d is Excel's fake 1900-02-29", (serial) => {
    expect(excelSerialToIso(serial, false)).toEqual({
      ok: false,
      problem: { code: "fake_leap_day", params: { value: String(serial) } },
    });
  });

  it.each([[0], [0.5], [-1], [2958466], [1e12], [NaN], [Infinity], [-Infinity]])(
    "%d is not a date",
    (serial) => {
      expect(excelSerialToIso(serial, false)).toEqual({
        ok: false,
        problem: { code: "not_a_date", params: { value: String(serial) } },
      });
    },
  );
});

describe("excelSerialToIso, 1904 system", () => {
  it.each([
    [0, "1904-01-01"],
    [0.25, "1904-01-01"],
    [1, "1904-01-02"],
    [59, "1904-02-29"],
    [60, "1904-03-01"],
    [44196, "2025-01-01"],
    [44899, "2026-12-05"],
    [2957003, "9999-12-31"],
  ])("%d -> %s", (serial, iso) => {
    expect(excelSerialToIso(serial, true)).toEqual({ ok: true, value: iso });
  });

  it.each([[-1], [-0.5], [2957004], [NaN]])("%d is not a date", (serial) => {
    const r = excelSerialToIso(serial, true);
    expect(r.ok ? null : r.problem.code).toBe("not_a_date");
  });

  it("is 1462 days behind the 1900 system", () => {
    expect(excelSerialToIso(46361 - 1462, true)).toEqual(excelSerialToIso(46361, false));
  });
});

describe("isoToExcelSerial", () => {
  it.each([
    ["1900-01-01", false, 1],
    ["1900-02-28", false, 59],
    ["1900-03-01", false, 61],
    ["2025-01-01", false, 45658],
    ["2026-12-05", false, 46361],
    ["9999-12-31", false, 2958465],
    ["1904-01-01", true, 0],
    ["2026-12-05", true, 44899],
    ["9999-12-31", true, 2957003],
  ])("%s (1904: %s) -> %d", (iso, date1904, serial) => {
    expect(isoToExcelSerial(iso, date1904)).toBe(serial);
  });

  it.each([
    ["1899-12-31", false],
    ["1903-12-31", true],
    ["1950-02-30", false],
    ["2026-1-5", false],
    ["0050-01-01", false],
    ["", true],
  ])("%s (1904: %s) throws RangeError", (iso, date1904) => {
    expect(() => isoToExcelSerial(iso, date1904)).toThrow(RangeError);
  });
});

describe("serial <-> ISO round trip", () => {
  it("is exact in the 1900 system for serials 61..2958465, agreeing with UTC arithmetic", () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2958465 }), (serial) => {
        const r = excelSerialToIso(serial, false);
        if (!r.ok) throw new Error(`serial ${serial} not read`);
        expect(r.value).toBe(oracle1900(serial));
        expect(isoToExcelSerial(r.value, false)).toBe(serial);
      }),
    );
  });

  it("is exact in the 1904 system, agreeing with UTC arithmetic", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2957003 }), (serial) => {
        const r = excelSerialToIso(serial, true);
        if (!r.ok) throw new Error(`serial ${serial} not read`);
        expect(r.value).toBe(oracle1904(serial));
        expect(isoToExcelSerial(r.value, true)).toBe(serial);
      }),
    );
  });

  it("is exact for every serial before the fake leap day", () => {
    for (let serial = 1; serial < 60; serial++) {
      const r = excelSerialToIso(serial, false);
      expect(r.ok && isoToExcelSerial(r.value, false)).toBe(serial);
    }
  });
});
