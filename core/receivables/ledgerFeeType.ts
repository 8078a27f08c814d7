import { foldTraditional } from "../values/text";

/** Fee types a title or a sheet's name may name, as offices write them (matched within the text, longest first). */
const KNOWN_FEE_TYPES = [
  "物业管理费",
  "物业服务费",
  "物业费",
  "车位管理费",
  "车位服务费",
  "车位费",
  "停车管理费",
  "停车服务费",
  "停车费",
  "二次供水费",
  "公摊水费",
  "公摊电费",
  "公共水费",
  "公共电费",
  "水电费",
  "水费",
  "电费",
  "燃气费",
  "供暖费",
  "采暖费",
  "取暖费",
  "暖气费",
  "垃圾清运费",
  "垃圾处理费",
  "垃圾费",
  "卫生费",
  "保洁费",
  "电梯运行费",
  "电梯费",
  "装修管理费",
  "有线电视费",
  "租金",
  "房租",
].sort((a, b) => b.length - a.length);

/** A year, a month or a date at the start of a title (`2026年度`, `2026年`, `2026-`), dropped before the rest is read. */
const LEADING_PERIOD = /^\d{4}(?:年度?|[-/.]\d{1,2}(?:月份?)?)?/u;
/** The words a ledger's title or name ends with after its fee type (`物业费收费台账`, `车位费台账`). */
const LEDGER_WORDS = /(?:收费|收缴|缴费|收款)?(?:台账|登记表?|明细表?|统计表?|一览表|记录表?|表)$/u;
/** The longest name taken as a fee type of its own (`车位费`, `绿化养护费`), not known by name. */
const LONGEST_OWN = 6;

/**
 * The fee type a title line or a sheet's name names: the text itself, less a leading year and the ledger words
 * after it, when that is a short name ending in 费 (`车位费`, `绿化费台账`, `2026年度装修垃圾费明细表`); else a fee
 * type offices keep ledgers for, found within the text (`阳光花园2026年物业管理费收费台账`, `收费台账（水费）`);
 * Traditional characters too (`車位費`). Null for a text naming none (`收费台账`, `Sheet1`).
 * @example feeTypeInText("2026年度物业费收缴台账") === "物业费"
 */
export function feeTypeInText(text: string): string | null {
  const compact = foldTraditional(text.normalize("NFKC").replace(/\s+/gu, ""));
  const name = compact.replace(LEADING_PERIOD, "").replace(LEDGER_WORDS, "");
  if (name.length >= 2 && name.length <= LONGEST_OWN && name.endsWith("费")) return name;
  return KNOWN_FEE_TYPES.find((fee) => compact.includes(fee)) ?? null;
}
