import { memoize } from "../values/memo";
import { foldTraditional } from "../values/text";

/** The word that voids a receipt wherever it stands in a cell (作废, 已作废, 作废票, 作廢), unless negated. */
const VOIDED = "作废";
/** A {@link VOIDED} right after one of these voids nothing: 未作废, 不作废, 非作废, 无需作废. */
const NEGATIONS = ["未", "不", "非", "无", "没", "没有", "勿", "无需", "不用"];
/** Phrases that void a receipt when they are a whole phrase of the cell (`废`, `（废票）`), never inside a word (`废品`). */
const SHORT_MARKS = new Set(["废", "废票", "已废", "废单"]);
/** Latin words that void a receipt (`VOID`, `Voided`). */
const LATIN_MARKS = new Set(["void", "voided"]);

const WHITE_SPACE = /\s+/gu;
const LATIN_WORD = /[a-z]+/gu;
/** What separates the phrases of a cell: brackets and punctuation (after NFKC). */
const PHRASE_BREAK = /[()[\]{}<>【】〔〕〖〗《》,;:.。、!?/\\|\-_~*#]+/u;
/** A text without one of these characters holds no mark (the common cell is answered without folding it). */
const MAY_HOLD_MARK = /[作废廢vVｖＶ]/u;
/** A mark with the brackets around it, as typed after a receipt number: `NO.0012347（作废）`, `0012347 作废票`. */
const MARK_IN_NUMBER =
  /(?:[([【〔]\s*|(?<!\s)\s+)?(?:已?作[废廢]票?|已?[废廢][票单]?|voided|void)\s*[)\]】〕]?/giu;

/**
 * True when a cell's text marks a receipt as voided, after NFKC, case, white space and Traditional folding:
 * it contains 作废 (so 已作废, 作废票, `作廢`) not right after a negation (未作废, 不作废 are not), or one of its
 * phrases (split at brackets and punctuation) is 废, 废票, 已废 or 废单 (Traditional 廢), or it holds the word
 * VOID or VOIDED. `废品回收费` is no mark.
 * @example hasVoidMark("已作废（金额写错）") === true
 */
export function hasVoidMark(text: string): boolean {
  return MAY_HOLD_MARK.test(text) && markedText(text);
}

const markedText = memoize((text: string): boolean => {
  const folded = foldTraditional(text.normalize("NFKC").toLowerCase());
  const compact = folded.replace(WHITE_SPACE, "");
  for (let at = compact.indexOf(VOIDED); at >= 0; at = compact.indexOf(VOIDED, at + 1)) {
    const before = compact.slice(0, at);
    if (!NEGATIONS.some((n) => before.endsWith(n))) return true;
  }
  if (compact.split(PHRASE_BREAK).some((phrase) => SHORT_MARKS.has(phrase))) return true;
  for (const [word] of folded.matchAll(LATIN_WORD)) if (LATIN_MARKS.has(word)) return true;
  return false;
});

/**
 * A receipt number typed with its void mark (`NO.0012347（作废）`, `0012347作废`) without the mark and the brackets
 * around it, trimmed; other text as it is. The number then takes its place in the sequence like any other.
 * @example receiptWithoutMark("NO.0012347（作废）") === "NO.0012347"
 */
export function receiptWithoutMark(text: string): string {
  if (!hasVoidMark(text)) return text;
  return text.normalize("NFKC").replace(MARK_IN_NUMBER, "").trim();
}
