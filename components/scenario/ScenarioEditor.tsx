"use client";
import { useId, useState } from "react";
import { useTranslations } from "next-intl";
import { domainText, formatPosition } from "@/lib/domain";
import { setScenarioEntry, type ScenarioEntry } from "@/lib/scenario";

export type EditorActor = { code: string; shortName: string };
export type EditorIssue = { slug: string; title: string; labels: string[] };

/**
 * What-if editor: move any listed actor's position on any issue. The scenario lives in the browser and the URL
 * only; nothing is saved. `real` gives the position in force (null: no stated position).
 */
export function ScenarioEditor({
  actors,
  issues,
  entries,
  onChange,
  real,
  summary,
}: {
  actors: EditorActor[];
  issues: EditorIssue[];
  entries: ScenarioEntry[];
  onChange: (next: ScenarioEntry[]) => void;
  real: (actor: string, issue: string) => number | null;
  summary?: React.ReactNode;
}) {
  const id = useId();
  const t = useTranslations("Scenario");
  const d = domainText(useTranslations("Domain"));
  const scaleLabel = d.scaleLabel;
  const [actor, setActor] = useState(actors[0]?.code ?? "");
  const [issue, setIssue] = useState(issues[0]?.slug ?? "");
  const current = real(actor, issue);
  const pending = entries.find((e) => e.actor === actor && e.issue === issue)?.position;
  const [position, setPosition] = useState<string>("");
  const labels = issues.find((i) => i.slug === issue)?.labels ?? [];
  const chosen = position === "" ? (pending ?? current ?? 0) : Number(position);
  const name = (code: string) => actors.find((a) => a.code === code)?.shortName ?? code;
  const title = (slug: string) => issues.find((i) => i.slug === slug)?.title ?? slug;

  return (
    <section aria-labelledby={`${id}-h`} className="no-print rounded-lg border border-indigo-200 bg-indigo-50/60 p-4" data-testid="scenario-editor">
      <h2 id={`${id}-h`} className="font-semibold text-slate-900">
        {t("title")}
      </h2>
      <p className="mt-0.5 text-xs text-slate-600">{t("intro")}</p>
      <form
        className="mt-3 flex flex-wrap items-end gap-3"
        onSubmit={(e) => {
          e.preventDefault();
          onChange(setScenarioEntry(entries, { actor, issue, position: chosen }, current));
          setPosition("");
        }}
      >
        <div>
          <label htmlFor={`${id}-actor`} className="block text-xs font-medium text-slate-700">
            {t("actor")}
          </label>
          <select id={`${id}-actor`} value={actor} onChange={(e) => { setActor(e.target.value); setPosition(""); }} className="mt-1 rounded border border-slate-300 bg-white px-2 py-1.5 text-sm">
            {actors.map((a) => (
              <option key={a.code} value={a.code}>
                {a.shortName}
              </option>
            ))}
          </select>
        </div>
        <div className="min-w-0 max-w-full">
          <label htmlFor={`${id}-issue`} className="block text-xs font-medium text-slate-700">
            {t("issue")}
          </label>
          <select id={`${id}-issue`} value={issue} onChange={(e) => { setIssue(e.target.value); setPosition(""); }} className="mt-1 w-full max-w-72 rounded border border-slate-300 bg-white px-2 py-1.5 text-sm">
            {issues.map((i) => (
              <option key={i.slug} value={i.slug}>
                {i.title}
              </option>
            ))}
          </select>
        </div>
        <div className="min-w-0 max-w-full">
          <label htmlFor={`${id}-pos`} className="block text-xs font-medium text-slate-700">
            {t("position")}
          </label>
          <select id={`${id}-pos`} value={String(chosen)} onChange={(e) => setPosition(e.target.value)} className="mt-1 w-full max-w-96 rounded border border-slate-300 bg-white px-2 py-1.5 text-sm">
            {[-2, -1, 0, 1, 2].map((v) => (
              <option key={v} value={v}>
                {formatPosition(v)} {scaleLabel(labels, v)}
                {v === current ? ` ${t("inForceMark")}` : ""}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded bg-indigo-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-indigo-800">
          {t("apply")}
        </button>
      </form>
      <p className="mt-1 text-xs text-slate-600">
        {current === null
          ? t("inForceNone", { actor: name(actor), issue: title(issue) })
          : t("inForce", { actor: name(actor), issue: title(issue), position: `${formatPosition(current)} ${scaleLabel(labels, current)}` })}
      </p>
      {entries.length > 0 ? (
        <div className="mt-3">
          <h3 className="text-xs font-semibold uppercase tracking-wide text-slate-600">{t("movesTitle")}</h3>
          <ul className="mt-1 space-y-1" aria-label={t("movesLabel")}>
            {entries.map((e) => {
              const was = real(e.actor, e.issue);
              return (
                <li key={`${e.actor}.${e.issue}`} className="flex flex-wrap items-center gap-2 text-sm" data-testid={`scenario-move-${e.actor}-${e.issue}`}>
                  <span>
                    {t.rich("move", {
                      actor: name(e.actor),
                      issue: title(e.issue),
                      from: formatPosition(was),
                      to: formatPosition(e.position),
                      strong: (c) => <strong>{c}</strong>,
                    })}
                  </span>
                  <button
                    type="button"
                    onClick={() => onChange(entries.filter((x) => x !== e))}
                    className="rounded border border-slate-300 bg-white px-2 py-0.5 text-xs text-slate-700 hover:bg-slate-100"
                    aria-label={t("removeLabel", { actor: name(e.actor), issue: title(e.issue) })}
                  >
                    {t("remove")}
                  </button>
                </li>
              );
            })}
          </ul>
          <button type="button" onClick={() => onChange([])} className="mt-2 text-sm text-blue-800 underline">
            {t("clear")}
          </button>
        </div>
      ) : (
        <p className="mt-2 text-xs italic text-slate-600">{t("noMoves")}</p>
      )}
      {summary}
    </section>
  );
}
