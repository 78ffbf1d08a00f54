import { de } from "date-fns/locale/de";
import { enGB } from "date-fns/locale/en-GB";
import { DayPicker, type Matcher } from "react-day-picker";
import "react-day-picker/style.css";
import { useTranslation } from "react-i18next";
import { isoOfLocalDay, localDayOf } from "../lib/date-input.ts";
import { formatDate } from "../lib/format.ts";
import { useLanguage } from "../lib/use-language.ts";

const localeOf = { de, en: enGB } as const;
const FIRST_YEAR = 1900;
const YEARS_AHEAD = 10;

type DateCalendarProps = {
  value: string;
  min?: string;
  max?: string;
  onPick: (day: Date) => void;
};

export function DateCalendar({ value, min, max, onPick }: DateCalendarProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const selected = localDayOf(value);
  const first = localDayOf(min);
  const last = localDayOf(max);
  const disabled: Matcher[] = [...(first ? [{ before: first }] : []), ...(last ? [{ after: last }] : [])];
  const today = new Date();
  return (
    <DayPicker
      mode="single"
      required
      autoFocus
      captionLayout="dropdown"
      locale={localeOf[language]}
      selected={selected}
      defaultMonth={selected ?? last ?? today}
      startMonth={first ?? new Date(FIRST_YEAR, 0)}
      endMonth={last ?? new Date(today.getFullYear() + YEARS_AHEAD, 11)}
      disabled={disabled}
      onSelect={onPick}
      labels={{
        labelNav: () => t("dateField.navigation"),
        labelNext: () => t("dateField.nextMonth"),
        labelPrevious: () => t("dateField.previousMonth"),
        labelMonthDropdown: () => t("dateField.month"),
        labelYearDropdown: () => t("dateField.year"),
        labelDayButton: (day, modifiers) => {
          const date = formatDate(isoOfLocalDay(day), language);
          if (modifiers.selected) return t("dateField.selectedDay", { date });
          return modifiers.today ? t("dateField.today", { date }) : date;
        },
      }}
    />
  );
}
