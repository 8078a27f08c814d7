import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  addDays,
  addMonths,
  datesOfMonth,
  firstDayOf,
  lastDayOf,
  monthOf,
  weekday,
  type IsoDate,
  type YearMonth,
} from "../values/isoDate";
import {
  dutiesOfMonth,
  moved,
  OFFICE_DUTIES,
  officeDuties,
  ruleDays,
  upcomingDuties,
  type DutyItem,
  type OfficeDuty,
  type OwnItem,
  type Recurrence,
} from "./officeDuties";
import { createCalendar, type DayOverride, type WorkingCalendar } from "./workingCalendar";

const cal = createCalendar();

/** An item as `date<nominal` (or just `date` when not moved), dates without the year. */
const shown = (item: DutyItem) =>
  item.date === item.nominal ? item.date.slice(5) : `${item.date.slice(5)}<${item.nominal.slice(5)}`;

const datesOf = (month: YearMonth, duty: string, calendar: WorkingCalendar = cal, own?: OwnItem[]) =>
  dutiesOfMonth(month, calendar, own)
    .filter((i) => i.duty === duty)
    .map(shown);

/**
 * Each built-in duty's items in October 2026 and February 2027, worked by hand.
 * October 2026: 10-01..07 National Day (10-01..03 statutory), 10-10 a make-up Saturday, weekends 10-11, 17/18,
 * 24/25, 31. February 2027 (no arrangement built in: weekends plus the days the law names, 除夕 02-05 to 初三 02-08).
 */
const BY_DUTY: [duty: string, october2026: string[], february2027: string[]][] = [
  // 4th: 10-04 is a day off, back over the whole holiday to 09-30 (September); 2027-02-04 is a Thursday.
  ["purchase-plan-summary", [], ["02-04"]],
  // 5th: 10-05 likewise; 2027-02-05 is 除夕, a statutory day: back to Thursday 02-04.
  ["purchase-plan-send", [], ["02-04<02-05"]],
  // 10th: 10-10 is the make-up Saturday, a working day, so nothing moves.
  ["fee-statistics", ["10-10"], ["02-10"]],
  ["receivables", ["10-10"], ["02-10"]],
  ["cash-plan", ["10-10"], ["02-10"]],
  // 10th of January, April, July and October only.
  ["quarter-summary", ["10-10"], []],
  // After the 10th: 2026-10-11 is a Sunday, forward to Monday 10-12.
  ["electricity-bill", ["10-12<10-11"], ["02-11"]],
  // 20th: 2027-02-20 is a Saturday, back to Friday 02-19.
  ["magazine-article", ["10-20"], ["02-19<02-20"]],
  // Every two months on the 20th, the even months (as the demo's water bills).
  ["water-bill", ["10-20"], ["02-19<02-20"]],
  // 25th: 2026-10-25 is a Sunday, back to Friday 10-23.
  ["work-plan", ["10-23<10-25"], ["02-25"]],
  ["stock-list", ["10-23<10-25"], ["02-25"]],
  // 25th of March, June, September and December only.
  ["stock-ledger", [], []],
  // 28th: 2027-02-28 is a Sunday, back to Friday 02-26.
  ["attendance", ["10-28"], ["02-26<02-28"]],
  // 30th: February has none, so its last day 02-28 (a Sunday), back to 02-26.
  ["night-shift-roster", ["10-30"], ["02-26<02-28"]],
  // 20 November only.
  ["year-work-plan", [], []],
  ["year-training-plan", [], []],
  ["year-summary", [], []],
  // Wednesdays: 10-07 is a day off, its meeting goes back to 09-30 (September, merged with that day's own).
  ["weekly-meeting", ["10-14", "10-21", "10-28"], ["02-03", "02-10", "02-17", "02-24"]],
  ["weekly-collection", ["10-14", "10-21", "10-28"], ["02-03", "02-10", "02-17", "02-24"]],
  // Thursdays: 10-01 is a day off (back to 09-30).
  ["cashier-handover", ["10-08", "10-15", "10-22", "10-29"], ["02-04", "02-11", "02-18", "02-25"]],
  // Sundays, each back to its Friday, or to the make-up Saturday 10-10; 11-01 comes back to 10-30, 10-04 to 09-30.
  [
    "ledger-entry",
    ["10-10<10-11", "10-16<10-18", "10-23<10-25", "10-30<11-01"],
    ["02-04<02-07", "02-12<02-14", "02-19<02-21", "02-26<02-28"],
  ],
  // National Day's roster is on 09-30 (September); the Spring Festival's on the eve of 除夕.
  ["holiday-roster", [], ["02-04"]],
];

