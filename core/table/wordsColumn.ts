import type { ColumnSpec } from "./declaration";
import type { CellValue } from "./sheetData";
import type { CheckedLimit } from "./valueLimits";
import { issue, type Issue, type IssueLocation } from "../issues";
import { label } from "../i18n/label";
import { memoize } from "../values/memo";
import { normalizeHeader } from "../values/text";
import { fenText, type Fen } from "../values/money";
import { parseAmountWords } from "../values/amountWords";
import { isBlankCell } from "./rowKinds";

/**
 * The words (大写) column of a money column that declares them ({@link ColumnSpec.words}), as the header
 * matcher and the table reader see it: a column of its own (key `<money key>.words`), never in a row's values.
 */
export interface WordsColumn extends ColumnSpec<string, "text"> {
  /** The money column whose amount the words write. */
  readonly wordsOf: ColumnSpec;
}

/** True for the words column of a money column. */
export function isWordsColumn(column: ColumnSpec): column is WordsColumn {
  return (column as Partial<WordsColumn>).wordsOf !== undefined;
}

const HAN = /\p{Script=Han}/u;

/** The money column's Chinese names (synonyms and labels), each of which 大写 / 小写 may qualify. */
function chineseNames(column: ColumnSpec): string[] {
  const names = [...column.synonyms, column.label["zh-CN"], column.label["zh-TW"]];
  return [...new Set(names.filter((n) => HAN.test(n)))];
}

const companions = new WeakMap<ColumnSpec, WordsColumn | null>();

/**
 * The words column of a money column, or null when it declares none (made once per declared column). It is named
 * by the words' synonyms and by each of the money column's Chinese names with 大写 after or before it.
 */
export function wordsColumnOf(column: ColumnSpec): WordsColumn | null {
  let found = companions.get(column);
  if (found === undefined) {
    const words = column.type === "money" ? column.words : undefined;
    found =
      words === undefined
        ? null
        : {
            key: `${column.key}.words`,
            label: label(
              `${column.label["zh-CN"]}大写`,
              `${column.label["zh-TW"]}大寫`,
              `${column.label.en} in words`,
            ),
            synonyms: [
              ...words.synonyms,
              ...chineseNames(column).flatMap((name) => [`${name}大写`, `大写${name}`]),
            ],
            type: "text",
            wordsOf: column,
          };
    companions.set(column, found);
  }
  return found;
}

/** The names a money column with words also answers to: each of its Chinese names with 小写 after or before it. */
export function figuresNamesOf(column: ColumnSpec): string[] {
  if (wordsColumnOf(column) === null) return [];
  return chineseNames(column).flatMap((name) => [`${name}小写`, `小写${name}`]);
}

/** 大写 or 小写 in brackets (`金额（大写）`), before normalisation (which drops a bracketed tag). */
const BRACKETED_CASE = /[(（[［【〔]\s*([大小])\s*[写寫]\s*[)）\]］】〕]/u;
/** The same after normalisation (brackets NFKC-folded), in a header band's joined names (`借款金额(大写)`). */
const NORMALIZED_CASE = /[([【〔]([大小]写)[)\]】〕]/u;

/** A header marked 大写 or 小写 in brackets: the name it is matched on, and whether it names words. */
export interface CaseMarked {
  /** The header normalised with the bracket's text kept (`金额（大写）` gives `金额大写`). */
  name: string;
  /** The mark is 大写: the header names words, never figures. */
  words: boolean;
}

/**
 * The header's name with a bracketed 大写 / 小写 kept as part of it (`金额（大写）` is `金额大写`, `人民币(大写)`
 * `人民币大写`), or null when it has no such bracket: normalisation would drop the bracket and read the words'
 * header as the figures' (`金额`).
 */
