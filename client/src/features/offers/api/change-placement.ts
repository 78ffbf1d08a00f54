import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "#client/lib/api-client.ts";
import { queryRoots } from "#client/lib/query-roots.ts";
import { paths } from "#shared/api/paths.ts";
import {
  type Placement,
  type PlacementCreate,
  PlacementSchema,
  type PlacementTransition,
  type PlacementUpdate,
} from "#shared/schemas/placement.ts";

/** A placement change moves the board, the offer's counts, the candidates' "already proposed" and the person's page. */
function useRefreshAfterPlacement() {
  const queryClient = useQueryClient();
  return (placement?: Placement) => {
    void queryClient.invalidateQueries({ queryKey: queryRoots.placements });
    void queryClient.invalidateQueries({ queryKey: queryRoots.offers });
    if (placement) {
      void queryClient.invalidateQueries({ queryKey: queryRoots.cases });
      void queryClient.invalidateQueries({ queryKey: queryRoots.persons });
    }
  };
}

export function useProposePlacement() {
  const refresh = useRefreshAfterPlacement();
  return useMutation({
    mutationFn: (input: Pick<PlacementCreate, "offerId" | "personId">) =>
      api.post(paths.placements, input, PlacementSchema),
    onSuccess: () => refresh(),
    onError: () => refresh(),
  });
}

type MoveInput = { id: string; body: PlacementTransition };

export function useMovePlacement() {
  const refresh = useRefreshAfterPlacement();
  return useMutation({
    mutationFn: ({ id, body }: MoveInput) => api.post(paths.placementTransitions(id), body, PlacementSchema),
    onSuccess: (placement) => refresh(placement),
    onError: () => refresh(),
  });
}

type NoteInput = { id: string; body: PlacementUpdate };

export function useUpdatePlacementNote() {
  const refresh = useRefreshAfterPlacement();
  return useMutation({
    mutationFn: ({ id, body }: NoteInput) => api.patch(paths.placement(id), body, PlacementSchema),
    onSettled: () => refresh(),
  });
}

export function useReleaseContact() {
  const refresh = useRefreshAfterPlacement();
  return useMutation({
    mutationFn: (placement: Pick<Placement, "id" | "version">) =>
      api.post(paths.placementContactRelease(placement.id), { version: placement.version }, PlacementSchema),
    onSuccess: (placement) => refresh(placement),
    onError: () => refresh(),
  });
}
