/** What every mutation returns: the server action turns it into a form state. */
/** Who makes a change; `reviewer` is set when a second account approved it (review workflow). */
export type Editor = { id: number; username: string; reviewer?: { id: number; username: string }; importBatch?: string };

export type Snapshot = { version: number };

export type MutationResult =
  | { status: "ok"; id: number; message: string }
  | { status: "conflict"; message: string; current: Snapshot | null }
  | { status: "invalid"; fieldErrors: Record<string, string[]> }
  | { status: "not-found"; message: string };

export const notFound = (what: string): MutationResult => ({ status: "not-found", message: `${what} no longer exists.` });
