import type { Issue } from "../issues";
import { isLabel, type Lang } from "./label";
import { fillText } from "./plural";
import { messagesZhCN } from "./messages.zh-CN";
import { messagesZhTW } from "./messages.zh-TW";
import { messagesEn } from "./messages.en";

const MESSAGES = { "zh-CN": messagesZhCN, "zh-TW": messagesZhTW, en: messagesEn } as const;

/** The message of an issue in a language, its placeholders filled from the issue's params (`{count:row|rows}` in number). */
export function formatIssue(issue: Issue, lang: Lang): string {
  const template = MESSAGES[lang][issue.code];
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(issue.params ?? {}))
    params[name] = isLabel(value) ? value[lang] : (value as string | number);
  return fillText(template, params);
}

/** Where an issue sits, as people write it: `工程部!D12`, `工程部!12`, `工程部`, or empty. */
export function issueLocation(issue: Issue): string {
  if (issue.sheet === undefined) return "";
  if (issue.row === undefined) return issue.sheet;
  return `${issue.sheet}!${issue.column ?? ""}${issue.row}`;
}
