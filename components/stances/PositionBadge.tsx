import { formatPosition } from "@/lib/domain";
import { positionFill, positionText } from "@/lib/palette";
import { MixedText } from "./MixedText";

/** The position as the matrix shows it: diverging colour, signed number and the scale label as text. */
export function PositionBadge({ position, label }: { position: number | null; label: string }) {
  return (
    <span
      className="inline-flex items-baseline gap-1.5 rounded px-2 py-0.5 text-sm ring-1 ring-inset ring-black/10"
      style={{ backgroundColor: positionFill(position), color: positionText(position) }}
    >
      <span className="font-bold tabular-nums">{formatPosition(position)}</span>
      <span>
        <MixedText text={label} />
      </span>
    </span>
  );
}
