import { type ChangeEvent, type FormEvent, useRef, useState } from "react";
import type { FieldError } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { toLanguage } from "#client/lib/format.ts";
import { loadAppMessages } from "#client/lib/i18n.ts";
import type { LoginRequest } from "#shared/schemas/auth.ts";
import type { LoginChecks, LoginErrors } from "./login-checks.ts";

type Field = keyof LoginRequest;
const fields: readonly Field[] = ["email", "password"];

let loading: Promise<LoginChecks> | undefined;

/** The checks and the core catalogue (validation and error texts), fetched once. */
export function loadLoginChecks(): Promise<LoginChecks> {
  loading ??= Promise.all([import("./login-checks.ts"), loadAppMessages()]).then(
    ([module]) => module.loginChecks,
  );
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

/**
 * The sign-in form's state without a form library (decision 0045), checked as the other forms are: a field
 * when it is left, then as one types; all of them on sending, the first wrong one taking the focus.
 */
export function useLoginFields() {
  const { t, i18n } = useTranslation();
  const [values, setValues] = useState<LoginRequest>({ email: "", password: "" });
  const [errors, setErrors] = useState<LoginErrors>({});
  const checks = useRef<LoginChecks | null>(null);
  const touched = useRef(new Set<Field>());
  const submitted = useRef(false);
  const inputs = useRef<Partial<Record<Field, HTMLInputElement | null>>>({});

  const loaded = async () => {
    checks.current = await loadLoginChecks();
    return checks.current;
  };
  const check = async (name: Field, next: LoginRequest) => {
    const found = (await loaded()).errorsOf(next);
    setErrors((current) => ({ ...current, [name]: found[name] }));
  };

  const field = (name: Field) => ({
    name,
    value: values[name],
    ref: (input: HTMLInputElement | null) => {
      inputs.current[name] = input;
    },
    onChange: (event: ChangeEvent<HTMLInputElement>) => {
      const next = { ...values, [name]: event.target.value };
      setValues(next);
      if (touched.current.has(name) || submitted.current) void check(name, next);
    },
    onBlur: () => {
      touched.current.add(name);
      void check(name, values);
    },
  });

  const submit = (send: (credentials: LoginRequest) => void) => async (event: FormEvent) => {
    event.preventDefault();
    submitted.current = true;
    const found = (await loaded()).errorsOf(values);
    setErrors(found);
    const wrong = fields.find((name) => found[name]);
    if (wrong) inputs.current[wrong]?.focus();
    else send(values);
  };

  const showServerErrors = (error: unknown): boolean => {
    const found = checks.current?.serverErrorsOf(error);
    if (found) setErrors(found);
    return Boolean(found);
  };

  const resetPassword = () => {
    setValues((current) => ({ ...current, password: "" }));
    setErrors((current) => ({ ...current, password: undefined }));
    touched.current.delete("password");
    inputs.current.password?.focus();
  };

  const errorText = (name: Field): string | undefined => {
    const error: FieldError | undefined = errors[name];
    if (!error || !checks.current) return undefined;
    const text = checks.current.fieldErrorText(error, toLanguage(i18n.resolvedLanguage));
    if (text.text !== undefined) return text.text;
    const { key, ...params } = text;
    return t(key, params);
  };

  const preload = () => void loadLoginChecks().catch(() => undefined);

  return { field, submit, showServerErrors, resetPassword, errorText, preload };
}
