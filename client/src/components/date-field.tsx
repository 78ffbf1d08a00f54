import {
  type KeyboardEvent,
  lazy,
  type Ref,
  Suspense,
  useEffect,
  useId,
  useImperativeHandle,
  useRef,
  useState,
} from "react";
import { useTranslation } from "react-i18next";
import { formatDateInput, isoOfLocalDay, parseDateInput } from "../lib/date-input.ts";
import { useLanguage } from "../lib/use-language.ts";
import { describedBy, Field } from "./field.tsx";

/** The calendar (day picker and date-fns locales) loads when first opened; typing needs none of it. */
const DateCalendar = lazy(() =>
  import("./date-calendar.tsx").then((module) => ({ default: module.DateCalendar })),
);

/** What react-hook-form's `register` reads and writes: the ISO value, never the typed text. */
export type DateFieldHandle = {
  name: string | undefined;
  value: string;
  focus: () => void;
  select: () => void;
};

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
  /** `{...register(name)}` use. */
  ref?: Ref<DateFieldHandle>;
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

  const nameRef = useRef(name);
  nameRef.current = name;
  const [handle] = useState<DateFieldHandle>(() => ({
    get name() {
      return nameRef.current;
    },
    get value() {
      return valueRef.current;
    },
    set value(next: string) {
      valueRef.current = next ?? "";
      setText(formatDateInput(next, languageRef.current));
    },
    focus: () => inputRef.current?.focus(),
    select: () => inputRef.current?.select(),
  }));
  useImperativeHandle(ref, () => handle, [handle]);

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

  useEffect(() => {
    if (!open) return;
    const closeOutside = (event: Event) => {
      if (!wrapperRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", closeOutside);
    document.addEventListener("focusin", closeOutside);
    return () => {
      document.removeEventListener("pointerdown", closeOutside);
      document.removeEventListener("focusin", closeOutside);
    };
  }, [open]);

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

  const onPopoverKeyDown = (event: KeyboardEvent) => {
    if (event.key !== "Escape") return;
    event.preventDefault();
    event.stopPropagation();
    close();
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
        <input
          id={inputId}
          ref={inputRef}
          name={name}
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
          <div
            className="date-field-popover"
            role="dialog"
            aria-label={t("dateField.calendar", { label })}
            onKeyDown={onPopoverKeyDown}
          >
            <Suspense fallback={<p className="text-muted">{t("common.loading")}</p>}>
              <DateCalendar value={valueRef.current} min={min} max={max} onPick={onPick} />
            </Suspense>
          </div>
        )}
      </div>
    </Field>
  );
}
