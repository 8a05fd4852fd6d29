"use client";
import { useEffect, useState, type ComponentType, type ReactNode } from "react";
import { serializeScenario, type ScenarioEntry } from "@/lib/scenario";
import type { DivergenceFiguresProps } from "./DivergenceFigures";

type Editor = ComponentType<Omit<DivergenceFiguresProps, "entries"> & { initialScenario: ScenarioEntry[] }>;
type Inputs = Pick<DivergenceFiguresProps, "actors" | "issues" | "cells">;

/**
 * The what-if scenario, loaded when the reader opens it: until then the page shows the figures rendered on the
 * server (`children`) and this button. Opening it fetches the editor's code and the positions in force
 * (GET /api/v1/positions) and swaps the figures for the live ones. A scenario link opens it at once, so its
 * moves can be edited; its figures are on the server-rendered page already.
 */
export function WhatIf({
  children,
  initialScenario,
  ...figures
}: Omit<DivergenceFiguresProps, "entries" | "actors" | "issues" | "cells"> & { initialScenario: ScenarioEntry[]; children: ReactNode }) {
  const [state, setState] = useState<"closed" | "loading" | "failed" | { Editor: Editor; inputs: Inputs }>("closed");
  const load = () =>
    Promise.all([
      import("./DivergenceWhatIf").then((m) => m.default as Editor),
      fetch(`/api/v1/positions?asOf=${figures.asOf}`).then((r) => (r.ok ? (r.json() as Promise<Inputs>) : Promise.reject(new Error(`HTTP ${r.status}`)))),
    ]).then(
      ([Editor, inputs]) => setState({ Editor, inputs }),
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

  if (typeof state === "object") return <state.Editor {...figures} {...state.inputs} initialScenario={initialScenario} />;
  return (
    <div className="space-y-4">
      <section aria-labelledby="what-if-h" className="no-print rounded-lg border border-indigo-200 bg-indigo-50/60 p-4">
        <h2 id="what-if-h" className="font-semibold text-slate-900">
          What-if scenario
        </h2>
        <p className="mt-0.5 text-xs text-slate-600">
          Move an actor&apos;s position and see every figure below recompute.
          {hasScenario && ` This link applies a scenario: ${serializeScenario(initialScenario)}.`}
        </p>
        <button
          type="button"
          onClick={open}
          disabled={state === "loading"}
          className="mt-2 rounded bg-indigo-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-indigo-800 disabled:opacity-60"
        >
          {state === "loading" ? "Loading the editor…" : "Open the what-if editor"}
        </button>
        {state === "failed" && (
          <p role="alert" className="mt-2 text-sm text-red-800">
            The editor could not be loaded. Reload the page to try again.
          </p>
        )}
      </section>
      {children}
    </div>
  );
}
