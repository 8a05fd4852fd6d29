"use client";
/**
 * The stance editor: record a new dated stance, or correct this one. Carries the version it was loaded at;
 * on a conflict it shows the saved values beside the user's and can reapply the user's on top.
 */
import { useLocale, useTranslations } from "next-intl";
import { useActionState, useRef, useState, useSyncExternalStore } from "react";
import { IDLE, valueAt, type FormState, type FormValues } from "@/lib/admin/forms";
import { formatPosition, scaleLabel } from "@/lib/domain";
import { ConflictPanel, type ConflictRow } from "./ConflictPanel";
import { Mixed } from "@/components/stances/Mixed";
import { FieldMessages, FormStatus, SaveButtons, SelectField, TextArea, TextField, describedBy, idFor, type ReviewMode } from "./fields";

type EvidenceValues = Record<string, string>;
const EVIDENCE_FIELDS = ["title", "publisher", "publishedOn", "url", "paraphrase", "paraphraseKo", "quote", "note", "noteKo", "sourceKey"] as const;
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
  /** Without JavaScript: this page again with `?mode=correct`, the form set to correct this stance, its evidence in. */
  correctHref: string;
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

type T = ReturnType<typeof useTranslations<"StanceForm">>;

function positionText(tr: T, scale: string[], v: string): string {
  if (v === "none" || v === "") return tr("noPosition");
  const n = Number(v);
  return `${formatPosition(n)} ${scaleLabel(scale, n)}`;
}

