/** The texts of the matrix export, apart from its drawing, so the Export menu can prefill them without loading it. */

/** What the −2..+2 scale means, for every export that shows positions. */
export const SCALE_NOTE =
  "Every issue runs from −2 (pressure / maximal-demands pole) to +2 (accommodation pole); the cell names the point on that issue's own scale, which carries the meaning. +2 is not \"the DPRK's side\": since 2023 the DPRK itself sits at −2 on some issues.";

/** Today's title, subtitle and note of the matrix export (the Export menu prefills its editor with them). */
export function matrixTexts(asOf: string, actorShortNames: readonly string[], clusterLabel?: string): { title: string; subtitle: string; note: string } {
  return {
    title: "Where the actors stand",
    subtitle: `Stance matrix of ${actorShortNames.join(", ")}${clusterLabel ? ` · ${clusterLabel}` : ""} · as of ${asOf}`,
    note: SCALE_NOTE,
  };
}
