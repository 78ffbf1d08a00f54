import { useState } from "react";

type Selection = { scope: string; ids: ReadonlySet<string>; allMatching: boolean };

/**
 * Rows chosen for a bulk action: one by one, or "all matching the filter" (also the rows not loaded yet). A new
 * `scope` (the list's filters) starts empty, so no row chosen under other filters is acted on unseen.
 */
export function useRowSelection(scope: string) {
  const [state, setState] = useState<Selection>({ scope, ids: new Set(), allMatching: false });
  const current = state.scope === scope ? state : { scope, ids: new Set<string>(), allMatching: false };
  const change = (ids: readonly string[], on: boolean) => {
    const next = new Set(current.ids);
    for (const id of ids) {
      if (on) next.add(id);
      else next.delete(id);
    }
    setState({ scope, ids: next, allMatching: false });
  };
  return {
    ids: [...current.ids],
    allMatching: current.allMatching,
    isSelected: (id: string) => current.allMatching || current.ids.has(id),
    isEmpty: !current.allMatching && current.ids.size === 0,
    change,
    selectAllMatching: () => setState({ scope, ids: current.ids, allMatching: true }),
    clear: () => setState({ scope, ids: new Set(), allMatching: false }),
  };
}

export type RowSelection = ReturnType<typeof useRowSelection>;