describe("each built-in duty's dates, moved off rest days", () => {
  it("covers every built-in duty", () => {
    expect(BY_DUTY.map(([duty]) => duty).sort()).toEqual(OFFICE_DUTIES.map((d) => d.id).sort());
  });

  it.each(BY_DUTY)("%s: October 2026 %j, February 2027 %j", (duty, october, february) => {
    expect(datesOf("2026-10", duty)).toEqual(october);
    expect(datesOf("2027-02", duty)).toEqual(february);
  });

  it("puts National Day's moved items on its eve, 2026-09-30, merged with that day's own", () => {
    const eve = dutiesOfMonth("2026-09", cal).filter((i) => i.date === "2026-09-30");
    expect(eve.map((i) => `${i.duty} ${i.nominal.slice(5)}`)).toEqual([
      "purchase-plan-summary 10-04",
      "purchase-plan-send 10-05",
      "night-shift-roster 09-30",
      "weekly-meeting 09-30",
      "cashier-handover 10-01",
      "ledger-entry 10-04",
      "holiday-roster 09-30",
      "weekly-collection 09-30",
    ]);
    expect(eve.find((i) => i.duty === "holiday-roster")?.title["zh-CN"]).toBe("节假日项目值班表（国庆节）");
  });

  it("names the holiday of a roster, and one roster for a run holding two holidays", () => {
    // 2023: 中秋 09-29 and 国庆 10-01..03 in one run of days off 09-29..10-06.
    const rosters = dutiesOfMonth("2023-09", cal).filter((i) => i.duty === "holiday-roster");
    expect(rosters.map((i) => [i.date, i.title["zh-CN"]])).toEqual([
      ["2023-09-28", "节假日项目值班表（中秋、国庆节）"],
    ]);
    expect(dutiesOfMonth("2023-10", cal).filter((i) => i.duty === "holiday-roster")).toEqual([]);
  });

  it("moves the Qingming roster off its Saturday eve", () => {
    // 2026: 清明 04-05 Sunday, days off 04-04..06; its eve 04-04 is a day off, back to Friday 04-03. 劳动节's
    // days off begin on Friday 05-01: its roster is on Thursday 04-30.
    expect(datesOf("2026-04", "holiday-roster")).toEqual(["04-03<04-04", "04-30"]);
  });

  it("gives the yearly plans on 20 November, the stock ledger on the 25th of a quarter's last month", () => {
    // 2026-11-20 is a Friday; 2026-12-25 a Friday.
    for (const duty of ["year-work-plan", "year-training-plan", "year-summary"])
      expect(datesOf("2026-11", duty)).toEqual(["11-20"]);
    expect(datesOf("2026-12", "stock-ledger")).toEqual(["12-25"]);
    // 2027-04-10 is a Saturday: the quarter's summary goes back to Friday 04-09.
    expect(datesOf("2027-04", "quarter-summary")).toEqual(["04-09<04-10"]);
  });

  it("sorts by date, then time (untimed first), then the order of the duties", () => {
    const items = dutiesOfMonth("2026-10", cal);
    const keys = items.map((i) => `${i.date} ${i.time ?? ""}`);
    expect([...keys].sort()).toEqual(keys);
    const order = new Map(OFFICE_DUTIES.map((d, i) => [d.id, i]));
    for (let i = 1; i < items.length; i++) {
      const [a, b] = [items[i - 1]!, items[i]!];
      if (a.date === b.date && (a.time ?? "") === (b.time ?? ""))
        expect(order.get(a.duty)!).toBeLessThan(order.get(b.duty)!);
    }
  });
});

