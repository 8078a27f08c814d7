import { memoize } from "./memo";
import { foldTraditional } from "./text";

/** What a verdict cell (验收结果, 是否合格, 审批) says: accepted, refused, or neither. */
export type Verdict = "accept" | "reject" | "unknown";

/** Words that refuse wherever they stand in the cell (after folding), unless a negation comes right before. */
const REFUSALS = [
  "不合格",
  "拒收",
  "拒绝",
  "退货",
  "退回",
  "不通过",
  "未通过",
  "不同意",
  "驳回",
  "否",
  "×",
  "✗",
  "✘",
  "✕",
  "✖",
];
/** Latin words that refuse when they stand as a word (`NG`, `no`, `rejected`). */
const LATIN_REFUSALS = new Set(["ng", "no", "reject", "rejected", "fail", "failed"]);
/** A refusal word right after one of these is negated (`无退货`, `没有退回`): it refuses nothing. */
const NEGATIONS = ["无", "未", "没", "没有", "不", "非"];
/** What the cell's first phrase may be to accept. */
const ACCEPTANCES = new Set([
  "合格",
  "验收合格",
  "已验收",
  "验收通过",
  "通过",
  "已通过",
  "同意",
  "是",
  "√",
  "✓",
  "✔",
  "☑",
  "✅",
  "ok",
  "y",
  "yes",
  "accept",
  "accepted",
  "pass",
  "passed",
]);
/** Traditional forms of verdict words that the shared folding table does not hold. */
const EXTRA_FOLD: Readonly<Record<string, string>> = { 駁: "驳", 絕: "绝" };

const WHITE_SPACE = /\s+/gu;
const LATIN_WORD = /[a-z]+/gu;
/** Where the first phrase of a cell ends: a bracket or a punctuation mark (after NFKC). */
const PHRASE_END = /[([{<【〔〖《,;:.。、!?/\\|-]/u;

/**
 * A verdict cell read as free text, after NFKC, case, white space and Traditional folding (`驗收合格`, `退貨`,
 * `不通過` read as their Simplified forms):
 *
 * - **reject** when the cell *contains* a refusal: 不合格, 拒收, 拒绝, 退货, 退回, 不通过, 未通过, 不同意, 驳回, 否, ×, ✗, ✘, ✕,
 *   ✖, or the word NG, no, reject(ed), fail(ed), or is just `x`; notes around it do not matter
 *   (`不合格（破损，退货）`). A refusal right after a negation (无, 未, 没, 没有, 不, 非) refuses nothing:
 *   `合格，无退货` accepts.
 * - **accept** when the cell's first phrase (up to a bracket or punctuation mark, or its first word when it has
 *   spaces) is 合格, 验收合格, 已验收, 验收通过, 通过, 已通过, 同意, 是, √, ✓, ✔, ☑, ✅, OK, Y, yes, accept(ed),
 *   pass(ed): `合格（已入库）`, `验收合格 张三`.
 * - **unknown** otherwise (`待验收`, `未验收`, `部分合格`, an empty text).
 *
 * **A refusal wins** over an acceptance in the same cell: `合格（部分退货）` is reject. The product spec has
 * anything containing a refusal word refuse, and a delivery partly sent back did not enter stock as its row
 * says; the accepted part belongs on a row of its own.
 * @example readVerdict("不合格（破损，退货）") === "reject"
 */
export const readVerdict: (text: string) => Verdict = memoize(verdictOf);

function verdictOf(text: string): Verdict {
  let folded = "";
  for (const ch of foldTraditional(text.normalize("NFKC").toLowerCase())) folded += EXTRA_FOLD[ch] ?? ch;
  const compact = folded.replace(WHITE_SPACE, "");
  if (compact === "") return "unknown";
  if (refuses(compact, folded)) return "reject";
  const firstWord = folded.trim().split(WHITE_SPACE)[0] ?? "";
  return ACCEPTANCES.has(firstPhrase(compact)) || ACCEPTANCES.has(firstPhrase(firstWord))
    ? "accept"
    : "unknown";
}

function refuses(compact: string, folded: string): boolean {
  if (compact === "x") return true;
  for (const word of REFUSALS) {
    for (let at = compact.indexOf(word); at >= 0; at = compact.indexOf(word, at + 1)) {
      const before = compact.slice(0, at);
      if (!NEGATIONS.some((n) => before.endsWith(n))) return true;
    }
  }
  for (const [word] of folded.matchAll(LATIN_WORD)) if (LATIN_REFUSALS.has(word)) return true;
  return false;
}

function firstPhrase(text: string): string {
  const end = PHRASE_END.exec(text);
  return end === null ? text : text.slice(0, end.index);
}
