type FilterChipProps = { label: string; pressed: boolean; onToggle: (pressed: boolean) => void };

export function FilterChip({ label, pressed, onToggle }: FilterChipProps) {
  return (
    <button type="button" className="filter-chip" aria-pressed={pressed} onClick={() => onToggle(!pressed)}>
      {label}
    </button>
  );
}
