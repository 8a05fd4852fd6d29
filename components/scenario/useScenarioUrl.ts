"use client";
import { useEffect, useRef } from "react";
import { serializeScenario, type ScenarioEntry } from "@/lib/scenario";

/** Keeps `?scenario=` in the address bar in step with the edited scenario (replaceState: no reload, shareable). */
export function useScenarioUrl(entries: readonly ScenarioEntry[]) {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const url = new URL(window.location.href);
    const value = serializeScenario(entries);
    if (value) url.searchParams.set("scenario", value);
    else url.searchParams.delete("scenario");
    window.history.replaceState(window.history.state, "", `${url.pathname}${url.search}${url.hash}`);
  }, [entries]);
}
