"use client";

import { useState, type ComponentType } from "react";
import { Chevron, EXPORT_BUTTON_CLASS } from "./export-button";

/** What the loaded menu gets besides its own props: open at once with this item focused. */
export type Opening = { initialOpen: "first" | "last" };

/**
 * An Export button whose menu is not among the page's scripts: pressing it (Enter, Space, ArrowDown, ArrowUp or a
 * click) imports the menu with its texts and next-intl's formatter, then renders it open with its first (ArrowUp:
 * last) item focused; hovering or focusing the button starts the download. Texts come formatted from the caller:
 * `text` (the button), `label` (its accessible name), `loadFailed` (said when the import fails).
 */
export function LazyExportButton<P extends object>({
  text,
  label,
  loadFailed,
  load,
  props,
  className = "",
}: {
  text: string;
  label: string;
  loadFailed: string;
  /** Imports the menu component (a module-level function, so the import is shared and cached). */
  load: () => Promise<ComponentType<P & Opening>>;
  props: P;
  className?: string;
}) {
  const [Menu, setMenu] = useState<ComponentType<P & Opening> | null>(null);
  const [opening, setOpening] = useState<Opening["initialOpen"]>("first");
  const [failed, setFailed] = useState(false);

  if (Menu) return <Menu {...props} initialOpen={opening} />;

  const open = (focus: Opening["initialOpen"]) => {
    setFailed(false);
    load().then(
      (component) => {
        setOpening(focus);
        setMenu(() => component);
      },
      () => setFailed(true),
    );
  };
  const warm = () => void load().catch(() => undefined);
  return (
    <div className={`no-print relative inline-block text-sm ${className}`}>
      <button
        type="button"
        aria-haspopup="menu"
        aria-expanded={false}
        aria-label={label}
        onPointerEnter={warm}
        onFocus={warm}
        onClick={() => open("first")}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown" || e.key === "ArrowUp") {
            e.preventDefault();
            open(e.key === "ArrowDown" ? "first" : "last");
          }
        }}
        className={EXPORT_BUTTON_CLASS}
      >
        {text}
        <Chevron />
      </button>
      <p role="status" aria-live="polite" className={failed ? "mt-1 text-xs text-red-800" : "sr-only"}>
        {failed ? loadFailed : ""}
      </p>
    </div>
  );
}
