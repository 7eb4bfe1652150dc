/** Version of the stored checklist; anything else in storage is ignored. */
export const CHECKLIST_VERSION = 1;

/**
 * Checked boxes of a checklist of `count` items from stored JSON; a corrupted, old or
 * wrong-length store gives all unchecked. Validated by hand rather than with zod, so the
 * cheat sheet's script stays a few hundred bytes.
 * @example readChecklist('{"version":1,"checked":[true,false]}', 2) // [true, false]
 */
export function readChecklist(stored: string | null | undefined, count: number): boolean[] {
  const none = Array.from({ length: count }, () => false);
  if (!stored) return none;
  try {
    const data: unknown = JSON.parse(stored);
    if (typeof data !== 'object' || data === null) return none;
    const { version, checked } = data as { version?: unknown; checked?: unknown };
    if (version !== CHECKLIST_VERSION || !Array.isArray(checked) || checked.length !== count)
      return none;
    return checked.every((c) => typeof c === 'boolean') ? (checked as boolean[]) : none;
  } catch {
    return none;
  }
}

/** JSON to store for the given boxes. */
export function writeChecklist(checked: readonly boolean[]): string {
  return JSON.stringify({ version: CHECKLIST_VERSION, checked });
}
