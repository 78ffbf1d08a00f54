import { lazy, type Ref, Suspense, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { formatDateInput, isoOfLocalDay, parseDateInput } from "../lib/date-input.ts";
import { useLanguage } from "../lib/use-language.ts";
import { describedBy, Field } from "./field.tsx";

/** The calendar (day picker and date-fns locales) loads when first opened; typing needs none of it. */
const DateCalendar = lazy(() =>
  import("./date-calendar.tsx").then((module) => ({ default: module.DateCalendar })),
);

type DateChangeEvent = { target: { name: string | undefined; value: string; type: "text" }; type: string };

type DateFieldProps = {
  label: string;
  hint?: string;
  error?: string;
  optionalLabel?: string;
  labelHidden?: boolean;
  id?: string;
  name?: string;
  className?: string;
  required?: boolean;
  disabled?: boolean;
  /** ISO days; `register` may also hand numbers, which a calendar day cannot be. */
  min?: string | number;
  max?: string | number;
  /** Controlled use: the ISO `YYYY-MM-DD` value (or the unreadable text typed). */
  value?: string;
  onValueChange?: (value: string) => void;
  /** `{...register(name)}` use: the ref gets a hidden input whose `value` is the ISO day. */
  ref?: Ref<HTMLInputElement>;
  onChange?: (event: DateChangeEvent) => unknown;
  onBlur?: (event: DateChangeEvent) => unknown;
};

/** Empty stays empty, a readable day becomes ISO, anything else is handed on so the schema calls it a format error. */
const valueOfText = (text: string, language: "de" | "en") =>
  text.trim() === "" ? "" : (parseDateInput(text, language) ?? text);

export function DateField({
  label,
  hint,
  error,
  optionalLabel,
  labelHidden,
  id,
  name,
  className,
  required,
  disabled,
  min: minValue,
  max: maxValue,
  value,
  onValueChange,
  ref,
  onChange,
  onBlur,
}: DateFieldProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const min = typeof minValue === "string" ? minValue : undefined;
  const max = typeof maxValue === "string" ? maxValue : undefined;
  const generatedId = useId();
  const inputId = id ?? generatedId;
  const inputRef = useRef<HTMLInputElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const wrapperRef = useRef<HTMLDivElement>(null);
  const valueRef = useRef(value ?? "");
  const languageRef = useRef(language);
  const [text, setText] = useState(() => formatDateInput(value, language));
  const [open, setOpen] = useState(false);

  /**
   * react-hook-form reads and writes `value` on the element it is given and needs a connected element to keep
   * the field registered; a hidden input whose `value` is the ISO day (and whose `focus` moves to the typed
   * text) lets `{...register(name)}` work as it does for a native input.
   */
  const hiddenRef = (element: HTMLInputElement | null) => {
    if (element && element.dataset.dateField !== "bridged") {
      element.dataset.dateField = "bridged";
      Object.defineProperty(element, "value", {
        configurable: true,
        get: () => valueRef.current,
        set: (next: string | null | undefined) => {
          valueRef.current = next ?? "";
          setText(formatDateInput(next, languageRef.current));
        },
      });
      element.focus = () => inputRef.current?.focus();
      element.select = () => inputRef.current?.select();
    }
    if (typeof ref === "function") return ref(element);
    if (ref) ref.current = element;
  };

  useEffect(() => {
    if (value === undefined || value === valueRef.current) return;
    valueRef.current = value;
    setText(formatDateInput(value, languageRef.current));
  }, [value]);

  useEffect(() => {
    if (languageRef.current === language) return;
    languageRef.current = language;
    if (parseDateInput(valueRef.current, language) !== null)
      setText(formatDateInput(valueRef.current, language));
  }, [language]);

  useEffect(() => {
    const input = inputRef.current;
    if (!input) return;
    const typed = valueRef.current;
    const unreadable = typed !== "" && parseDateInput(typed, language) === null;
    const outOfRange = !unreadable && typed !== "" && ((min && typed < min) || (max && typed > max));
    input.setCustomValidity(
      unreadable ? t("validation.invalidFormat") : outOfRange ? t("validation.outOfRange") : "",
    );
  });

  /** Chromium closes a surrounding modal dialog on the same Escape unless its `cancel` is refused. */
  const escapedRef = useRef(false);
  useEffect(() => {
    if (!open) return;
    const closeOutside = (event: Event) => {
      if (!wrapperRef.current?.contains(event.target as Node)) setOpen(false);
    };
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      event.preventDefault();
      event.stopPropagation();
      escapedRef.current = true;
      setTimeout(() => {
        escapedRef.current = false;
      });
      setOpen(false);
      buttonRef.current?.focus();
    };
    document.addEventListener("pointerdown", closeOutside);
    document.addEventListener("focusin", closeOutside);
    document.addEventListener("keydown", closeOnEscape, true);
    return () => {
      document.removeEventListener("pointerdown", closeOutside);
      document.removeEventListener("focusin", closeOutside);
      document.removeEventListener("keydown", closeOnEscape, true);
    };
  }, [open]);

  useEffect(() => {
    const dialog = wrapperRef.current?.closest("dialog");
    if (!dialog) return;
    const keepDialogOpen = (event: Event) => {
      if (!escapedRef.current) return;
      escapedRef.current = false;
      event.preventDefault();
    };
    dialog.addEventListener("cancel", keepDialogOpen);
    return () => dialog.removeEventListener("cancel", keepDialogOpen);
  }, []);

  const emit = (next: string, type: "change" | "blur") => {
    valueRef.current = next;
    const event: DateChangeEvent = { target: { name, value: next, type: "text" }, type };
    if (type === "blur") {
      onBlur?.(event);
      return;
    }
    onValueChange?.(next);
    onChange?.(event);
  };

  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };

  const onPick = (day: Date) => {
    const iso = isoOfLocalDay(day);
    setText(formatDateInput(iso, language));
    emit(iso, "change");
    close();
  };

  return (
    <Field
      inputId={inputId}
      label={label}
      hint={hint}
      error={error}
      optionalLabel={optionalLabel}
      labelHidden={labelHidden}
    >
      <div className="date-field" ref={wrapperRef}>
        <input type="hidden" name={name} ref={hiddenRef} />
        <input
          id={inputId}
          ref={inputRef}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          placeholder={t("dateField.placeholder")}
          className={["input", "date-field-input", className].filter(Boolean).join(" ")}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(inputId, hint, error)}
          required={required}
          disabled={disabled}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            emit(valueOfText(event.target.value, language), "change");
          }}
          onBlur={() => {
            const iso = parseDateInput(text, language);
            if (iso) setText(formatDateInput(iso, language));
            emit(valueRef.current, "blur");
          }}
        />
        <button
          ref={buttonRef}
          type="button"
          className="date-field-button"
          aria-label={t("dateField.openCalendar")}
          aria-describedby={`${inputId}-label`}
          aria-haspopup="dialog"
          aria-expanded={open}
          disabled={disabled}
          onClick={() => setOpen((wasOpen) => !wasOpen)}
        >
          <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false">
            <path
              fill="currentColor"
              d="M6 1h2v2h4V1h2v2h3a1 1 0 0 1 1 1v14a1 1 0 0 1-1 1H3a1 1 0 0 1-1-1V4a1 1 0 0 1 1-1h3zM4 8v9h12V8zm2 2h2v2H6zm4 0h2v2h-2zm4 0h0v2h-2v-2zM6 14h2v2H6zm4 0h2v2h-2z"
            />
          </svg>
        </button>
        {open && (
          <div className="date-field-popover" role="dialog" aria-label={t("dateField.calendar", { label })}>
            <Suspense fallback={<p className="text-muted">{t("common.loading")}</p>}>
              <DateCalendar value={valueRef.current} min={min} max={max} onPick={onPick} />
            </Suspense>
          </div>
        )}
      </div>
    </Field>
  );
}
