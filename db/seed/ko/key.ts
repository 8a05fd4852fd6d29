import type { StanceSeed } from "../types";

/**
 * The key of a seed stance in the Korean translation tables (db/seed/ko/stances-*.ts): actor, issue, counterpart
 * (empty when undirected) and start date, which together identify one stance of the curated dataset.
 */
export function stanceSeedKey(s: Pick<StanceSeed, "actor" | "issue" | "counterpart" | "validFrom">): string {
  return `${s.actor}|${s.issue}|${s.counterpart ?? ""}|${s.validFrom}`;
}