export const caseMarked: (text: string) => CaseMarked | null = memoize((text: string) => {
  const found = BRACKETED_CASE.exec(text);
  if (found === null) return null;
  const name = normalizeHeader(text.replace(BRACKETED_CASE, `${found[1] ?? ""}写`));
  return { name, words: found[1] === "大" };
}, 2_000);

/** A normalised header (a band's joined name) with a bracketed 大写 / 小写 kept: `借款金额(大写)` gives `借款金额大写`. */
export function unbracketedCase(normalized: string): string | null {
  return NORMALIZED_CASE.test(normalized) ? normalized.replace(NORMALIZED_CASE, "$1") : null;
}

/** A bound words column as {@link readWordsCell} needs it. */
export interface BoundWords {
  /** The words column's header as written (`借款金额 大写`). */
  readonly header: string;
  readonly index: number;
  readonly letter: string;
  /** The money column's limit, checked on an amount read from the words. */
  readonly limit: CheckedLimit | null;
  readonly amount: {
    /** The money column's key: where the amount goes in a row's values. */
    readonly key: string;
    /** Its value is required. */
    readonly required: boolean;
    /** Its figures' column, when the sheet has one. */
    readonly figures: { readonly header: string; readonly index: number; readonly letter: string } | null;
  };
}

/**
 * Reads a row's words cell beside its figures (already read into `values`), pushing its issues; true when the row
 * is left out. Words only: the amount is read from them (`not_amount_in_words` when they are none; the money
 * column's limit checked). Figures and words: the figures stay the amount and the words must say the same, else
 * `amount_words_mismatch` at the words cell naming both cells; words that are no amount beside figures are
 * `not_amount_in_words` too, not passed over: a slip whose words cannot be read must be corrected as much as one
 * whose words disagree. Each is an error leaving the row out when the amount is required; else a warning, and
 * the amount counts as empty after a disagreement (which of the two is right is unknown) while words that are
 * no amount count as empty themselves (the figures stay). Figures that could not be read were reported at their
 * cell; the words are then not compared. Neither figures nor words: `value_required` when required.
 */
export function readWordsCell(
  column: BoundWords,
  cells: readonly CellValue[],
  values: Record<string, unknown>,
  at: { sheet: string; row: number },
  issues: Issue[],
): boolean {
  const { amount } = column;
  const where: IssueLocation = { sheet: at.sheet, row: at.row, column: column.letter };
  const severity = amount.required ? "error" : "warning";
  const figures = amount.figures;
  const figuresBlank = figures === null || isBlankCell(cells[figures.index] ?? null);
  const parsed = parseAmountWords(cells[column.index] ?? null);
  if (!parsed.ok) {
    issues.push(
      issue(parsed.problem.code, severity, where, {
        ...(parsed.problem.params as { value: string }),
        field: amount.key,
        header: column.header,
      }),
    );
    return amount.required;
  }
  const words = parsed.value;
  if (words === null) {
    if (!figuresBlank || !amount.required) return false;
    const cell = figures ?? column;
    issues.push(
      issue(
        "value_required",
        "error",
        { ...where, column: cell.letter },
        { field: amount.key, header: cell.header },
      ),
    );
    return true;
  }
  if (!figuresBlank) {
    const typed = values[amount.key] as Fen | null;
    if (typed === null || typed === words) return false;
    issues.push(
      issue("amount_words_mismatch", severity, where, {
        field: amount.key,
        header: column.header,
        value: String(cells[column.index]).trim(),
        words: fenText(words),
        figures: fenText(typed),
        wordsCell: `${column.letter}${at.row}`,
        figuresCell: `${figures!.letter}${at.row}`,
      }),
    );
    if (!amount.required) values[amount.key] = null;
    return amount.required;
  }
  const broken = column.limit?.broken(words) ?? null;
  if (broken !== null && column.limit !== null) {
    issues.push(column.limit.issue(broken, words, where, column.header));
    values[amount.key] = column.limit.reject ? words : null;
    return column.limit.reject;
  }
  values[amount.key] = words;
  return false;
}
