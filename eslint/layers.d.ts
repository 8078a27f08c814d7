import type { ESLint, Rule } from "eslint";

/** ESLint rule `propdesk/layers`: the core's layers and the wall between jobs. */
export declare const layersRule: Rule.RuleModule;
/** The local plugin holding the rule. */
export declare const propdeskPlugin: ESLint.Plugin;
