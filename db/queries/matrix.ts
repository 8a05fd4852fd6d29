import "server-only";
import { listActors, listIssues, type ActorDto, type IssueDto } from "./reference";
import type { StanceDto } from "../../lib/dto";
import { stancesAsOf } from "./stances";

export type Matrix = { asOf: string; actors: ActorDto[]; issues: IssueDto[]; cells: StanceDto[] };

/**
 * The actor x issue matrix as of a date: every stance in force, with its evidence. `evidence: false` gives the
 * counts only (the matrix page shows counts; at 30 x 200 the bodies are most of the cost).
 */
export function getMatrix({ asOf, evidence = true }: { asOf: string; evidence?: boolean }): Matrix {
  return { asOf, actors: listActors(), issues: listIssues(), cells: stancesAsOf(asOf, { evidence }) };
}
