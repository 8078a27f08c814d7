import type { IssueCode, IssueParamsByCode } from "../issues";

/** The placeholders of a message template, a count's noun forms left out. @example Placeholders<"{a} and {b:day|days}"> is "a" | "b" */
type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer Rest}`
  ? (P extends `${infer Name}:${string}` ? Name : P) | Placeholders<Rest>
  : never;

/** Each message as written when its placeholders are params of its code; otherwise a type naming the mistake. */
type PlaceholderCheck<M extends Record<IssueCode, string>> = {
  [C in IssueCode]: [Placeholders<M[C]>] extends [keyof IssueParamsByCode[C]]
    ? M[C]
    : `"${Exclude<Placeholders<M[C]>, keyof IssueParamsByCode[C] & string>}" is not a param of ${C}`;
};

/**
 * One language's messages, checked where they are written: one per code, and no placeholder its code does not
 * take (a misspelt `{hedaer}` fails to compile).
 */
export function checkedMessages<const M extends Record<IssueCode, string>>(
  messages: M & PlaceholderCheck<M>,
): Record<IssueCode, string> {
  return messages;
}
