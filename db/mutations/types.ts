/** What every mutation returns: the server action turns it into a form state, its messages into text (lib/admin/messages.ts). */
import type { AdminMessage, MessageEntity } from "../../lib/admin/messages";

export type { AdminMessage };

/** Who makes a change; `reviewer` is set when a second account approved it (review workflow). */
export type Editor = { id: number; username: string; reviewer?: { id: number; username: string }; importBatch?: string };

export type Snapshot = { version: number };

export type MutationResult =
  | { status: "ok"; id: number; message: AdminMessage }
  | { status: "conflict"; message: AdminMessage; current: Snapshot | null }
  | { status: "invalid"; fieldErrors: Record<string, AdminMessage[]> }
  | { status: "not-found"; message: AdminMessage };

export const notFound = (entity: MessageEntity): MutationResult => ({ status: "not-found", message: { key: "gone", values: { entity } } });

/** A refusal on one field (or `_form`), as a message code. */
export const refusedOn = (field: string, message: AdminMessage): MutationResult => ({ status: "invalid", fieldErrors: { [field]: [message] } });