describe("the office's own items", () => {
  const own: OwnItem[] = [
    { title: "消防检查", recurrence: { kind: "monthly", day: 15, every: 1, startMonth: 1 }, to: "安保部" },
    { title: "电梯年检", recurrence: { kind: "monthly", day: 18, every: 12, startMonth: 10 }, time: "09:30" },
    // 水费 re-times the built-in water bill: odd months.
    { title: "水費", recurrence: { kind: "monthly", day: 20, every: 2, startMonth: 1 } },
  ];

  it("adds items after the built-ins and re-times a built-in duty named on the sheet", () => {
    const duties = officeDuties(own);
    expect(duties.map((d) => d.id).slice(-2)).toEqual(["own-1", "own-2"]);
    const water = duties.find((d) => d.id === "water-bill");
    expect(water).toMatchObject({ fromWorkbook: true, ownIndex: 2, jobId: "advances" });
    expect(water?.recurrence).toEqual({ kind: "monthly", day: 20, every: 2, startMonth: 1 });
    expect(duties.filter((d) => d.fromWorkbook).map((d) => d.ownIndex)).toEqual([2, 0, 1]);
  });

  it("dates them like the built-ins: 2026-10-15 Thursday; 10-18 a Sunday back to 10-16; water in odd months", () => {
    expect(datesOf("2026-10", "own-1", cal, own)).toEqual(["10-15"]);
    expect(datesOf("2026-10", "own-2", cal, own)).toEqual(["10-16<10-18"]);
    expect(datesOf("2026-09", "own-2", cal, own)).toEqual([]);
    expect(datesOf("2026-10", "water-bill", cal, own)).toEqual([]);
    expect(datesOf("2026-11", "water-bill", cal, own)).toEqual(["11-20"]);
    const items = dutiesOfMonth("2026-10", cal, own);
    expect(items.find((i) => i.duty === "own-1")).toMatchObject({
      source: "workbook",
      title: { "zh-CN": "消防检查", en: "消防检查" },
      to: { "zh-CN": "安保部" },
    });
    expect(items.find((i) => i.duty === "own-2")?.time).toBe("09:30");
    expect(items.find((i) => i.duty === "fee-statistics")?.source).toBe("built-in");
  });

  it("re-times a built-in duty once: a second row of the same name is an item of its own", () => {
    const twice = officeDuties([own[2]!, { ...own[2]!, to: "财务部" }]);
    expect(twice.filter((d) => d.fromWorkbook).map((d) => d.id)).toEqual(["water-bill", "own-1"]);
  });
});