function conflictRows(tr: T, scale: string[], theirs: FormValues, yours: FormValues): ConflictRow[] {
  const t = (p: string) => valueAt(theirs, p);
  const y = (p: string) => valueAt(yours, p);
  const ev = (v: FormValues) => evidenceOf(v).map((e, i) => `${i + 1}. ${e.title} (${e.publisher}, ${e.publishedOn})${e.url ? ` ${e.url}` : ""}`).join("\n");
  return [
    { field: tr("conflictPosition"), theirs: positionText(tr, scale, theirs.position === null ? "none" : t("position")), yours: positionText(tr, scale, y("position")) },
    { field: tr("conflictSalience"), theirs: t("salience"), yours: y("salience") },
    { field: tr("conflictConfidence"), theirs: t("confidence"), yours: y("confidence") },
    { field: tr("conflictSummary"), theirs: t("summary"), yours: y("summary") },
    { field: tr("conflictSummaryKo"), theirs: t("summaryKo"), yours: y("summaryKo") },
    { field: tr("conflictNote"), theirs: t("note"), yours: y("note") },
    { field: tr("conflictEvidence"), theirs: ev(theirs), yours: ev(yours) },
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
  const t = useTranslations("StanceForm");
  const [state, formAction] = useActionState<FormState, FormData>(action, IDLE);
  // After "Reapply my changes on top": the user's values on the newer version.
  const [reapplied, setReapplied] = useState<{ values: FormValues; version: number; at: number } | null>(null);

  if (state.status === "conflict" && (!reapplied || reapplied.at < state.at)) {
    const theirs = state.current as FormValues | null;
    return (
      <ConflictPanel
        message={state.message}
        reloadHref={reloadHref}
        rows={theirs ? conflictRows(t, scale, theirs, state.values) : []}
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
  const t = useTranslations("StanceForm");
  const locale = useLocale();
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
          {t("reapplied", { version })}
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
            label={t("startsOn")}
            hint={t("dateHint")}
            inputMode="numeric"
            placeholder={t("datePlaceholder")}
            required
            errors={errors}
            defaultValue={valueAt(values, "validFrom")}
          />
        </div>
      ) : (
      <fieldset className="space-y-3 rounded-lg border border-slate-300 bg-white p-4">
          <legend className="px-1 text-base font-semibold">{t("whatDoes")}</legend>
          <div className="flex gap-3">
            <input id="mode-new" type="radio" name="mode" value="new" checked={mode === "new"} onChange={() => switchMode("new")} className="mt-1" aria-describedby="mode-new-help" />
            <div>
              <label htmlFor="mode-new" className="font-medium">{t("modeNew")}</label>
              <p id="mode-new-help" className="text-sm text-slate-600">
                {t("modeNewHelp")}
              </p>
            </div>
          </div>
          {mode === "new" && (
            <TextField
              className="ml-7 max-w-xs"
              name="validFrom"
              label={t("newStartsOn")}
              hint={t("newStartsHint", { date: validFrom })}
              inputMode="numeric"
              placeholder={t("datePlaceholder")}
              required
              errors={errors}
              defaultValue={valueAt(values, "validFrom")}
            />
          )}
          <div className="flex gap-3">
            <input id="mode-correct" type="radio" name="mode" value="correct" checked={mode === "correct"} onChange={() => switchMode("correct")} className="mt-1" aria-describedby="mode-correct-help" />
            <div>
              <label htmlFor="mode-correct" className="font-medium">{t("modeCorrect")}</label>
              <p id="mode-correct-help" className="text-sm text-slate-600">
                {t("modeCorrectHelp", { date: validFrom })}
              </p>
              {mode === "new" && previous && <CorrectLink href={previous.correctHref} />}
            </div>
          </div>
          <FieldMessages name="mode" errors={errors} />
        </fieldset>
      )}

      <fieldset className="rounded-lg border border-slate-300 bg-white p-4" aria-describedby={describedBy("position", errors)} aria-invalid={errors?.position ? true : undefined}>
        <legend className="px-1 text-base font-semibold">{t("position")}</legend>
        <div className="mt-1 grid gap-1.5">
          {[...scale.map((label, i) => ({ value: String(i - 2), label: `${formatPosition(i - 2)} · ${label}` })), { value: "none", label: t("noPosition") }].map((o) => (
            <label key={o.value} className="flex items-start gap-2 rounded px-1 py-0.5 text-sm hover:bg-slate-50">
              <input type="radio" name="position" value={o.value} defaultChecked={position === o.value} className="mt-0.5" />
              <span>
                <Mixed text={o.label} locale={locale} />
              </span>
            </label>
          ))}
        </div>
        <FieldMessages name="position" errors={errors} />
      </fieldset>

      <div className="grid gap-4 rounded-lg border border-slate-300 bg-white p-4 sm:grid-cols-2">
        <SelectField
          name="salience"
          label={t("salience")}
          hint={t("salienceHint")}
          options={[
            { value: "1", label: t("salience1") },
            { value: "2", label: t("salience2") },
            { value: "3", label: t("salience3") },
            { value: "4", label: t("salience4") },
            { value: "5", label: t("salience5") },
          ]} errors={errors} defaultValue={valueAt(values, "salience") || "3"} />
        <SelectField
          name="confidence"
          label={t("confidence")}
          options={[
            { value: "low", label: t("low") },
            { value: "medium", label: t("medium") },
            { value: "high", label: t("high") },
          ]}
          errors={errors}
          defaultValue={valueAt(values, "confidence") || "medium"}
        />
        <TextArea name="summary" lang="en" label={t("summary")} required rows={3} errors={errors} defaultValue={valueAt(values, "summary")} hint={t("summaryHint")} />
        <TextArea
          name="summaryKo"
          lang="ko"
          label={t("summaryKo")}
          rows={3}
          errors={errors}
          untranslated={!valueAt(values, "summaryKo").trim()}
          defaultValue={valueAt(values, "summaryKo")}
          hint={t("summaryKoHint")}
        />
        <TextArea name="note" lang="en" label={t("note")} rows={2} errors={errors} defaultValue={valueAt(values, "note")} hint={t("noteHint")} />
        <TextArea
          name="noteKo"
          lang="ko"
          label={t("noteKo")}
          rows={2}
          errors={errors}
          untranslated={!!valueAt(values, "note").trim() && !valueAt(values, "noteKo").trim()}
          defaultValue={valueAt(values, "noteKo")}
        />
      </div>

      <fieldset
        key={mode}
        onChange={track}
        className="space-y-4 rounded-lg border border-slate-300 bg-white p-4"
        aria-describedby={evidenceError ? `${idFor("evidence")}-error` : undefined}
      >
        <legend className="px-1 text-base font-semibold">{t("evidence", { count: items.length })}</legend>
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
            <span>{t.rich("unsourced", { b: (chunks) => <span className="font-medium">{chunks}</span> })}</span>
          </label>
          <FieldMessages name="unsourced" errors={errors} />
        </div>
        {items.map((item, i) => (
          <div key={item.key} className="space-y-3 rounded border border-slate-200 p-3" role="group" aria-label={t("item", { n: i + 1 })}>
            <div className="flex items-center justify-between gap-2">
              <h3 className="text-sm font-semibold">{t("item", { n: i + 1 })}</h3>
              <button
                type="button"
                onClick={() => setList({ rows: items.filter((x) => x.key !== item.key) })}
                className="rounded border border-slate-400 px-2 py-1 text-xs font-medium hover:bg-slate-100"
                aria-label={t("removeItem", { n: i + 1 })}
              >
                {t("remove")}
              </button>
            </div>
            <input type="hidden" name={`evidence[${i}].sourceKey`} value={item.v.sourceKey ?? ""} />
            <div className="grid gap-3 sm:grid-cols-2">
              <TextField name={`evidence[${i}].title`} label={t("sourceTitle")} required errors={errors} defaultValue={item.v.title} />
              <TextField name={`evidence[${i}].publisher`} label={t("publisher")} required errors={errors} defaultValue={item.v.publisher} />
              <TextField name={`evidence[${i}].publishedOn`} label={t("published")} hint={t("publishedHint")} required errors={errors} defaultValue={item.v.publishedOn} />
              <TextField name={`evidence[${i}].url`} label={t("url")} hint={t("urlHint")} type="url" errors={errors} defaultValue={item.v.url} />
            </div>
            <div className="grid gap-3 sm:grid-cols-2">
              <TextArea name={`evidence[${i}].paraphrase`} lang="en" label={t("paraphrase")} required rows={2} errors={errors} defaultValue={item.v.paraphrase} />
              <TextArea
                name={`evidence[${i}].paraphraseKo`}
                lang="ko"
                label={t("paraphraseKo")}
                rows={2}
                errors={errors}
                untranslated={!item.v.paraphraseKo?.trim()}
                defaultValue={item.v.paraphraseKo}
              />
            </div>
            <TextArea name={`evidence[${i}].quote`} label={t("quote")} hint={t("quoteHint")} rows={2} errors={errors} defaultValue={item.v.quote} />
            <div className="grid gap-3 sm:grid-cols-2">
              <TextArea name={`evidence[${i}].note`} lang="en" label={t("evNote")} hint={t("evNoteHint")} rows={2} errors={errors} defaultValue={item.v.note} />
              <TextArea name={`evidence[${i}].noteKo`} lang="ko" label={t("evNoteKo")} rows={2} errors={errors} defaultValue={item.v.noteKo} />
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
          {t("addItem")}
        </button>
      </fieldset>

      <SaveButtons
        review={review}
        label={creating ? t("record") : mode === "new" ? t("recordNew") : t("saveCorrection")}
        note={creating ? t("recordNote") : mode === "new" ? t("recordNewNote") : t("correctNote")}
      />
    </form>
  );
}

/**
 * Before React runs (and without JavaScript) choosing "Correct this stance" cannot swap the evidence list for this
 * stance's own, so a link offers the form set up for the correction instead; once hydrated, the choice does it.
 */
function CorrectLink({ href }: { href: string }) {
  const hydrated = useHydrated();
  const t = useTranslations("StanceForm");
  if (hydrated) return null;
  return (
    <a href={href} className="text-sm text-blue-800 underline" data-testid="correct-link">
      {t("correctLink")}
    </a>
  );
}

/**
 * "Copy evidence from the previous stance": a button once React runs (no reload, so nothing typed is lost); before
 * that, and without JavaScript, a link that reloads the form with the evidence copied on the server.
 */
function CopyEvidence({ previous, count, copied, onCopy }: { previous: PreviousStance; count: number; copied: "server" | "client" | null; onCopy: () => void }) {
  const hydrated = useHydrated();
  const t = useTranslations("StanceForm");
  const locale = useLocale();
  const what = previous.label;
  if (count === 0)
    return (
      <p className="text-sm text-slate-600">
        <Mixed text={t("copyNone", { what })} locale={locale} />
      </p>
    );
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
        <Mixed text={t("copied", { what, count })} locale={locale} />
      </p>
    );
  const style = "rounded border border-slate-400 bg-white px-3 py-1.5 text-sm font-medium text-slate-900 hover:bg-slate-100";
  return (
    <div className="flex flex-wrap items-center gap-3">
      {hydrated ? (
        <button type="button" onClick={onCopy} className={style} aria-describedby="copy-evidence-help">
          {t("copy")}
        </button>
      ) : (
        <a href={previous.copyHref} className={style} aria-describedby="copy-evidence-help">
          {t("copy")}
        </a>
      )}
      <span id="copy-evidence-help" className="text-sm text-slate-600">
        <Mixed text={t("copyHelp", { what, count })} locale={locale} />
      </span>
    </div>
  );
}
