import { memoize } from "../../values/memo";
import { type Mark } from "./marks";

/**
 * The words a legend may give as a symbol's meaning (`√出勤`, `×休假`, `△出差`), in status-key form (NFKC,
 * no white space, Traditional folded, lower case): the built-in words that spell a status out, and the
 * other words offices write in their legends. 休假 and 放假 are rest (on a working day that is 调休, with a
 * warning), 值班 and 在岗 present, 缺勤 and 旷职 absent.
 */
const MEANINGS: ReadonlyArray<[Mark, readonly string[]]> = [
  [
    "present",
    ["出勤", "正常", "正常出勤", "正常上班", "出勤正常", "上班", "到岗", "在岗", "值班", "全勤", "present"],
  ],
  ["late", ["迟到", "late"]],
  ["early", ["早退", "early", "leftearly"]],
  ["trip", ["出差", "公出", "因公外出", "外勤", "培训", "外出培训", "trip", "businesstrip", "training"]],
  ["absent", ["旷工", "旷职", "缺勤", "absent", "absence"]],
  ["rest", ["休息", "休息日", "公休", "轮休", "休假", "放假", "rest", "off", "dayoff"]],
  ["事假", ["事假", "personalleave"]],
  ["病假", ["病假", "sickleave"]],
  ["年假", ["年假", "年休", "年休假", "带薪年假", "annualleave"]],
  ["婚假", ["婚假", "marriageleave"]],
  ["产假", ["产假", "陪产假", "maternityleave", "paternityleave"]],
  ["丧假", ["丧假", "bereavementleave"]],
  ["调休", ["调休", "补休", "倒休", "timeoffinlieu"]],
];

const MEANING_OF: ReadonlyMap<string, Mark> = new Map(
  MEANINGS.flatMap(([mark, words]) => words.map((word): [string, Mark] => [word, mark])),
);

/** The Chinese meaning words, longest first: the order a legend line is searched in for them. */
const CHINESE_MEANINGS: readonly string[] = [...MEANING_OF.keys()]
  .filter((word) => /\p{Script=Han}/u.test(word))
  .sort((a, b) => b.length - a.length);

const OPENING = new Set([..."(（[【"]);
const CLOSING = new Set([...")）]】"]);

/**
 * A key without the bracketed note that ends it (`迟到（10分钟内）`, `出差(含培训)`): from the first opening bracket
 * after the last closing bracket before the end. One pass back over the text (a regular expression for it would
 * try every opening bracket of a long run of them).
 */
function withoutTrailingNote(key: string): string {
  if (!CLOSING.has(key.charAt(key.length - 1))) return key;
  let start = -1;
  for (let i = key.length - 2; i >= 0; i--) {
    const c = key.charAt(i);
    if (CLOSING.has(c)) break;
    if (OPENING.has(c)) start = i;
  }
  return start < 0 ? key : key.slice(0, start);
}

/**
 * The mark a legend's meaning names, or null for a word PropDesk cannot count; takes a status key (see
 * `statusKey`), a bracketed note after the word left out.
 * @example meaningOf("休假") === "rest"; meaningOf("迟到(10分钟内)") === "late"; meaningOf("值夜") === null
 */
export const meaningOf: (key: string) => Mark | null = memoize((key: string) => {
  const bare = withoutTrailingNote(key);
  return MEANING_OF.get(bare) ?? null;
});

/** A meaning word found in a text: where it starts, the word and its mark. */
export interface MeaningAt {
  start: number;
  word: string;
  mark: Mark;
}

/**
 * The Chinese meaning words in a status key, left to right, each the longest that starts where it is found
 * (`√出勤○事假` holds 出勤 at 1 and 事假 at 4; `休休息` holds 休息 at 1).
 * @example meaningsIn("√出勤○事假").map((m) => m.word) // ["出勤", "事假"]
 */
export function meaningsIn(key: string): MeaningAt[] {
  const found: MeaningAt[] = [];
  let i = 0;
  while (i < key.length) {
    const word = CHINESE_MEANINGS.find((w) => key.startsWith(w, i));
    if (word === undefined) {
      i++;
      continue;
    }
    found.push({ start: i, word, mark: MEANING_OF.get(word)! });
    i += word.length;
  }
  return found;
}
