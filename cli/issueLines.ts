import { formatIssue, issueLocation } from "../core/i18n/formatIssue";
import { COLON, type Issue, type Lang } from "../core/light";
import { CLI_TEXT, say } from "./texts";

/** How many issues a summary names before it points to the issues sheet. */
export const ISSUES_NAMED = 5;

/**
 * What a run found, for a person: the count of errors and warnings, then the first few of them by the cell they
 * name and what is wrong there (`  办公室!F7：「数量」应为数字，这里是“两箱”`), errors first, then how many more
 * the issues sheet lists. Never an issue's code.
 */
export function issueLines(issues: readonly Issue[], lang: Lang, named = ISSUES_NAMED): string[] {
  const errors = issues.filter((i) => i.severity === "error");
  const warnings = issues.filter((i) => i.severity === "warning");
  const shown = [...errors, ...warnings];
  const lines = [say(CLI_TEXT.issuesLine, lang, { errors: errors.length, warnings: warnings.length })];
  for (const issue of shown.slice(0, named)) {
    const where = issueLocation(issue);
    const message = formatIssue(issue, lang);
    lines.push(`  ${where === "" ? message : `${where}${COLON[lang]}${message}`}`);
  }
  if (shown.length > named) lines.push(say(CLI_TEXT.moreIssues, lang, { count: shown.length - named }));
  return lines;
}
