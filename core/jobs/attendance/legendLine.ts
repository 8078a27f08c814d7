import { memoize } from "../../values/memo";
import { statusKey, type Mark } from "./marks";
import { meaningOf, meaningsIn } from "./meanings";

/** One non-empty cell of a row read as a legend line: its text (null for a number or other non-text value) and place. */
export interface LegendCell {
  text: string | null;
  row: number;
  column: string;
}

/** A symbol and the meaning a legend gives it; `mark` is null for a meaning PropDesk cannot count (`◎值班`). */
export interface LegendPair {
  /** The symbol as written (NFKC, trimmed). */
  symbol: string;
  /** The symbol's status key: what a day cell is matched on. */
  key: string;
  /** The meaning as written. */
  meaning: string;
  mark: Mark | null;
  /** The cell holding the symbol. */
  cell: LegendCell;
}

/** What one row says when read as a legend line. */
export interface LegendLine {
  /** The symbols with their meanings, in the order written. */
  pairs: LegendPair[];
  /** The row opens with a legend label (`说明：`, `符号说明：`, `注：`, `图例：`). */
  labelled: boolean;
  /** Texts and values that are neither part of a pair nor a label or heading word. */
  loose: number;
  /** The row holds only heading words (`符号 | 含义`, `考勤符号说明`). */
  heading: boolean;
}

/** Words a legend's label or its block's heading is made of. */
const HEADING_WORDS = new Set([
  "说明",
  "符号",
  "符号说明",
  "考勤符号",
  "考勤符号说明",
  "考勤说明",
  "考勤标识",
  "考勤标记",
  "标识",
  "标记",
  "代号",
  "图例",
  "含义",
  "意义",
  "代表",
  "表示",
  "备注",
  "注",
  "注意",
  "legend",
  "key",
  "symbol",
  "meaning",
]);

/** A label before a colon that announces a legend (`说明：`, `考勤符号说明如下：`, `注：`, `Legend:`): short… */
const LABEL = /^[^:]{0,12}$/u;
/** …and holding one of these words (as a status key). */
const LABEL_WORD = /说明|符号|标识|标记|代号|图例|备注|注|legend|key|note/u;

/**
 * A bracketed note inside a legend (`迟到(10分钟内)`, `出差（含外勤）`), which says nothing about the symbol: no bracket
 * inside, a Chinese character or digit somewhere (looked ahead for, so a long run is scanned once).
 */
const NOTE = /\((?=[^()]*?[\p{Script=Han}\p{N}])[^()]*\)/gu;

/** Where one token ends and the next begins: white space and list punctuation. */
const SEPARATORS = /[\s,、;。|]+/u;

/** Characters that join a symbol to its meaning (`√=出勤`, `出勤：√`, `√—出勤`). */
const JOINERS = /^[=:→\-—~]+|(?<![=:→\-—~])[=:→\-—~]+$/gu;

/** Words that join a symbol to its meaning (`√表示出勤`, `○代表事假`, `△为出差`). */
const WORD_JOINERS = /表示|代表|为/gu;

/** Chinese words that may be a meaning PropDesk does not know (`值夜`), when they follow a symbol. */
const WORDS = /^\p{Script=Han}{2,8}$/u;

/** A symbol and an unknown meaning written together: symbol first (`◎值班`) or meaning first (`值班◎`). */
const SYMBOL_THEN_TEXT = /^([^\p{Script=Han}\p{L}\p{N}=]{1,3})=?(\p{Script=Han}{2,8})$/u;
const TEXT_THEN_SYMBOL = /^(\p{Script=Han}{2,8})=?([^\p{Script=Han}\p{L}\p{N}=]{1,3})$/u;

/**
 * True when a text can be a legend's symbol: one to four characters, no digit, at most one Chinese character
 * (a name such as 李敏 never is), and neither a meaning nor a heading word.
 * @example isSymbol("√") && isSymbol("SJ") && isSymbol("休") && !isSymbol("E01") && !isSymbol("李敏")
 */
