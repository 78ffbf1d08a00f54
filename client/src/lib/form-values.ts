/** `register` options that turn an empty input into the `null` or `undefined` the shared schemas expect. */
export const orNull = { setValueAs: (value: string | null) => (value ? value : null) };
export const orUndefined = { setValueAs: (value: string | undefined) => (value ? value : undefined) };
/** As `orNull`, but blank text (only spaces) counts as empty too. */
export const blankOrNull = { setValueAs: (value: string | null) => (value?.trim() ? value : null) };
