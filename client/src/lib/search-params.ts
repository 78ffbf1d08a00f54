import { useSearchParams } from "react-router";

/** Sets or clears one URL parameter; a cursor never survives a filter change. */
export function useSetSearchParam() {
  const [, setSearchParams] = useSearchParams();
  return (name: string, value: string, replace = false) =>
    setSearchParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace },
    );
}