export function isSymbol(text: string): boolean {
  const chars = [...text];
  if (chars.length === 0 || chars.length > 4 || /\p{Nd}/u.test(text)) return false;
  if (chars.filter((c) => /\p{Script=Han}/u.test(c)).length > 1) return false;
  const key = statusKey(text);
  return !HEADING_WORDS.has(key) && meaningOf(key) === null && !/^[=:→\-—~()]+$/u.test(key);
}

/** One token of a legend cell. */
type Token =
  | { kind: "pair"; symbol: string; meaning: string; mark: Mark | null }
  | { kind: "symbol"; symbol: string }
  | { kind: "meaning"; meaning: string; mark: Mark }
  | { kind: "heading" }
  | { kind: "words"; words: string }
  | { kind: "loose" };

/** A cell's text as a label flag and its tokens. */
interface CellTokens {
  labelled: boolean;
  tokens: Token[];
}

/**
 * Reads a row's non-empty cells as a legend line: `√出勤 ○事假 休 休息` (symbol first, glued or apart),
 * `出勤：√ 事假：○` (meaning first), `√=出勤`, `△表示迟到`, full-width spaces and colons, one pair per cell
 * (`√ | 出勤`) or several, a `说明：` label before them. A symbol left without a meaning pairs with a
 * meaning in the next token or cell, and the other way round.
 * @example readLegendLine([{ text: "说明：√出勤 ○事假", row: 9, column: "A" }]).pairs.map((p) => p.symbol) // ["√", "○"]
 */
export function readLegendLine(cells: readonly LegendCell[]): LegendLine {
  const pairs: LegendPair[] = [];
  let labelled = false;
  let loose = 0;
  let headingWords = 0;
  let pending:
    | { kind: "symbol"; symbol: string; cell: LegendCell }
    | { kind: "meaning"; meaning: string; mark: Mark }
    | null = null;
  const drop = () => {
    if (pending !== null) loose++;
    pending = null;
  };
  for (const cell of cells) {
    if (cell.text === null) {
      drop();
      loose++;
      continue;
    }
    const read = cellTokens(cell.text);
    labelled ||= read.labelled;
    for (const token of read.tokens) {
      if (token.kind === "heading") headingWords++;
      else if (token.kind === "words" && pending?.kind === "symbol") {
        pairs.push(pairOf(pending.symbol, token.words, null, pending.cell));
        pending = null;
      } else if (token.kind === "loose" || token.kind === "words") {
        drop();
        loose++;
      } else if (token.kind === "pair") {
        drop();
        pairs.push(pairOf(token.symbol, token.meaning, token.mark, cell));
      } else if (token.kind === "symbol") {
        if (pending?.kind === "meaning") {
          pairs.push(pairOf(token.symbol, pending.meaning, pending.mark, cell));
          pending = null;
        } else {
          drop();
          pending = { kind: "symbol", symbol: token.symbol, cell };
        }
      } else if (pending?.kind === "symbol") {
        pairs.push(pairOf(pending.symbol, token.meaning, token.mark, pending.cell));
        pending = null;
      } else {
        drop();
        pending = { kind: "meaning", meaning: token.meaning, mark: token.mark };
      }
    }
  }
  drop();
  return {
    pairs,
    labelled,
    loose,
    heading: pairs.length === 0 && loose === 0 && (headingWords > 0 || labelled),
  };
}

/**
 * True when a cell's text could be part of a legend line (it holds a meaning, a symbol-meaning pair or a legend
 * label): a row without such a cell is no legend line, whatever else it holds.
 * @example mayBeLegend("√出勤") && !mayBeLegend("√") && !mayBeLegend("李敏")
 */
export function mayBeLegend(text: string): boolean {
  const read = cellTokens(text);
  return read.labelled || read.tokens.some((t) => t.kind === "pair" || t.kind === "meaning");
}

function pairOf(symbol: string, meaning: string, mark: Mark | null, cell: LegendCell): LegendPair {
  return { symbol, key: statusKey(symbol), meaning, mark, cell };
}

