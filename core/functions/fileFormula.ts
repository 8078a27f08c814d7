import { FUNCTION_NAMESPACE, WORKSHEET_FUNCTIONS } from "./declarations";

/*
 * Excel saves a call of an add-in's JavaScript function under a prefix of its own, `_xldudf_`, with the namespace and
 * name joined by `_` (`=PROPDESK.WORKDAY(A2,5)` is `_xldudf_PROPDESK_WORKDAY(A2,5)` in the file), and shows it as
 * `PROPDESK.WORKDAY` again once the add-in is loaded. These two translate between the forms, outside string
 * literals and quoted sheet names, for PropDesk's own functions only.
 */

const IDS = WORKSHEET_FUNCTIONS.map((f) => f.id).join("|");
const SHOWN = new RegExp(String.raw`(?<![\p{L}\p{N}_.])${FUNCTION_NAMESPACE}\.(${IDS})(?=\s*\()`, "giu");
const SAVED = new RegExp(
  String.raw`(?<![\p{L}\p{N}_.])_xldudf_${FUNCTION_NAMESPACE}_(${IDS})(?=\s*\()`,
  "giu",
);
/** A string literal or a quoted sheet name (quotes doubled inside), or a run of anything else. */
const PIECES = /"(?:[^"]|"")*"?|'(?:[^']|'')*'?|[^"']+/gu;

/** A formula as Excel saves it in a file. @example savedFormula("PROPDESK.WORKDAY(A2,5)") === "_xldudf_PROPDESK_WORKDAY(A2,5)" */
export function savedFormula(formula: string): string {
  return outsideQuotes(formula, SHOWN, (id) => `_xldudf_${FUNCTION_NAMESPACE}_${id.toUpperCase()}`);
}

/** A formula read from a file as Excel shows it with the add-in loaded. @example shownFormula("_xldudf_PROPDESK_WORKDAY(A2,5)") === "PROPDESK.WORKDAY(A2,5)" */
export function shownFormula(formula: string): string {
  return outsideQuotes(formula, SAVED, (id) => `${FUNCTION_NAMESPACE}.${id.toUpperCase()}`);
}

/** True when a formula (either form) calls one of PropDesk's functions. @example callsAddinFunction("=SUM(A1:A3)") === false */
export function callsAddinFunction(formula: string): boolean {
  return shownFormula(formula) !== formula || savedFormula(formula) !== formula;
}

function outsideQuotes(formula: string, pattern: RegExp, name: (id: string) => string): string {
  return formula.replace(PIECES, (piece) =>
    piece.startsWith('"') || piece.startsWith("'")
      ? piece
      : piece.replace(pattern, (_match, id: string) => name(id)),
  );
}
