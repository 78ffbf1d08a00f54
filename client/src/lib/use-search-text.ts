import { type FormEvent, useEffect, useRef, useState } from "react";

const SEARCH_DELAY_MS = 300;

/**
 * A search box's text: typing stays local and the trimmed text is handed on after a pause (or on
 * submit); a new `value` from outside (the URL) replaces what was typed.
 */
export function useSearchText(value: string, onSearch: (q: string) => void) {
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

  return { query, setQuery, onSubmit };
}
