import type { FieldErrors, FieldValues, Resolver } from "react-hook-form";
import { say } from "#shared/api/issue-messages.ts";
import { fieldErrorText } from "./field-error-text.ts";

/** The error type of a field left empty, whatever check of the schema failed first. */
export const REQUIRED_ERROR_TYPE = "required";
/** A number or date outside its bounds (zod says too_small/too_big for numbers and strings alike). */
export const RANGE_ERROR_TYPE = "out_of_range";

/** The shared schemas' own wording, so field-error-text.ts maps it like any other known message. */
const REQUIRED_MESSAGE = say("required");

type Leaf = { type?: unknown; message?: unknown };

const isLeaf = (node: unknown): node is Leaf =>
  typeof node === "object" && node !== null && "type" in node && "message" in node;

export const isEmptyInput = (value: unknown): boolean =>
  value === undefined ||
  value === null ||
  (typeof value === "string" && value.trim() === "") ||
  (Array.isArray(value) && value.length === 0) ||
  (typeof value === "number" && Number.isNaN(value));

const child = (value: unknown, key: string): unknown =>
  typeof value === "object" && value !== null ? (value as Record<string, unknown>)[key] : undefined;

/** A rule's own message ("Bitte den Betrieb angeben") or a known *Required one beats the generic text. */
function saysWhatIsMissing(leaf: Leaf): boolean {
  if (leaf.type === "custom") return true;
  const text = fieldErrorText({ type: String(leaf.type), message: String(leaf.message ?? "") }, "de");
  return "key" in text && /Required$|\.required$/.test(text.key);
}

function classify(leaf: Leaf, value: unknown): Leaf {
  if (isEmptyInput(value)) {
    return saysWhatIsMissing(leaf) ? leaf : { ...leaf, type: REQUIRED_ERROR_TYPE, message: REQUIRED_MESSAGE };
  }
  if ((leaf.type === "too_small" || leaf.type === "too_big") && typeof value === "number") {
    return { ...leaf, type: RANGE_ERROR_TYPE };
  }
  return leaf;
}

function normalize(node: unknown, value: unknown): unknown {
  if (isLeaf(node)) {
    const classified = classify(node, value);
    const rest = Object.entries(node).filter(([key]) => !(key in classified) || key === "ref");
    return rest.length === 0 ? classified : { ...Object.fromEntries(rest), ...classified };
  }
  if (Array.isArray(node)) return node.map((item, index) => normalize(item, child(value, String(index))));
  if (typeof node === "object" && node !== null) {
    return Object.fromEntries(
      Object.entries(node).map(([key, item]) => [key, normalize(item, child(value, key))]),
    );
  }
  return node;
}

/**
 * Every form's errors as the user sees them: a field left empty is "required", whichever check of the shared
 * schema failed on the empty value (an empty date fails its format check first, an empty select its enum).
 */
export function normalizeFieldErrors<V extends FieldValues>(
  errors: FieldErrors<V>,
  values: V,
): FieldErrors<V> {
  return normalize(errors, values) as FieldErrors<V>;
}

export function withRequiredErrors<V extends FieldValues, C, T>(
  resolver: Resolver<V, C, T>,
): Resolver<V, C, T> {
  return async (values, context, options) => {
    const result = await resolver(values, context, options);
    if (Object.keys(result.errors).length === 0) return result;
    return { values: {}, errors: normalizeFieldErrors(result.errors, values) };
  };
}
