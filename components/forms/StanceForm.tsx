"use client";
/**
 * The stance editor: record a new dated stance, or correct this one. Carries the version it was loaded at;
 * on a conflict it shows the saved values beside the user's and can reapply the user's on top.
 */
import { useActionState, useRef, useState, useSyncExternalStore } from "react";
import { IDLE, valueAt, type FormState, type FormValues } from "@/lib/admin/forms";
import { formatPosition, scaleLabel } from "@/lib/domain";
import { ConflictPanel, type ConflictRow } from "./ConflictPanel";
import { FieldMessages, FormStatus, SaveButtons, SelectField, TextArea, TextField, describedBy, idFor, type ReviewMode } from "./fields";

type EvidenceValues = Record<string, string>;
const EVIDENCE_FIELDS = ["title", "publisher", "publishedOn", "url", "paraphrase", "quote", "note", "sourceKey"] as const;
type Mode = "new" | "correct";
type EvidenceRow = { key: number; v: EvidenceValues };
/** One evidence list per save mode: a correction edits this stance's evidence, a new stance starts empty. */
type EvidenceList = { rows: EvidenceRow[]; unsourced: boolean };

/**
 * The stance being edited, as the source of "Copy evidence from the previous stance" (a new stance starts without
 * evidence) and of the evidence a correction edits.
 */
export type PreviousStance = {
  /** Names the stance and its date, e.g. "China on Sanctions relief from 1 March 2019". */
  label: string;
  evidence: FormValues[];
  /** Without JavaScript: this page again with `?copyEvidence=1`, which renders the copy on the server. */
  copyHref: string;
};

export type StanceFormProps = {
  action: (prev: FormState, fd: FormData) => Promise<FormState>;
  initial: FormValues;
  version: number;
  validFrom: string;
  scale: string[];
  reloadHref: string;
  /** The stance being edited (absent when `creating`): what "correct" edits and what a new stance may copy. */
  previous?: PreviousStance;
  /** The page was asked for `?copyEvidence=1`: `initial` already holds the previous stance's evidence. */
  evidenceCopied?: boolean;
  /** A stance for a series picked on the page: no "correct" choice, just the start date. */
  creating?: boolean;
  /** Review workflow: "required" offers only "Submit for review"; "optional" adds "Save as draft" beside publishing. */
  review?: ReviewMode;
};

const SALIENCE = [
  { value: "1", label: "1 – marginal" },
  { value: "2", label: "2 – minor" },
  { value: "3", label: "3 – notable" },
  { value: "4", label: "4 – important" },
  { value: "5", label: "5 – top priority" },
];

function evidenceOf(values: FormValues): EvidenceValues[] {
  return evidenceItems(values.evidence);
}

function evidenceItems(list: unknown): EvidenceValues[] {
  const items = Array.isArray(list) ? (list as Record<string, unknown>[]) : [];
  return items.map((e) => Object.fromEntries(EVIDENCE_FIELDS.map((f) => [f, e && e[f] != null ? String(e[f]) : ""])));
}

const blankEvidence = (): EvidenceValues => Object.fromEntries(EVIDENCE_FIELDS.map((f) => [f, ""]));
const isBlank = (v: EvidenceValues) => EVIDENCE_FIELDS.every((f) => !v[f]);
const sameEvidence = (a: EvidenceValues, b: EvidenceValues) => EVIDENCE_FIELDS.every((f) => (a[f] ?? "") === (b[f] ?? ""));
const EVIDENCE_NAME = /^evidence\[(\d{1,2})\]\.([A-Za-z]+)$/;

const noSubscription = () => () => {};
/** False in the server render and before hydration, true once React runs in the browser. */
function useHydrated(): boolean {
  return useSyncExternalStore(noSubscription, () => true, () => false);
}

function positionText(scale: string[], v: string): string {
  if (v === "none" || v === "") return "No stated position";
  const n = Number(v);
  return `${formatPosition(n)} ${scaleLabel(scale, n)}`;
}

