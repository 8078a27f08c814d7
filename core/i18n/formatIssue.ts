import type { Issue } from "../issues";
import { isLabel, type Lang } from "./label";
import { messagesZhCN } from "./messages.zh-CN";
import { messagesZhTW } from "./messages.zh-TW";
import { messagesEn } from "./messages.en";

const MESSAGES = { "zh-CN": messagesZhCN, "zh-TW": messagesZhTW, en: messagesEn } as const;

/** The message of an issue in a language, its placeholders filled from the issue's params. */
export function formatIssue(issue: Issue, lang: Lang): string {
  const template = MESSAGES[lang][issue.code];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = issue.params?.[name];
    if (value === undefined) return whole;
    return isLabel(value) ? value[lang] : String(value);
  });
}

/** Where an issue sits, as people write it: `工程部!D12`, `工程部!12`, `工程部`, or empty. */
export function issueLocation(issue: Issue): string {
  if (issue.sheet === undefined) return "";
  if (issue.row === undefined) return issue.sheet;
  return `${issue.sheet}!${issue.column ?? ""}${issue.row}`;
}
