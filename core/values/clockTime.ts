const CLOCK =
  /^(?:(?<before>上午|下午|中午|晚上|凌晨|早上|am|pm)\s*)?(?<hour>\d{1,2})(?:[:]|点|时)(?:(?<minute>\d{1,2})|(?<half>半))?(?:分)?(?:[:](?<second>\d{2})(?:\.\d+)?)?(?:\s*(?<after>am|pm))?$/iu;
const DATE_PREFIX = /^\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}[日号]?(?:\s+|T)/u;
const NUMBER = /^(?:\d+(?:\.\d+)?|\.\d+)$/u;
const SECONDS_PER_DAY = 86_400;

/**
 * Minutes after midnight of a clock time as a cell holds it, seconds dropped: an Excel time (a fraction of
 * a day, or the fraction of a date-time serial) or text such as `08:55`, `8:55:30`, `2026-10-12 08:55`,
 * `下午5:30`, `5:30 PM`, `8点55分`, `上午9点半`, `下午3点`; null when it is no time of day (`25:00`, `9:75`).
 * Shared by every job that reads times (attendance clock lists, the service log).
 * @example minutesOfDay("08:55") === 535
 */
export function minutesOfDay(text: string): number | null {
  let t = text.normalize("NFKC").trim();
  if (NUMBER.test(t)) {
    const value = Number(t);
    const fraction = value - Math.floor(value);
    if (value >= 1 && fraction === 0) return null;
    return Math.floor(Math.round(fraction * SECONDS_PER_DAY) / 60) % (24 * 60);
  }
  t = t.replace(DATE_PREFIX, "").trim();
  const groups = CLOCK.exec(t)?.groups;
  if (groups === undefined) return null;
  let hour = Number(groups["hour"]);
  const minute = groups["half"] !== undefined ? 30 : Number(groups["minute"] ?? "0");
  const second = Number(groups["second"] ?? "0");
  if (hour > 23 || minute > 59 || second > 59) return null;
  const half = (groups["before"] ?? groups["after"] ?? "").toLowerCase();
  if (half !== "" && hour > 12) return null;
  if ((half === "下午" || half === "晚上" || half === "pm") && hour < 12) hour += 12;
  if (half === "中午" && hour < 6) hour += 12;
  if ((half === "上午" || half === "am" || half === "凌晨") && hour === 12) hour = 0;
  return hour * 60 + minute;
}

/** A time of day as `HH:MM`. @example clockText(535) === "08:55" */
export function clockText(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}