const cellTokens: (text: string) => CellTokens = memoize((text: string): CellTokens => {
  let rest = text.normalize("NFKC").trim();
  let labelled = false;
  const colon = rest.indexOf(":");
  const label = colon < 0 ? "" : statusKey(rest.slice(0, colon));
  if (colon >= 0 && LABEL.test(label) && LABEL_WORD.test(label) && meaningOf(label) === null) {
    labelled = true;
    rest = rest.slice(colon + 1);
  }
  const tokens = rest
    .replace(NOTE, " ")
    .replace(WORD_JOINERS, "=")
    .split(SEPARATORS)
    .filter((t) => t !== "")
    .flatMap(tokensOf);
  return { labelled, tokens };
});

/** The tokens of one piece of text between separators. */
function tokensOf(text: string): Token[] {
  const key = statusKey(text);
  if (key.replace(JOINERS, "") === "") return [];
  if (HEADING_WORDS.has(key)) return [{ kind: "heading" }];
  const whole = meaningOf(key);
  if (whole !== null) return [{ kind: "meaning", meaning: text, mark: whole }];
  const found = meaningsIn(key);
  // Cut in the token's own characters where the key lines up with them (it does unless NFKC changed a length).
  const source = key.length === text.length ? text : key;
  const piece = (from: number, to?: number) => source.slice(from, to).replace(JOINERS, "");
  if (found.length === 0) {
    const bare = piece(0);
    if (isSymbol(bare)) return [{ kind: "symbol", symbol: bare }];
    const unknown = SYMBOL_THEN_TEXT.exec(bare) ?? null;
    if (unknown !== null) return [{ kind: "pair", symbol: unknown[1]!, meaning: unknown[2]!, mark: null }];
    const reversed = TEXT_THEN_SYMBOL.exec(bare);
    if (reversed !== null) return [{ kind: "pair", symbol: reversed[2]!, meaning: reversed[1]!, mark: null }];
    return [WORDS.test(bare) ? { kind: "words", words: bare } : { kind: "loose" }];
  }
  const tokens: Token[] = [];
  const chunk = (from: number, to?: number): Token | null => {
    const bare = stripHeading(piece(from, to));
    if (bare === "") return null;
    return isSymbol(bare) ? { kind: "symbol", symbol: bare } : { kind: "loose" };
  };
  found.forEach((m, i) => {
    const before = chunk(i === 0 ? 0 : found[i - 1]!.start + found[i - 1]!.word.length, m.start);
    if (before !== null) tokens.push(before);
    tokens.push({ kind: "meaning", meaning: source.slice(m.start, m.start + m.word.length), mark: m.mark });
  });
  const last = found.at(-1)!;
  const after = chunk(last.start + last.word.length);
  if (after !== null) tokens.push(after);
  return orderPairs(tokens, found.length > 0 && stripHeading(piece(0, found[0]!.start)) === "");
}

/** A chunk with a heading word in front of its symbol (`说明√`) left as the symbol. */
function stripHeading(chunk: string): string {
  for (const word of ["考勤符号说明", "符号说明", "考勤符号", "说明", "图例", "符号"]) {
    if (chunk.startsWith(word) && chunk.length > word.length) return chunk.slice(word.length);
  }
  return chunk;
}

/**
 * The tokens of one glued piece paired in the order it is written: symbol first (`√出勤○事假`) unless it opens
 * with a meaning (`出勤√事假○`). A symbol or meaning left over stays single, to pair with the next token.
 */
function orderPairs(tokens: Token[], meaningFirst: boolean): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const a = tokens[i]!;
    const b = tokens[i + 1];
    if (!meaningFirst && a.kind === "symbol" && b?.kind === "meaning") {
      out.push({ kind: "pair", symbol: a.symbol, meaning: b.meaning, mark: b.mark });
      i++;
    } else if (meaningFirst && a.kind === "meaning" && b?.kind === "symbol") {
      out.push({ kind: "pair", symbol: b.symbol, meaning: a.meaning, mark: a.mark });
      i++;
    } else out.push(a);
  }
  return out;
}
