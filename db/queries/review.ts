import "server-only";
/** The review queue as the admin area shows it: each draft with its changes against what is public now. */
import { getDb } from "../client";
import { listDrafts, type DraftPayload, type DraftRow } from "../mutations/drafts";
import { eventSnapshot } from "../mutations/events";
import { stanceSnapshot } from "../mutations/stances";
import { diffSnapshots, type FieldChange } from "../../lib/admin/diff";
import type { EvidenceInput } from "../../lib/admin/schemas";

export type DraftView = Omit<DraftRow, "payload"> & {
  /** Field by field: what is public now (or "—" for something new) and what the draft proposes. */
  changes: FieldChange[];
  /** The public version moved on since the draft was made: approving it is refused as a conflict. */
  stale: boolean;
  evidence: EvidenceInput[];
};

function view(d: DraftRow): DraftView {
  const db = getDb().$client;
  const p = JSON.parse(d.payload) as DraftPayload;
  const { payload: _payload, ...rest } = d;
  void _payload;
  let publicNow: Record<string, unknown> | null = null;
  let currentVersion: number | null = null;
  let proposed: Record<string, unknown>;
  let evidence: EvidenceInput[] = [];
  if (p.kind === "event-create" || p.kind === "event-update") {
    const { version: _v, ...input } = p.input;
    void _v;
    proposed = input;
    if (p.kind === "event-update") {
      const snap = eventSnapshot(db, p.targetId);
      currentVersion = snap?.version ?? null;
      if (snap) {
        const { version: _sv, key: _k, ...rest2 } = snap;
        void _sv;
        void _k;
        publicNow = rest2;
      }
    }
  } else {
    const { mode: _m, version: _v, unsourced: _u, ...input } = p.input;
    void _m;
    void _v;
    void _u;
    evidence = p.input.evidence;
    proposed = p.kind === "stance-create" ? { ...p.series, ...input } : input;
    if (p.kind !== "stance-create") {
      const snap = stanceSnapshot(db, p.targetId);
      currentVersion = snap?.version ?? null;
      if (snap) {
        const { version: _sv, actor: _a, issue: _i, counterpart: _c, validUntil: _vu, ...rest2 } = snap;
        void [_sv, _a, _i, _c, _vu];
        publicNow = { ...rest2, evidence: rest2.evidence.map(({ sourceKey: _s, ...e }) => (void _s, e)) };
      }
    }
  }
  return {
    ...rest,
    changes: diffSnapshots(publicNow, proposed),
    stale: d.baseVersion !== null && currentVersion !== null && currentVersion !== d.baseVersion,
    evidence,
  };
}

export function reviewQueue(): { pending: DraftView[]; sentBack: DraftView[] } {
  return {
    pending: listDrafts(["pending"]).map(view),
    sentBack: listDrafts(["sent-back"], 50).map(view),
  };
}

export function pendingDraftCount(): number {
  return (getDb().$client.prepare("select count(*) as n from drafts where status = 'pending'").get() as { n: number }).n;
}
