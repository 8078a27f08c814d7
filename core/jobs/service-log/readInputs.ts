import { issue, type Issue } from "../../issues";
import { calendarFromSheets } from "../../calendar/holidaySheet";
import { HOLIDAY_TABLE } from "../../calendar/holidayTable";
import type { WorkingCalendar } from "../../calendar/workingCalendar";
import { scanTable, readTable, type TableRow } from "../../table/readTable";
import { cellOf, headerOf } from "../../table/rowRefs";
import type { PlacedSheets } from "../../table/placedSheets";
import type { SheetData } from "../../table/sheetData";
import { columnNumber } from "../../values/columnLetter";
import type { CellValue } from "../../values/cellValue";
import { SERVICE_LOG_TABLE, SERVICE_SETTINGS_TABLE } from "./inputs";
import { DEFAULT_LIMITS, parseLimit, saysWorkdays, type Limit, type TypeLimits } from "./limits";
import { toDayNumber, type IsoDate, type YearMonth } from "../../values/isoDate";
import { readMomentCell, timeCellText, type TimeCell } from "../../values/moment";
import { yearResolver, type YearResolver } from "../../values/dateCell";
import { DAY_MINUTES, stampAfter, stampText, type Stamp } from "./moments";
import type { ServiceRecord } from "./records";
import {
  channelOf,
  followUpOf,
  serviceTypeOf,
  statusSaysClosed,
  SERVICE_TYPES,
  type FollowUp,
  type ServiceType,
} from "./words";
import { SERVICE_LOG_TEXT as T } from "./texts";

/** What the service-log job reads from a workbook: the items, the limits per type, the working calendar. */
export interface ServiceInputs {
  records: ServiceRecord[];
  limits: Record<ServiceType, TypeLimits>;
  calendar: WorkingCalendar;
  issues: Issue[];
}

type Row = TableRow<typeof SERVICE_LOG_TABLE>;

/**
 * Reads every register sheet (any month: earlier months' items still open belong on the open-items list), the
 * optional 客服设置 sheet and the holiday sheet. Per row: the time received from the time column, else the time
 * part of the date cell, else the day's 00:00 (`service_time_missing`, info); response and completion cells read
 * as time columns (one giving no moment is `not_a_time`, a warning, the cell counted as empty); a response or completion
 * before the time received is `end_before_start`, an error leaving the row out; a type not understood is
 * `service_type_unknown` (counted as 其他); a follow-up result not understood is `service_follow_up_unknown`.
 * Year-less dates: the date column's take the year of a title line above the table, else the one nearest `month`;
 * the time column's take the year nearest `month`; a response's or completion's the year nearest the item's own
 * date (`stampAfter`), so a completion `1月2日` on a December sheet lands in the next year, and one on last year's
 * sheet stays in last year.
 */
export function readServiceInputs(placed: PlacedSheets, month: YearMonth): ServiceInputs {
  const { date1904 } = placed.book;
  const holidays = calendarFromSheets(placed.sheets(HOLIDAY_TABLE), date1904);
  const issues: Issue[] = [...holidays.issues];
  const limits = readLimits(placed.sheets(SERVICE_SETTINGS_TABLE), date1904, issues);
  const records: ServiceRecord[] = [];
  const ctx: ReadContext = {
    date1904,
    years: yearResolver({ near: month }),
    days: new Map(),
    types: new Map(),
    channels: new Map(),
    followUps: new Map(),
  };
  for (const sheet of placed.sheets(SERVICE_LOG_TABLE)) {
    const scan = scanTable(sheet, SERVICE_LOG_TABLE, { date1904, near: month }, (row) => {
      const record = recordOf(row, sheet, ctx, issues);
      if (record !== null) records.push(record);
    });
    issues.push(...scan.issues);
  }
  return { records, limits, calendar: holidays.calendar, issues };
}

/**
 * How rows are read: the date system and year for a date cell's time; the day number of each date seen, and what
 * each type, channel and follow-up text seen says (a register repeats a few texts over every row).
 */
interface ReadContext {
  date1904: boolean;
  years: YearResolver;
  days: Map<IsoDate, number>;
  types: Map<string, ServiceType | null>;
  channels: Map<string, string>;
  followUps: Map<string, FollowUp>;
}

/** What `read` gives for `text`, looked up in `seen` first. */
function seenOr<V>(seen: Map<string, V>, text: string, read: (text: string) => V): V {
  let value = seen.get(text);
  if (value === undefined) seen.set(text, (value = read(text)));
  return value;
}

function recordOf(row: Row, sheet: SheetData, ctx: ReadContext, issues: Issue[]): ServiceRecord | null {
  const v = row.values;
  if (v.date === null || v.type === null) return null;
  const start = startOf(row, sheet, ctx, issues);
  let type = seenOr(ctx.types, v.type, serviceTypeOf);
  if (type === null) {
    issues.push(
      issue("service_type_unknown", "warning", cellOf(row, "type"), {
        header: headerOf(row, SERVICE_LOG_TABLE, "type"),
        value: v.type,
      }),
    );
    type = "其他";
  }
  const responded = laterMoment(row, "responded", start, issues);
  const completed = laterMoment(row, "completed", start, issues);
  if (responded === undefined || completed === undefined) return null;
  const closedWithoutTime = completed === null && v.status !== null && statusSaysClosed(v.status);
  if (closedWithoutTime) {
    issues.push(
      issue("service_closed_without_time", "warning", cellOf(row, "status"), {
        header: headerOf(row, SERVICE_LOG_TABLE, "status"),
        value: v.status ?? "",
      }),
    );
  }
  let followUp: ServiceRecord["followUp"] = "none";
  if (v.satisfaction !== null) {
    const read = seenOr(ctx.followUps, v.satisfaction, followUpOf);
    if (read === "unknown") {
      issues.push(
        issue("service_follow_up_unknown", "warning", cellOf(row, "satisfaction"), {
          header: headerOf(row, SERVICE_LOG_TABLE, "satisfaction"),
          value: v.satisfaction,
        }),
      );
    } else followUp = read;
  }
  return {
    sheet: row.sheet,
    row: row.row,
    date: v.date,
    start,
    channel: v.channel === null ? null : seenOr(ctx.channels, v.channel, channelOf),
    unit: v.unit,
    type,
    content: v.content,
    department: v.department,
    handler: v.handler,
    responded,
    completed,
    closedWithoutTime,
    followUp,
  };
}