function conflictRows(scale: string[], theirs: FormValues, yours: FormValues): ConflictRow[] {
  const t = (p: string) => valueAt(theirs, p);
  const y = (p: string) => valueAt(yours, p);
  const ev = (v: FormValues) => evidenceOf(v).map((e, i) => `${i + 1}. ${e.title} (${e.publisher}, ${e.publishedOn})${e.url ? ` ${e.url}` : ""}`).join("\n");
  return [
    { field: "Position", theirs: positionText(scale, theirs.position === null ? "none" : t("position")), yours: positionText(scale, y("position")) },
    { field: "Salience", theirs: t("salience"), yours: y("salience") },
    { field: "Confidence", theirs: t("confidence"), yours: y("confidence") },
    { field: "Summary", theirs: t("summary"), yours: y("summary") },
    { field: "Coder's note", theirs: t("note"), yours: y("note") },
    { field: "Evidence", theirs: ev(theirs), yours: ev(yours) },
  ];
}

export function StanceForm({
  action,
  initial,
  version: loadedVersion,
  validFrom,
  scale,
  reloadHref,
  previous,
  evidenceCopied = false,
  creating = false,
  review = "optional",
}: StanceFormProps) {
  const [state, formAction] = useActionState<FormState, FormData>(action, IDLE);
  // After "Reapply my changes on top": the user's values on the newer version.
  const [reapplied, setReapplied] = useState<{ values: FormValues; version: number; at: number } | null>(null);

  if (state.status === "conflict" && (!reapplied || reapplied.at < state.at)) {
    const theirs = state.current as FormValues | null;
    return (
      <ConflictPanel
        message={state.message}
        reloadHref={reloadHref}
        rows={theirs ? conflictRows(scale, theirs, state.values) : []}
        onReapply={() => setReapplied({ values: state.values, version: state.currentVersion, at: state.at })}
      />
    );
  }

  const useReapplied = reapplied && (state.status === "idle" || state.status === "conflict" || reapplied.at >= state.at);
  const values: FormValues = useReapplied ? reapplied.values : state.status === "invalid" || state.status === "error" ? state.values : initial;
  const version = useReapplied ? reapplied.version : state.status === "invalid" || state.status === "error" ? Number(valueAt(state.values, "version")) || loadedVersion : loadedVersion;
  const formKey = useReapplied ? `r${reapplied.at}` : state.status === "idle" ? "idle" : String(state.at);
  return (
    <StanceFields
      key={formKey}
      formAction={formAction}
      state={state}
      values={values}
      version={version}
      validFrom={validFrom}
      scale={scale}
      reapplied={!!useReapplied}
      creating={creating}
      review={review}
      previous={creating ? undefined : previous}
      evidenceCopied={formKey === "idle" && evidenceCopied}
    />
  );
}

