import type { Issue } from "../issues";
import type { Lang } from "../i18n/label";
import { formatIssue } from "../i18n/formatIssue";

/** An issue as the `--json` report gives it: code, severity, location and the message in the chosen language. */
export interface ReportedIssue {
  code: string;
  severity: "error" | "warning";
  sheet?: string;
  row?: number;
  column?: string;
  message: string;
}

/** An issue with its message, for the JSON report. */
export function reportIssue(issue: Issue, lang: Lang): ReportedIssue {
  const out: ReportedIssue = {
    code: issue.code,
    severity: issue.severity,
    message: formatIssue(issue, lang),
  };
  if (issue.sheet !== undefined) out.sheet = issue.sheet;
  if (issue.row !== undefined) out.row = issue.row;
  if (issue.column !== undefined) out.column = issue.column;
  return out;
}

/** A job's report with its issues appended, as the CLI's `--json` prints it and other tools read it. */
export function reportWithIssues<R extends object>(
  report: R,
  issues: readonly Issue[],
  lang: Lang,
): R & { issues: ReportedIssue[] } {
  return { ...report, issues: issues.map((i) => reportIssue(i, lang)) };
}
