import { label, type Issue, type Lang, type Severity } from "../../core/light";
import { formatIssue, issueLocation } from "../../core/runtime";
import { paneText } from "../i18n/paneText";
import { issueTarget, type IssueTarget } from "./issueTarget";

/** One issue as a line of the pane: where, what, and where a click goes. */
export interface IssueItem {
  code: Issue["code"];
  location: string;
  message: string;
  target: IssueTarget | null;
}

/** The issues of one severity: a heading with the count, what the severity means, the first items, and what was left out. */
export interface IssueGroup {
  severity: Severity;
  heading: string;
  hint: string;
  items: IssueItem[];
  /** Says how many more there are (and where to read them), or null when all are listed. */
  more: string | null;
}

/** The info group's heading and hint (what the reader supplied: nothing to fix). */
const INFO_TEXT = {
  heading: label("提示（{count}）", "提示（{count}）", "Info ({count})"),
  hint: label(
    "读取时补充的内容，供核对",
    "讀取時補充的內容，供核對",
    "What the reader filled in, for checking",
  ),
};

/** How many issues of a severity the pane lists; the issues sheet has them all. */
export const ISSUES_LISTED = 100;

/** A run's issues for the pane: errors, then warnings, then info, each in the job's order and cut at `limit`, pointing to `issuesSheet` for the rest. */
export function groupIssues(
  issues: readonly Issue[],
  lang: Lang,
  issuesSheet: string | null = null,
  limit = ISSUES_LISTED,
): IssueGroup[] {
  const groups: IssueGroup[] = [];
  for (const severity of ["error", "warning", "info"] as const) {
    const all = issues.filter((i) => i.severity === severity);
    if (all.length === 0) continue;
    const hidden = Math.max(0, all.length - limit);
    groups.push({
      severity,
      heading:
        severity === "info"
          ? INFO_TEXT.heading[lang].replace("{count}", String(all.length))
          : paneText(lang, severity === "error" ? "errorsHeading" : "warningsHeading", {
              count: all.length,
            }),
      hint:
        severity === "info"
          ? INFO_TEXT.hint[lang]
          : paneText(lang, severity === "error" ? "errorsHint" : "warningsHint"),
      items: all.slice(0, limit).map((i) => issueItem(i, lang)),
      more:
        hidden === 0
          ? null
          : issuesSheet === null
            ? paneText(lang, "issuesMore", { count: hidden })
            : paneText(lang, "issuesMoreOnSheet", { count: hidden, sheet: issuesSheet }),
    });
  }
  return groups;
}

function issueItem(issue: Issue, lang: Lang): IssueItem {
  return {
    code: issue.code,
    location: issueLocation(issue),
    message: formatIssue(issue, lang),
    target: issueTarget(issue),
  };
}
