/**
 * Stored read API answers: each body's bytes by its strong ETag, in a least-recently-used store bounded in bytes.
 * Entries are content-addressed, so nothing needs expiring: a write makes a new body with a new ETag, and the old
 * one ages out. The bytes live outside the JavaScript heap (a Buffer), and are sent as they are.
 */
import { createHash } from "node:crypto";

/** A stored answer: its bytes (UTF-8 JSON) and their strong ETag. */
export type StoredBody = { readonly etag: string; readonly bytes: Uint8Array };

/** The strong ETag of bytes: the same hash as lib/http.ts `strongEtag` of the text they encode. */
export function bytesEtag(bytes: Uint8Array): string {
  return `"${createHash("sha256").update(bytes).digest("base64url").slice(0, 32)}"`;
}

export class BodyStore {
  private readonly entries = new Map<string, StoredBody>();
  private total = 0;

  constructor(readonly maxBytes: number) {}

  /** Bytes held by every stored body. */
  get bytes(): number {
    return this.total;
  }

  get count(): number {
    return this.entries.size;
  }

  /**
   * Stores a body (text as UTF-8) under its strong ETag and returns it; the same bytes stored twice are one entry.
   * A body larger than the whole budget is returned without being kept.
   */
  put(body: string): StoredBody {
    const bytes = Buffer.from(body);
    const etag = bytesEtag(bytes);
    const known = this.get(etag);
    if (known) return known;
    const stored: StoredBody = { etag, bytes };
    if (bytes.byteLength > this.maxBytes) return stored;
    this.entries.set(etag, stored);
    this.total += bytes.byteLength;
    for (const [oldest, old] of this.entries) {
      if (this.total <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.total -= old.bytes.byteLength;
    }
    return stored;
  }

  /** The stored body with this ETag (now the most recently used), if it is still kept. */
  get(etag: string): StoredBody | undefined {
    const stored = this.entries.get(etag);
    if (!stored) return undefined;
    this.entries.delete(etag);
    this.entries.set(etag, stored);
    return stored;
  }
}
