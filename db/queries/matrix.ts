import "server-only";
import { listActors, listIssues, type ActorDto, type IssueDto } from "./reference";
import { stancesAsOf, type StanceDto } from "./stances";

export type Matrix = { asOf: string; actors: ActorDto[]; issues: IssueDto[]; cells: StanceDto[] };

/** The actor x issue matrix as of a date: every stance in force, with its evidence. */
export function getMatrix({ asOf }: { asOf: string }): Matrix {
  return { asOf, actors: listActors(), issues: listIssues(), cells: stancesAsOf(asOf) };
}
