import Ajv from "ajv";
import { describe, expect, it } from "vitest";
import { WORKSHEET_FUNCTION_IMPLEMENTATIONS } from "../../core/functions/index";
import { WORKSHEET_FUNCTIONS } from "../../core/functions/declarations";
import { LANGS } from "../../core/light";
import { functionsMetadata, type CustomFunctionsMetadata } from "./metadata";
import { FUNCTIONS_METADATA_FILES, functionsMetadataFiles } from "./metadataFiles";
import { registerWorksheetFunctions } from "./registerFunctions";

const TYPES = ["boolean", "number", "string", "any"];
const DIMENSIONALITY = ["scalar", "matrix"];

/**
 * Excel's custom-functions metadata format as Microsoft documents it ("Manually create JSON metadata for custom
 * functions", "Custom functions naming"), as a JSON schema: ids of A-Z, 0-9 and periods starting with a letter, names
 * of letters, digits, `_` and `.` starting with a letter, both at least three characters; parameter and result types
 * boolean, number, string or any; no property the format does not have.
 */
const METADATA_FORMAT = {
  type: "object",
  required: ["functions"],
  additionalProperties: false,
  properties: {
    $schema: { type: "string" },
    allowCustomDataForDataTypeAny: { type: "boolean" },
    allowErrorForDataTypeAny: { type: "boolean" },
    enums: { type: "array" },
    functions: {
      type: "array",
      minItems: 1,
      items: {
        type: "object",
        required: ["id", "name", "parameters", "result"],
        additionalProperties: false,
        properties: {
          id: { type: "string", pattern: "^[A-Z][A-Z0-9.]{2,}$" },
          name: { type: "string", pattern: "^\\p{L}[\\p{L}\\p{N}_.]{2,}$" },
          description: { type: "string", minLength: 1 },
          helpUrl: { type: "string" },
          options: { type: "object" },
          parameters: {
            type: "array",
            items: {
              type: "object",
              required: ["name"],
              additionalProperties: false,
              properties: {
                name: { type: "string", minLength: 1 },
                description: { type: "string", minLength: 1 },
                type: { enum: TYPES },
                dimensionality: { enum: DIMENSIONALITY },
                optional: { type: "boolean" },
                repeating: { type: "boolean" },
                cellValueType: { type: "string" },
                customEnumId: { type: "string" },
              },
            },
          },
          result: {
            type: "object",
            additionalProperties: false,
            properties: { type: { enum: TYPES }, dimensionality: { enum: DIMENSIONALITY } },
          },
        },
      },
    },
  },
} as const;

const validate = new Ajv({ allErrors: true }).compile(METADATA_FORMAT);