function StanceFields({
  formAction,
  state,
  values,
  version,
  validFrom,
  scale,
  reapplied,
  creating,
  review,
  previous,
  evidenceCopied,
}: {
  review: ReviewMode;
  previous: PreviousStance | undefined;
  evidenceCopied: boolean;
  formAction: (fd: FormData) => void;
  state: FormState;
  values: FormValues;
  version: number;
  validFrom: string;
  scale: string[];
  reapplied: boolean;
  creating: boolean;
}) {
  const errors = state.status === "invalid" ? state.fieldErrors : undefined;
  const submitted: Mode = !creating && valueAt(values, "mode") === "correct" ? "correct" : "new";
  const [mode, setMode] = useState<Mode>(submitted);
  const previousEvidence = evidenceItems(previous?.evidence);
  // The form's values fill the list of the mode they were saved in; the other mode starts as it would on load.
  const [lists, setLists] = useState<Record<Mode, EvidenceList>>(() => {
    let key = 0;
    const rows = (items: EvidenceValues[]) => items.map((v) => ({ key: key++, v }));
    const own = { rows: rows(evidenceOf(values)), unsourced: valueAt(values, "unsourced") === "on" };
    const other: EvidenceList =
      submitted === "new"
        ? { rows: rows(previousEvidence), unsourced: previousEvidence.length === 0 }
        : { rows: rows([blankEvidence()]), unsourced: false };
    return submitted === "new" ? { new: own, correct: other } : { new: other, correct: own };
  });
  const [nextKey, setNextKey] = useState(() => lists.new.rows.length + lists.correct.rows.length);
  // "server": rendered with ?copyEvidence=1; "client": the button was pressed (focus goes to the status line).
  const [copied, setCopied] = useState<"server" | "client" | null>(evidenceCopied ? "server" : null);
  const list = lists[mode];
  const items = list.rows;
  const setList = (next: Partial<EvidenceList>) => setLists({ ...lists, [mode]: { ...list, ...next } });
  const position = valueAt(values, "position") || "none";
  const evidenceError = errors?.evidence;

  // What is typed into the evidence rows, by row key. The inputs are uncontrolled and typing re-renders nothing;
  // the typed values are merged in when the rows are rebuilt (switching mode, copying), so nothing is lost.
  const typed = useRef(new Map<number, EvidenceValues>());
  const withTyped = (rows: EvidenceRow[]) => rows.map((r) => ({ key: r.key, v: { ...r.v, ...typed.current.get(r.key) } }));
  const track = (e: React.FormEvent<HTMLFieldSetElement>) => {
    const target = e.target as HTMLInputElement | HTMLTextAreaElement;
    const m = EVIDENCE_NAME.exec(target.name);
    const row = m ? items[Number(m[1])] : undefined;
    if (!m || !row) return;
    typed.current.set(row.key, { ...typed.current.get(row.key), [m[2]]: target.value });
  };
  const switchMode = (next: Mode) => {
    setLists({ new: { ...lists.new, rows: withTyped(lists.new.rows) }, correct: { ...lists.correct, rows: withTyped(lists.correct.rows) } });
    setMode(next);
  };

  /** Fills the new stance's evidence from the previous stance: items typed so far stay, blank rows go, no duplicates. */
  const copyEvidence = () => {
    const kept = withTyped(items).filter((r) => !isBlank(r.v));
    const fresh = previousEvidence.filter((p) => !kept.some((r) => sameEvidence(r.v, p)));
    setList({ rows: [...kept, ...fresh.map((v, i) => ({ key: nextKey + i, v }))], unsourced: false });
    setNextKey(nextKey + fresh.length);
    setCopied("client");
  };

  return (
    <form action={formAction} noValidate className="space-y-6">
      {reapplied && (
        <p role="status" className="rounded border border-blue-300 bg-blue-50 p-3 text-sm text-blue-950">
          Your changes are back in the form, now on top of the latest saved version ({version}). Review them and save.
        </p>
      )}
      <FormStatus state={state} />
      <input type="hidden" name="version" value={version} />

      {creating ? (
        <div className="rounded-lg border border-slate-300 bg-white p-4">
          <input type="hidden" name="mode" value="new" />
          <TextField
            className="max-w-xs"
            name="validFrom"
            label="Stance starts on"
            hint="YYYY-MM-DD"
            inputMode="numeric"
            placeholder="YYYY-MM-DD"
            required
            errors={errors}
            defaultValue={valueAt(values, "validFrom")}
          />
        </div>
      ) : (
      <fieldset className="space-y-3 rounded-lg border border-slate-300 bg-white p-4">
          <legend className="px-1 text-base font-semibold">What does this save do?</legend>
          <div className="flex gap-3">
            <input id="mode-new" type="radio" name="mode" value="new" checked={mode === "new"} onChange={() => switchMode("new")} className="mt-1" aria-describedby="mode-new-help" />
            <div>
              <label htmlFor="mode-new" className="font-medium">Record a new stance from a date</label>
              <p id="mode-new-help" className="text-sm text-slate-600">
                The government changed course. A new dated stance is added; this one stays in the history and holds
                until the new date. The normal case.
              </p>
            </div>
          </div>
          {mode === "new" && (
            <TextField
              className="ml-7 max-w-xs"
              name="validFrom"
              label="New stance starts on"
              hint={`YYYY-MM-DD, after ${validFrom}.`}
              inputMode="numeric"
              placeholder="YYYY-MM-DD"
              required
              errors={errors}
              defaultValue={valueAt(values, "validFrom")}
            />
          )}
          <div className="flex gap-3">
            <input id="mode-correct" type="radio" name="mode" value="correct" checked={mode === "correct"} onChange={() => switchMode("correct")} className="mt-1" aria-describedby="mode-correct-help" />
            <div>
              <label htmlFor="mode-correct" className="font-medium">Correct this stance</label>
              <p id="mode-correct-help" className="text-sm text-slate-600">
                Fix a mistake in this stance (from {validFrom}) in place. Its dates stay; the change is recorded in the
                audit log and can be reverted.
              </p>
            </div>
          </div>
          <FieldMessages name="mode" errors={errors} />
        </fieldset>
      )}

      <fieldset className="rounded-lg border border-slate-300 bg-white p-4" aria-describedby={describedBy("position", errors)} aria-invalid={errors?.position ? true : undefined}>
        <legend className="px-1 text-base font-semibold">Position on the issue’s scale</legend>
        <div className="mt-1 grid gap-1.5">
          {[...scale.map((label, i) => ({ value: String(i - 2), label: `${formatPosition(i - 2)} · ${label}` })), { value: "none", label: "No stated position" }].map((o) => (
            <label key={o.value} className="flex items-start gap-2 rounded px-1 py-0.5 text-sm hover:bg-slate-50">
              <input type="radio" name="position" value={o.value} defaultChecked={position === o.value} className="mt-0.5" />
              <span>{o.label}</span>
            </label>
          ))}
        </div>
        <FieldMessages name="position" errors={errors} />
      </fieldset>

      <div className="grid gap-4 rounded-lg border border-slate-300 bg-white p-4 sm:grid-cols-2">
        <SelectField name="salience" label="Salience" hint="How much the issue matters to this actor." options={SALIENCE} errors={errors} defaultValue={valueAt(values, "salience") || "3"} />
        <SelectField
          name="confidence"
          label="Confidence in this coding"
          options={[
            { value: "low", label: "Low" },
            { value: "medium", label: "Medium" },
            { value: "high", label: "High" },
          ]}
          errors={errors}
          defaultValue={valueAt(values, "confidence") || "medium"}
        />
        <TextArea className="sm:col-span-2" name="summary" label="Summary" required rows={3} errors={errors} defaultValue={valueAt(values, "summary")} hint="One or two neutral sentences; at most 2000 characters." />
        <TextArea
          className="sm:col-span-2"
          name="note"
          label="Coder's note"
          rows={2}
          errors={errors}
          defaultValue={valueAt(values, "note")}
          hint="Optional: what is inferred, why the row is carried forward. Required for an unsourced stance: say why there is no source. Shown with the stance."
        />
      </div>

      <fieldset
        key={mode}
        onChange={track}
        className="space-y-4 rounded-lg border border-slate-300 bg-white p-4"
        aria-describedby={evidenceError ? `${idFor("evidence")}-error` : undefined}
      >
        <legend className="px-1 text-base font-semibold">Evidence ({items.length})</legend>
        <FieldMessages name="evidence" errors={errors} />
        {mode === "new" && previous && (
          <CopyEvidence previous={previous} count={previousEvidence.length} copied={copied} onCopy={copyEvidence} />
        )}
        <div className="rounded border border-dashed border-slate-400 bg-slate-50 p-3">
          <label className="flex items-start gap-2 text-sm">
            <input
              id={idFor("unsourced")}
              type="checkbox"
              name="unsourced"
              value="on"
              checked={list.unsourced}
              onChange={(e) => setList({ unsourced: e.target.checked })}
              className="mt-0.5"
              aria-describedby={describedBy("unsourced", errors)}
              aria-invalid={errors?.unsourced ? true : undefined}
            />
            <span>
              <span className="font-medium">Unsourced:</span> this stance has no supporting source. It is saved without
              evidence and shown as “unsourced” everywhere; the coder&apos;s note must say why. Never borrow another
              stance&apos;s source.
            </span>
          </label>
          <FieldMessages name="unsourced" errors={errors} />
        </div>
        {items.map((item, i) => (
          <div key={item.key} className="space-y-3 rounded border border-slate-200 p-3" role="group" aria-label={`Evidence item ${i + 1}`}>
            <div className="flex items-center justify-between gap-2">
              <h3 className="text-sm font-semibold">Evidence item {i + 1}</h3>
              <button
                type="button"
                onClick={() => setList({ rows: items.filter((x) => x.key !== item.key) })}
                className="rounded border border-slate-400 px-2 py-1 text-xs font-medium hover:bg-slate-100"
                aria-label={`Remove evidence item ${i + 1}`}
              >
                Remove
              </button>
            </div>
            <input type="hidden" name={`evidence[${i}].sourceKey`} value={item.v.sourceKey ?? ""} />
            <div className="grid gap-3 sm:grid-cols-2">
              <TextField name={`evidence[${i}].title`} label="Source title" required errors={errors} defaultValue={item.v.title} />
              <TextField name={`evidence[${i}].publisher`} label="Publisher" required errors={errors} defaultValue={item.v.publisher} />
              <TextField name={`evidence[${i}].publishedOn`} label="Published" hint="YYYY-MM-DD, YYYY-MM or YYYY" required errors={errors} defaultValue={item.v.publishedOn} />
              <TextField name={`evidence[${i}].url`} label="URL" hint="Optional; http:// or https:// only" type="url" errors={errors} defaultValue={item.v.url} />
            </div>
            <TextArea name={`evidence[${i}].paraphrase`} label="Paraphrase" required rows={2} errors={errors} defaultValue={item.v.paraphrase} />
            <div className="grid gap-3 sm:grid-cols-2">
              <TextArea name={`evidence[${i}].quote`} label="Exact quote" hint="Only where checked against the source" rows={2} errors={errors} defaultValue={item.v.quote} />
              <TextArea name={`evidence[${i}].note`} label="Note" hint="Caveats" rows={2} errors={errors} defaultValue={item.v.note} />
            </div>
          </div>
        ))}
        <button
          type="button"
          onClick={() => {
            setList({ rows: [...items, { key: nextKey, v: blankEvidence() }] });
            setNextKey(nextKey + 1);
          }}
          className="rounded border border-slate-400 px-3 py-1.5 text-sm font-medium hover:bg-slate-100"
        >
          Add evidence item
        </button>
      </fieldset>

      <SaveButtons
        review={review}
        label={creating ? "Record stance" : mode === "new" ? "Record new stance" : "Save correction"}
        note={creating ? "Adds the stance from that date (audited)." : mode === "new" ? "Adds a new dated stance; this one stays in the history." : "Changes this stance in place (audited)."}
      />
    </form>
  );
}

