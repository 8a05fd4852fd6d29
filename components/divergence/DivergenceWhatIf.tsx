"use client";
import { useMemo, useState } from "react";
import { indexCells, stanceFor } from "@/lib/pairs";
import type { ScenarioEntry } from "@/lib/scenario";
import { ScenarioEditor } from "../scenario/ScenarioEditor";
import { useScenarioUrl } from "../scenario/useScenarioUrl";
import { DivergenceFigures, type DivergenceFiguresProps } from "./DivergenceFigures";

/**
 * The open what-if editor: the scenario in state (and in the URL), the figures recomputed in the browser on
 * every move. Loaded only when the reader opens it (WhatIf.tsx), with the positions it needs.
 */
export default function DivergenceWhatIf(props: Omit<DivergenceFiguresProps, "entries"> & { initialScenario: ScenarioEntry[] }) {
  const { initialScenario, ...figures } = props;
  const [entries, setEntries] = useState(initialScenario);
  useScenarioUrl(entries);
  const realIndex = useMemo(() => indexCells(figures.cells), [figures.cells]);
  return (
    <div className="space-y-4">
      <ScenarioEditor
        actors={figures.actors}
        issues={figures.issues}
        entries={entries}
        onChange={setEntries}
        real={(actor, issue) => stanceFor(realIndex, actor, issue, "")?.position ?? realIndex.get(`${actor}|${issue}`)?.[0]?.position ?? null}
      />
      <DivergenceFigures {...figures} entries={entries} />
    </div>
  );
}
