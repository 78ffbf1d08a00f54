import { type FormEvent, useEffect, useRef, useState } from "react";
import { TextField } from "./text-field.tsx";

const SEARCH_DELAY_MS = 300;

type SearchFieldProps = { label: string; placeholder?: string; value: string; onSearch: (q: string) => void };

/** Keeps typing local and hands the trimmed text on after a pause (or on Enter). */
export function SearchField({ label, placeholder, value, onSearch }: SearchFieldProps) {
  const [query, setQuery] = useState(value);
  const pushed = useRef(value);

  useEffect(() => {
    if (value === pushed.current) return;
    pushed.current = value;
    setQuery(value);
  }, [value]);

  const push = (text: string) => {
    pushed.current = text.trim();
    onSearch(text.trim());
  };

  useEffect(() => {
    if (query.trim() === pushed.current) return;
    const timer = window.setTimeout(() => push(query), SEARCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    push(query);
  };

  return (
    <form className="search-form" onSubmit={onSubmit}>
      <TextField
        className="input-search"
        type="search"
        label={label}
        placeholder={placeholder}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
    </form>
  );
}