/**
 * "Copy evidence from the previous stance": a button once React runs (no reload, so nothing typed is lost); before
 * that, and without JavaScript, a link that reloads the form with the evidence copied on the server.
 */
function CopyEvidence({ previous, count, copied, onCopy }: { previous: PreviousStance; count: number; copied: "server" | "client" | null; onCopy: () => void }) {
  const hydrated = useHydrated();
  const what = `the stance of ${previous.label}`;
  if (count === 0)
    return <p className="text-sm text-slate-600">The previous stance ({what}) is unsourced: it has no evidence to copy.</p>;
  if (copied)
    return (
      <p
        role="status"
        tabIndex={-1}
        ref={(el) => {
          if (el && copied === "client") el.focus();
        }}
        className="rounded border border-blue-300 bg-blue-50 p-2 text-sm text-blue-950"
      >
        Copied the evidence of {what} ({count} {count === 1 ? "item" : "items"}). Check that it supports the new stance.
      </p>
    );
  const style = "rounded border border-slate-400 bg-white px-3 py-1.5 text-sm font-medium text-slate-900 hover:bg-slate-100";
  return (
    <div className="flex flex-wrap items-center gap-3">
      {hydrated ? (
        <button type="button" onClick={onCopy} className={style} aria-describedby="copy-evidence-help">
          Copy evidence from the previous stance
        </button>
      ) : (
        <a href={previous.copyHref} className={style} aria-describedby="copy-evidence-help">
          Copy evidence from the previous stance
        </a>
      )}
      <span id="copy-evidence-help" className="text-sm text-slate-600">
        From {what}: {count} {count === 1 ? "item" : "items"}. A new stance starts without evidence.
      </span>
    </div>
  );
}
