/** The ids of everything on some paths: what the canvas makes stand out. */
import type { PathStep } from "./describe-path.ts";

export function pathElementIds(paths: readonly (readonly PathStep[])[]): Set<string> {
  const ids = new Set<string>();
  for (const path of paths) {
    for (const step of path) {
      ids.add(step.from.id);
      ids.add(step.to.id);
      ids.add(step.edge.id);
    }
  }
  return ids;
}
