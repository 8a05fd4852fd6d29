/**
 * Findings of the dataset check (lib/data-check.ts) that stand, each with the reason it stands.
 * Keys are "actor|issue|counterpart|validFrom" as the check reports them. An entry that matches no finding
 * fails the check, so this list cannot go stale silently.
 */
import type { DataCheckAllow } from "../../lib/data-check";

export const DATA_CHECK_ALLOW: DataCheckAllow[] = [
  {
    rule: "unsupported-evidence",
    key: "JPN|inter-korean-cooperation||2018-01-01",
    reason:
      "S0 is the only source on Japan and inter-Korean cooperation (FACTS D.5). Its note says it does not state Japan's position on the projects directly: the row is an inference from what S0 does say (Tokyo's sanctions and security line against Seoul's cooperation drive), and it is coded low with a note.",
  },
  {
    rule: "unsupported-evidence",
    key: "JPN|yongbyon||2019-02-28",
    reason:
      "S0 supports Japan's CVID-first stance, from which the Yongbyon coding is inferred; its note says S0 does not speak to Yongbyon directly. The row also cites S62 (Abe backed the Hanoi walk-out) and is coded low.",
  },
];
