import { WORKSHEET_FUNCTIONS, type FunctionDeclaration } from "../../core/functions/declarations";
import type { Lang } from "../../core/light";

/** One function in Excel's custom-functions metadata (`functions.json`). */
export interface CustomFunctionMetadata {
  id: string;
  name: string;
  description: string;
  parameters: {
    name: string;
    description: string;
    type: string;
    dimensionality: "scalar";
    optional?: true;
  }[];
  result: { type: string; dimensionality: "scalar" };
}

/** Excel's custom-functions metadata file. */
export interface CustomFunctionsMetadata {
  $schema: string;
  functions: CustomFunctionMetadata[];
}

/** The JSON schema Microsoft publishes for the metadata (named in the file, as Microsoft's samples do). */
export const METADATA_SCHEMA =
  "https://developer.microsoft.com/json-schemas/office-js/custom-functions.schema.json";

/**
 * The metadata of PropDesk's worksheet functions in one language, from their declaration table: ids as declared,
 * names, descriptions and parameter names in that language, every value a scalar.
 * @example functionsMetadata("en").functions[0]?.name === "ISWORKDAY"
 */
export function functionsMetadata(
  lang: Lang,
  declarations: readonly FunctionDeclaration[] = WORKSHEET_FUNCTIONS,
): CustomFunctionsMetadata {
  return {
    $schema: METADATA_SCHEMA,
    functions: declarations.map((f) => ({
      id: f.id,
      name: f.name[lang],
      description: f.description[lang],
      parameters: f.parameters.map((p) => ({
        name: p.name[lang],
        description: p.description[lang],
        type: p.type,
        dimensionality: "scalar" as const,
        ...(p.optional ? { optional: true as const } : {}),
      })),
      result: { type: f.result, dimensionality: "scalar" as const },
    })),
  };
}
