import { useFormContext } from "react-hook-form";
import type { z } from "zod";
import type { PersonFieldsSchema } from "#shared/schemas/person.ts";

export type PersonFormValues = z.input<typeof PersonFieldsSchema>;

export const profileFieldNames = [
  "familyName",
  "givenNames",
  "nameLatin",
  "birthDate",
  "gender",
  "nationality",
  "languages",
  "email",
  "phone",
  "district",
  "arrivalDate",
  "educationLevel",
  "targetOccupation",
  "availableFrom",
  "notes",
] as const;

export const orNull = { setValueAs: (value: string | null) => (value ? value : null) };
export const orUndefined = { setValueAs: (value: string | undefined) => (value ? value : undefined) };

export function usePersonFormFields() {
  const { register, control, formState } = useFormContext<PersonFormValues>();
  return { register, control, errors: formState.errors };
}
