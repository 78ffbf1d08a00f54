import { useSearchText } from "../lib/use-search-text.ts";
import { TextField } from "./text-field.tsx";

type SearchFieldProps = { label: string; placeholder?: string; value: string; onSearch: (q: string) => void };

/** Keeps typing local and hands the trimmed text on after a pause (or on Enter). */
export function SearchField({ label, placeholder, value, onSearch }: SearchFieldProps) {
  const { query, setQuery, onSubmit } = useSearchText(value, onSearch);
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
