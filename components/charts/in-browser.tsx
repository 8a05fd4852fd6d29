"use client";
import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * False on the server and while hydrating, true once the page runs in the browser. The issue page's charts draw
 * only then: Recharts' ResponsiveContainer draws nothing on the server anyway, and each chart's data table, the
 * one thing its server HTML would carry, repeats numbers the page's own table and stance list already give as
 * HTML (issue 15: the document's weight).
 */
export function useInBrowser(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}

/** Where a chart will be: its name and test id (so it is counted before it draws), and its height reserved. */
export function ChartPlaceholder({ name, testId, height }: { name: string; testId?: string; height: number }) {
  return <figure data-chart={name} data-testid={testId} className="chart-ph" style={{ minHeight: height }} />;
}