describe("upcomingDuties", () => {
  it("lists the next items from today on, across the month's end", () => {
    const next = upcomingDuties("2026-10-29", cal, 4);
    expect(next.map((i) => `${i.date.slice(5)} ${i.duty}`)).toEqual([
      "10-29 cashier-handover",
      "10-30 night-shift-roster",
      "10-30 ledger-entry",
      // 11-04 is a Wednesday: the purchase plan, then the weekly items.
      "11-04 purchase-plan-summary",
    ]);
    expect(upcomingDuties("2026-10-29", cal, 0)).toEqual([]);
  });

  it("starts on today itself and finds the holiday roster across a month end", () => {
    const next = upcomingDuties("2026-09-30", cal, 20);
    expect(next[0]?.date).toBe("2026-09-30");
    expect(next.filter((i) => i.date === "2026-09-30")).toHaveLength(8);
    expect(next[8]?.date).toBe("2026-10-08");
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Properties: on calendars with random days off and make-up days, every item is on a working day, on or before
// its rule day (after it for the electricity bill), inside the month; and every rule day gives its item.

const month = fc.integer({ min: 2015 * 12, max: 2035 * 12 }).map((n) => addMonths("0000-01", n));

/** Random overrides around a month: days off (some statutory) and working days. */
const overridesNear = (m: YearMonth) =>
  fc
    .array(
      fc.record({
        offset: fc.integer({ min: -50, max: 80 }),
        kind: fc.constantFrom<DayOverride["kind"]>("holiday", "statutory", "workday"),
      }),
      { maxLength: 20 },
    )
    .map((list) =>
      list.map(({ offset, kind }): DayOverride => ({ date: addDays(firstDayOf(m), offset), kind })),
    );

const recurrence: fc.Arbitrary<Recurrence> = fc.oneof(
  fc.record(
    {
      kind: fc.constant("monthly" as const),
      day: fc.integer({ min: 1, max: 31 }),
      every: fc.integer({ min: 1, max: 13 }),
      startMonth: fc.integer({ min: 1, max: 12 }),
      startYear: fc.integer({ min: 2014, max: 2036 }),
    },
    { requiredKeys: ["kind", "day", "every", "startMonth"] },
  ),
  fc.record({ kind: fc.constant("weekly" as const), weekday: fc.integer({ min: 0, max: 6 }) }),
);

const ownItems = fc.array(
  fc.record({ title: fc.constantFrom("消防检查", "电梯年检", "水费", "考勤表", "绿化"), recurrence }),
  { maxLength: 4 },
);

/** The rule days of a recurrence worked out independently of `ruleDays`, for the months around `m`. */
function oracleRuleDays(r: Recurrence, m: YearMonth, calendar: WorkingCalendar): IsoDate[] {
  const from = addDays(firstDayOf(m), -45);
  const to = addDays(lastDayOf(m), 45);
  const out: IsoDate[] = [];
  for (let k = -3; k <= 3; k++) {
    const days = datesOfMonth(addMonths(m, k));
    for (const date of days) {
      const ok =
        r.kind === "weekly"
          ? weekday(date) === r.weekday
          : r.kind === "monthly"
            ? monthsBetween(r, date) % r.every === 0 &&
              (r.startYear === undefined || monthsBetween(r, date) >= 0) &&
              Number(date.slice(8)) === Math.min(r.day, days.length)
            : isHolidayEve(date, calendar);
      if (ok && date >= from && date <= to) out.push(date);
    }
  }
  return out;
}

/** Months from a monthly rule's start (year 0 when it gives none) to a date's month (negative before it). */
function monthsBetween(r: Extract<Recurrence, { kind: "monthly" }>, date: IsoDate): number {
  return Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - ((r.startYear ?? 0) * 12 + r.startMonth);
}

/** The day before a statutory day off that no other statutory day off comes before within its run of days off. */
function isHolidayEve(date: IsoDate, calendar: WorkingCalendar): boolean {
  const next = addDays(date, 1);
  if (calendar.dayKind(next) !== "statutory") return false;
  for (let d = date; !calendar.isWorkingDay(d); d = addDays(d, -1))
    if (calendar.dayKind(d) === "statutory") return false;
  return true;
}

describe("properties of a month's items", () => {
  it("every item is on a working day inside the month, on or before its rule day (after it for `after` duties)", () => {
    fc.assert(
      fc.property(
        month.chain((m) => fc.tuple(fc.constant(m), overridesNear(m), ownItems)),
        ([m, overrides, own]) => {
          const calendar = createCalendar(overrides);
          const duties = new Map(officeDuties(own).map((d) => [d.id, d]));
          for (const item of dutiesOfMonth(m, calendar, own)) {
            expect(monthOf(item.date)).toBe(m);
            expect(calendar.isWorkingDay(item.date), `${item.duty} ${item.date}`).toBe(true);
            const duty = duties.get(item.duty)!;
            if (duty.move === "before") expect(item.date <= item.nominal).toBe(true);
            else expect(item.date >= item.nominal).toBe(true);
            // Nothing but rest days between the rule day and the item's day.
            const [a, b] = item.date < item.nominal ? [item.date, item.nominal] : [item.nominal, item.date];
            for (let d = addDays(a, 1); d < b; d = addDays(d, 1))
              expect(calendar.isWorkingDay(d)).toBe(false);
            if (calendar.isWorkingDay(item.nominal)) expect(item.date).toBe(item.nominal);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it("loses no item: each rule day moved into the month gives one item of its duty that day", () => {
    fc.assert(
      fc.property(
        month.chain((m) => fc.tuple(fc.constant(m), overridesNear(m), ownItems)),
        ([m, overrides, own]) => {
          const calendar = createCalendar(overrides);
          const items = dutiesOfMonth(m, calendar, own);
          const keys = items.map((i) => `${i.duty} ${i.date}`);
          expect(new Set(keys).size).toBe(keys.length);
          for (const duty of officeDuties(own)) {
            const days = oracleRuleDays(duty.recurrence, m, calendar);
            expect(
              ruleDays(duty.recurrence, days[0] ?? firstDayOf(m), days.at(-1) ?? firstDayOf(m), calendar),
            ).toEqual(days.length === 0 ? [] : days);
            const expected = new Set(
              days.map((d) => moved(d, duty.move, calendar)).filter((d) => monthOf(d) === m),
            );
            const got = new Set(items.filter((i) => i.duty === duty.id).map((i) => i.date));
            expect([...got].sort(), duty.id).toEqual([...expected].sort());
            // Each item's rule day is one of the duty's rule days.
            for (const item of items.filter((i) => i.duty === duty.id)) expect(days).toContain(item.nominal);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it("upcomingDuties is dutiesOfMonth from today on, in order, across months", () => {
    fc.assert(
      fc.property(
        month,
        fc.integer({ min: 0, max: 27 }),
        fc.integer({ min: 1, max: 60 }),
        (m, day, count) => {
          const today = addDays(firstDayOf(m), day);
          const expected = [m, addMonths(m, 1), addMonths(m, 2)]
            .flatMap((x) => dutiesOfMonth(x, cal))
            .filter((i) => i.date >= today)
            .slice(0, count);
          expect(upcomingDuties(today, cal, count)).toEqual(expected);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("the duties as data", () => {
  it("has unique ids and names no two duties alike", () => {
    const ids = OFFICE_DUTIES.map((d: OfficeDuty) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("refuses a month or date that is none", () => {
    expect(() => dutiesOfMonth("2026-13", cal)).toThrow(RangeError);
    expect(() => upcomingDuties("2026-02-30", cal, 3)).toThrow(RangeError);
  });
});
