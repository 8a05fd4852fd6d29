"use client";
import { useEffect, useState, type ComponentType, type ReactNode } from "react";
import { NextIntlClientProvider, useLocale, useMessages, useTranslations } from "next-intl";
import type { Messages } from "@/messages";
import { serializeScenario, type ScenarioEntry } from "@/lib/scenario";
import type { DivergenceFiguresProps } from "./DivergenceFigures";

type Editor = ComponentType<Omit<DivergenceFiguresProps, "entries"> & { initialScenario: ScenarioEntry[] }>;
type Inputs = Pick<DivergenceFiguresProps, "cells">;
type Texts = Pick<Messages, "Divergence" | "FigureClusters" | "Scenario" | "Domain">;

/** The texts the open editor adds to the page's (its figures, cluster names, the scenario editor), in one language. */
async function editorTexts(locale: string): Promise<Texts> {
  const ko = locale === "ko";
  const [figures, exported, pages] = await Promise.all([
    ko ? import("@/messages/ko/figures.json") : import("@/messages/en/figures.json"),
    ko ? import("@/messages/ko/export.json") : import("@/messages/en/export.json"),
    ko ? import("@/messages/ko/views-pages.json") : import("@/messages/en/views-pages.json"),
  ]);
  return { Divergence: figures.default.Divergence, FigureClusters: exported.default.FigureClusters, Scenario: pages.default.Scenario, Domain: pages.default.Domain };
}

/**
 * The what-if scenario, loaded when the reader opens it: until then the page shows the figures rendered on the
 * server (`children`) and this button. Opening it fetches the editor's code and the positions in force
 * (GET /api/v1/positions; names and titles stay the page's, in its language) and the texts it adds to the page's
 * (editorTexts), and swaps the figures for the live ones. A scenario link opens it at once, so its moves can be
 * edited; its figures are on the server-rendered page already.
 */
export function WhatIf({
  children,
  initialScenario,
  ...figures
}: Omit<DivergenceFiguresProps, "entries" | "cells"> & { initialScenario: ScenarioEntry[]; children: ReactNode }) {
  const t = useTranslations("WhatIf");
  const locale = useLocale();
  const messages = useMessages();
  const [state, setState] = useState<"closed" | "loading" | "failed" | { Editor: Editor; inputs: Inputs; texts: Texts }>("closed");
  const load = () =>
    Promise.all([
      import("./DivergenceWhatIf").then((m) => m.default as Editor),
      // Only the positions: the actors' and issues' names come from the page, in its language.
      fetch(`/api/v1/positions?asOf=${figures.asOf}`).then((r) => (r.ok ? (r.json() as Promise<Inputs>) : Promise.reject(new Error(`HTTP ${r.status}`)))),
      editorTexts(locale),
    ]).then(
      ([Editor, inputs, texts]) => setState({ Editor, inputs: { cells: inputs.cells }, texts }),
      () => setState("failed"),
    );
  const open = () => {
    setState("loading");
    void load();
  };
  // A shared scenario link: open the editor with its moves once the page is interactive.
  const hasScenario = initialScenario.length > 0;
  useEffect(() => {
    if (hasScenario) void load();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  if (typeof state === "object")
    return (
      <NextIntlClientProvider locale={locale} messages={{ ...messages, ...state.texts }} timeZone="UTC">
        <state.Editor {...figures} {...state.inputs} initialScenario={initialScenario} />
      </NextIntlClientProvider>
    );
  return (
    <div className="space-y-4">
      <section aria-labelledby="what-if-h" className="no-print rounded-lg border border-indigo-200 bg-indigo-50/60 p-4">
        <h2 id="what-if-h" className="font-semibold text-slate-900">
          {t("heading")}
        </h2>
        <p className="mt-0.5 text-xs text-slate-600">
          {t("intro")}
          {hasScenario && t("applied", { scenario: serializeScenario(initialScenario) })}
        </p>
        <button
          type="button"
          onClick={open}
          disabled={state === "loading"}
          className="mt-2 rounded bg-indigo-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-indigo-800 disabled:opacity-60"
        >
          {state === "loading" ? t("loading") : t("open")}
        </button>
        {state === "failed" && (
          <p role="alert" className="mt-2 text-sm text-red-800">
            {t("failed")}
          </p>
        )}
      </section>
      {children}
    </div>
  );
}
