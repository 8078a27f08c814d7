import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { daySymbol, leaveTypeOf, parseStatus, ZH_CN_SYMBOLS, type DayMarks, type Mark } from "./marks";
import { SYMBOLS } from "./texts";

describe("parseStatus", () => {
  it.each<[string, DayMarks]>([
    ["√", { am: "present", pm: "present" }],
    ["✓", { am: "present", pm: "present" }],
    ["V", { am: "present", pm: "present" }],
    ["出勤", { am: "present", pm: "present" }],
    ["迟", { am: "late", pm: "present" }],
    ["迟到", { am: "late", pm: "present" }],
    ["遲到", { am: "late", pm: "present" }],
    ["早退", { am: "present", pm: "early" }],
    ["迟/早", { am: "late", pm: "early" }],
    ["迟到早退", { am: "late", pm: "early" }],
    ["旷工", { am: "absent", pm: "absent" }],
    ["曠", { am: "absent", pm: "absent" }],
    ["×", { am: "absent", pm: "absent" }],
    ["休", { am: "rest", pm: "rest" }],
    ["事", { am: "事假", pm: "事假" }],
    ["病假", { am: "病假", pm: "病假" }],
    ["年休假", { am: "年假", pm: "年假" }],
    ["婚", { am: "婚假", pm: "婚假" }],
    ["產", { am: "产假", pm: "产假" }],
    ["喪假", { am: "丧假", pm: "丧假" }],
    ["調休", { am: "调休", pm: "调休" }],
    ["出差", { am: "trip", pm: "trip" }],
    ["差", { am: "trip", pm: "trip" }],
    ["公出", { am: "trip", pm: "trip" }],
    ["外勤", { am: "trip", pm: "trip" }],
    ["培訓", { am: "trip", pm: "trip" }],
    ["差/√", { am: "trip", pm: "present" }],
    ["事/√", { am: "事假", pm: "present" }],
    ["√／病", { am: "present", pm: "病假" }],
    [" 事 / 迟 ", { am: "事假", pm: "late" }],
    ["事/", { am: "事假", pm: null }],
    ["/√", { am: null, pm: "present" }],
    ["Sick leave", { am: "病假", pm: "病假" }],
    ["PL/√", { am: "事假", pm: "present" }],
    ["", { am: null, pm: null }],
    ["/", { am: null, pm: null }],
    ["—", { am: null, pm: null }],
    ["未入职", { am: null, pm: null }],
  ])("reads %j", (text, marks) => {
    expect(parseStatus(text)).toEqual(marks);
  });

  it.each(["○", "△", "√√", "事/病/年", "//", "1", "ok", "休假"])("refuses %j", (text) => {
    expect(parseStatus(text)).toBeNull();
  });
});

describe("leaveTypeOf", () => {
  it.each([
    ["事假", "事假"],
    ["事", "事假"],
    ["带薪年假", "年假"],
    ["陪产假", "产假"],
    ["補休", "调休"],
    ["Annual leave", "年假"],
  ])("reads %j as %s", (text, type) => {
    expect(leaveTypeOf(text)).toBe(type);
  });

  it.each(["√", "旷工", "休", "探亲假", ""])("refuses %j (not a leave type)", (text) => {
    expect(leaveTypeOf(text)).toBeNull();
  });
});

describe("daySymbol", () => {
  it.each<[DayMarks, string]>([
    [{ am: "present", pm: "present" }, "√"],
    [{ am: "late", pm: "present" }, "迟"],
    [{ am: "present", pm: "late" }, "迟"],
    [{ am: "present", pm: "early" }, "早"],
    [{ am: "late", pm: "early" }, "迟/早"],
    [{ am: "absent", pm: "absent" }, "旷"],
    [{ am: "事假", pm: "present" }, "事/√"],
    [{ am: "事假", pm: "late" }, "事/迟"],
    [{ am: "病假", pm: "病假" }, "病"],
    [{ am: "年假", pm: "absent" }, "年/旷"],
    [{ am: "事假", pm: null }, "事/"],
    [{ am: "trip", pm: "trip" }, "差"],
    [{ am: "trip", pm: "present" }, "差/√"],
    [{ am: "late", pm: "trip" }, "迟/差"],
    [{ am: null, pm: null }, ""],
  ])("%j is %s", (marks, symbol) => {
    expect(daySymbol(marks, ZH_CN_SYMBOLS)).toBe(symbol);
  });

  const mark = fc.constantFrom<Mark | null>(
    null,
    "present",
    "late",
    "early",
    "trip",
    "absent",
    "rest",
    "事假",
    "病假",
    "年假",
    "婚假",
    "产假",
    "丧假",
    "调休",
  );

  it("reads back what it writes, in every language (up to where a late or early half sits)", () => {
    const presentLike = (m: Mark | null) => (m === "late" || m === "early" ? "present" : m);
    fc.assert(
      fc.property(mark, mark, fc.constantFrom(...(["zh-CN", "zh-TW", "en"] as const)), (am, pm, lang) => {
        const symbol = daySymbol({ am, pm }, SYMBOLS[lang]);
        if (am === null && pm === null) {
          expect(symbol).toBe("");
          return;
        }
        const read = parseStatus(symbol)!;
        expect(read).not.toBeNull();
        expect(daySymbol(read, SYMBOLS[lang])).toBe(symbol);
        expect([presentLike(read.am), presentLike(read.pm)]).toEqual([presentLike(am), presentLike(pm)]);
      }),
    );
  });
});