/** A name Excel would read as a cell: A1 to XFD1048576, or R1C1 style. */
function cellLike(name: string): boolean {
  const a1 = /^([A-Z]{1,3})(\d{1,7})$/i.exec(name);
  if (a1 !== null) {
    const letters = (a1[1] ?? "").toUpperCase();
    const column = [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
    return column <= 16384 && Number(a1[2]) >= 1 && Number(a1[2]) <= 1048576;
  }
  return /^R\d*C\d*$/i.test(name);
}

const files = functionsMetadataFiles();
const parsed = files.map(({ file, text }) => ({
  file,
  metadata: JSON.parse(text) as CustomFunctionsMetadata,
}));

describe("the worksheet functions' metadata (functions.json and its translations)", () => {
  it("has a file for each language PropDesk speaks, functions.json for the manifest's default zh-CN", () => {
    expect(FUNCTIONS_METADATA_FILES.map((f) => f.lang).sort()).toEqual([...LANGS].sort());
    expect(FUNCTIONS_METADATA_FILES.find((f) => f.locale === null)).toMatchObject({
      lang: "zh-CN",
      file: "functions.json",
    });
    expect(files.map((f) => f.file)).toEqual(FUNCTIONS_METADATA_FILES.map((f) => f.file));
    expect(new Set(files.map((f) => f.file)).size).toBe(files.length);
    for (const { text } of files) expect(text.endsWith("}\n")).toBe(true);
  });

  it.each(parsed)("$file follows Excel's metadata format", ({ metadata }) => {
    expect(validate(metadata), JSON.stringify(validate.errors, null, 2)).toBe(true);
    const ids = metadata.functions.map((f) => f.id);
    const names = metadata.functions.map((f) => f.name.toUpperCase());
    expect(new Set(ids).size, "ids unique").toBe(ids.length);
    expect(new Set(names).size, "names unique").toBe(names.length);
    for (const f of metadata.functions) {
      expect(cellLike(f.name), `${f.name} reads as a cell`).toBe(false);
      const optional = f.parameters.map((p) => p.optional === true);
      expect(optional.indexOf(true) < 0 || optional.slice(optional.indexOf(true)).every(Boolean), f.id).toBe(
        true,
      );
      const parameterNames = f.parameters.map((p) => p.name);
      expect(new Set(parameterNames).size, `${f.id} parameter names`).toBe(parameterNames.length);
    }
  });

  it("declares the same functions, parameters and types in every language, each in its own words", () => {
    const shape = (m: CustomFunctionsMetadata) =>
      m.functions.map((f) => [
        f.id,
        f.name,
        f.parameters.map((p) => [p.type, p.dimensionality, p.optional]),
        f.result,
      ]);
    const [zhCN, zhTW, en] = LANGS.map((lang) => functionsMetadata(lang));
    expect(shape(zhTW!)).toEqual(shape(zhCN!));
    expect(shape(en!)).toEqual(shape(zhCN!));
    LANGS.forEach((lang, i) => {
      const m = [zhCN!, zhTW!, en!][i]!;
      expect(
        m.functions.map((f) => [f.description, f.parameters.map((p) => [p.name, p.description])]),
      ).toEqual(
        WORKSHEET_FUNCTIONS.map((d) => [
          d.description[lang],
          d.parameters.map((p) => [p.name[lang], p.description[lang]]),
        ]),
      );
      for (const f of m.functions) {
        expect(f.description?.trim().length ?? 0, f.id).toBeGreaterThan(0);
        for (const p of f.parameters)
          expect(Math.min(p.name.trim().length, p.description.trim().length), f.id).toBeGreaterThan(0);
      }
    });
    const descriptions = (m: CustomFunctionsMetadata) => m.functions.map((f) => f.description);
    for (const [a, b] of [
      [zhCN!, zhTW!],
      [zhCN!, en!],
      [zhTW!, en!],
    ] as const)
      expect(descriptions(a).filter((d, i) => d === descriptions(b)[i])).toEqual([]);
  });

  it("has every function implemented in the core and associated by the add-in, and nothing else", () => {
    const ids = functionsMetadata("zh-CN").functions.map((f) => f.id);
    expect(Object.keys(WORKSHEET_FUNCTION_IMPLEMENTATIONS).sort()).toEqual([...ids].sort());
    const associated: string[] = [];
    registerWorksheetFunctions({ associate: (id) => associated.push(id) }, () =>
      Promise.reject(new Error("unused")),
    );
    expect(associated).toEqual(ids);
  });

  it("refuses what the format refuses (the schema above is not a rubber stamp)", () => {
    const good = functionsMetadata("en");
    const broken = (edit: (m: CustomFunctionsMetadata) => void): boolean => {
      const copy = structuredClone(good);
      edit(copy);
      return validate(copy);
    };
    expect(validate(good)).toBe(true);
    expect(broken((m) => (m.functions[0]!.id = "isworkday"))).toBe(false);
    expect(broken((m) => (m.functions[0]!.id = "IS-WORKDAY"))).toBe(false);
    expect(broken((m) => (m.functions[0]!.name = "1ST"))).toBe(false);
    expect(broken((m) => (m.functions[0]!.parameters[0]!.type = "date"))).toBe(false);
    expect(broken((m) => (m.functions[0]!.result.type = "object"))).toBe(false);
    expect(cellLike("XFD1048576") && cellLike("R1C1") && !cellLike("XFE1") && !cellLike("WORKDAY")).toBe(
      true,
    );
  });
});
