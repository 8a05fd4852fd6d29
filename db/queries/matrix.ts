import "server-only";
import type { AppLocale } from "../../lib/i18n/paths";
import { listActors, listIssues, type ActorDto, type IssueDto } from "./reference";
import type { StanceDto } from "../../lib/dto";
import { stancesAsOf } from "./stances";

export type Matrix = { asOf: string; actors: ActorDto[]; issues: IssueDto[]; cells: StanceDto[] };

/**
 * The actor x issue matrix as of a date: every stance in force, with its evidence. `evidence: false` gives the
 * counts only (the matrix page shows counts; at 30 x 200 the bodies are most of the cost).
 */
export function getMatrix({ asOf, evidence = true, lang = "en" }: { asOf: string; evidence?: boolean; lang?: AppLocale }): Matrix {
  return { asOf, actors: listActors(lang), issues: listIssues(lang), cells: stancesAsOf(asOf, { evidence, lang }) };
}