/** The cell's value as the sheet holds it (the table reader gives text columns as text, dates without their time). */
function rawCell(sheet: SheetData, row: number, column: string | undefined): CellValue {
  if (column === undefined) return null;
  return sheet.values[row - sheet.origin.row]?.[columnNumber(column) - sheet.origin.column] ?? null;
}

function startOf(row: Row, sheet: SheetData, ctx: ReadContext, issues: Issue[]): Stamp {
  const date = row.values.date!;
  let day = ctx.days.get(date);
  if (day === undefined) ctx.days.set(date, (day = toDayNumber(date)));
  const time = row.values.time;
  if (time !== null) {
    const read = time.moment;
    if (read !== null && read.kind !== "date") return day * DAY_MINUTES + read.minutes;
    issues.push(
      issue("not_a_time", "warning", cellOf(row, "time"), {
        header: headerOf(row, SERVICE_LOG_TABLE, "time"),
        value: timeCellText(time),
      }),
    );
  } else {
    const read = readMomentCell(rawCell(sheet, row.row, row.columns.date), ctx.date1904, ctx.years);
    if (read !== null && read.kind === "datetime") return day * DAY_MINUTES + read.minutes;
  }
  issues.push(
    issue("service_time_missing", "info", cellOf(row, row.columns.time === undefined ? "date" : "time"), {
      header: row.columns.time === undefined ? T.date : headerOf(row, SERVICE_LOG_TABLE, "time"),
      date,
    }),
  );
  return day * DAY_MINUTES;
}

/**
 * A response or completion moment: null when empty or unreadable (`not_a_time`, a warning), undefined when it lies
 * before the time received (`end_before_start`, an error: the row is left out).
 */
function laterMoment(
  row: Row,
  key: "responded" | "completed",
  start: Stamp,
  issues: Issue[],
): Stamp | null | undefined {
  const cell: TimeCell | null = row.values[key];
  if (cell === null) return null;
  const read = cell.moment;
  if (read === null) {
    issues.push(
      issue("not_a_time", "warning", cellOf(row, key), {
        header: headerOf(row, SERVICE_LOG_TABLE, key),
        value: timeCellText(cell),
      }),
    );
    return null;
  }
  const stamp = stampAfter(read, start);
  if (stamp >= start) return stamp;
  issues.push(
    issue("end_before_start", "error", cellOf(row, key), {
      header: headerOf(row, SERVICE_LOG_TABLE, key),
      value: stampText(stamp),
      startHeader:
        row.columns.time === undefined
          ? headerOf(row, SERVICE_LOG_TABLE, "date")
          : headerOf(row, SERVICE_LOG_TABLE, "time"),
      start: stampText(start),
    }),
  );
  return undefined;
}

/** The limits per type: the defaults, overridden by the 客服设置 sheet's rows. */
function readLimits(
  sheets: readonly SheetData[],
  date1904: boolean,
  issues: Issue[],
): Record<ServiceType, TypeLimits> {
  const limits: Record<ServiceType, TypeLimits> = { ...DEFAULT_LIMITS };
  for (const sheet of sheets) {
    const read = readTable(sheet, SERVICE_SETTINGS_TABLE, { date1904 });
    issues.push(...read.issues);
    for (const row of read.rows) {
      const { type: typeText, respondWithin, completeWithin, mode } = row.values;
      if (typeText === null) continue;
      const type = serviceTypeOf(typeText);
      if (type === null || !SERVICE_TYPES.includes(type)) {
        issues.push(
          issue("service_type_unknown", "warning", cellOf(row, "type"), {
            header: headerOf(row, SERVICE_SETTINGS_TABLE, "type"),
            value: typeText,
          }),
        );
        continue;
      }
      const inWorkdays = mode !== null && saysWorkdays(mode);
      const limit = (
        key: "respondWithin" | "completeWithin",
        text: string | null,
        fallback: Limit,
      ): Limit => {
        if (text === null) return fallback;
        const parsed = parseLimit(text, inWorkdays);
        if (parsed !== null) return parsed;
        issues.push(
          issue("service_limit_unreadable", "warning", cellOf(row, key), {
            header: headerOf(row, SERVICE_SETTINGS_TABLE, key),
            value: text,
            default: limitText(fallback),
          }),
        );
        return fallback;
      };
      limits[type] = {
        respond: limit("respondWithin", respondWithin, limits[type].respond),
        complete: limit("completeWithin", completeWithin, limits[type].complete),
      };
    }
  }
  return limits;
}

/** A limit in words: `30分钟`, `24小时`, `3个工作日`. */
export function limitText(limit: Limit): string {
  if (limit.unit === "workday") return `${limit.amount}个工作日`;
  return limit.amount % 60 === 0 ? `${limit.amount / 60}小时` : `${limit.amount}分钟`;
}
