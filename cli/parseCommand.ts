import { parseArgs } from "node:util";
import type { Lang } from "../core/light";
import { UserError } from "./userError";
import { nearestName } from "./nearestName";
import { CLI_TEXT, HELP_TEXT, say } from "./texts";

/** A command's options as `parseArgs` takes them. */
export type CommandOptions = Record<
  string,
  { type: "string" | "boolean"; short?: string; default?: string | boolean }
>;

/** How many arguments that are not options a command takes. */
export type PositionalCount = "none" | "one" | "many";

/**
 * Parses a command line against a command's options. A mistake is a {@link UserError} in the reader's language,
 * never Node's own English: an unknown option names the nearest valid one, an option missing its value or given
 * one it does not take is named, and an argument beyond what the command takes is named.
 */
export function parseCommand(
  args: string[],
  options: CommandOptions,
  command: { name: string; lang: Lang; positionals: PositionalCount },
): { values: Record<string, string | boolean | undefined>; positionals: string[] } {
  const { lang } = command;
  const loose = parseArgs({ args, options, allowPositionals: true, strict: false, tokens: true });
  const names = Object.keys(options);
  for (const token of loose.tokens) {
    if (token.kind !== "option") continue;
    const option = options[token.name];
    if (option === undefined) {
      const nearest = nearestName(token.name, names);
      throw new UserError(
        say(CLI_TEXT.unknownOption, lang, {
          command: command.name,
          option: token.rawName,
          nearest: nearest === undefined ? "" : `--${nearest}`,
          options: names.map((n) => `--${n}`).join(HELP_TEXT.listSeparator[lang]),
        }),
      );
    }
    if (option.type === "string" && token.value === undefined)
      throw new UserError(say(CLI_TEXT.optionNeedsValue, lang, { option: token.rawName }));
    if (option.type === "boolean" && token.value !== undefined)
      throw new UserError(
        say(CLI_TEXT.optionTakesNoValue, lang, { option: token.rawName, value: token.value }),
      );
  }
  const allowed = command.positionals === "none" ? 0 : command.positionals === "one" ? 1 : Infinity;
  const extra = loose.positionals[allowed];
  if (extra !== undefined)
    throw new UserError(
      say(allowed === 0 ? CLI_TEXT.unexpectedArgument : CLI_TEXT.secondWorkbook, lang, {
        command: command.name,
        argument: extra,
      }),
    );
  const parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
  return {
    values: parsed.values as Record<string, string | boolean | undefined>,
    positionals: parsed.positionals,
  };
}
