"use client";

import { useState, type ComponentProps, type ComponentType } from "react";
import { Chevron, EXPORT_BUTTON_CLASS } from "./export-button";
import type { MatrixExport } from "./MatrixExport";

type MenuProps = ComponentProps<typeof MatrixExport>;
const loadMenu = () => import("./MatrixExport").then((m) => m.MatrixExport);

/**
 * The matrix page's Export button. The menu, its texts in both languages and next-intl's formatter are not among
 * the page's scripts: pressing the button (Enter, Space, ArrowDown, ArrowUp or a click) loads them and opens the
 * menu with its first (or, for ArrowUp, last) item focused; hovering or focusing the button starts the download.
 * Texts come from the server, formatted: `text` (the button), `label` (its accessible name), `loadFailed`.
 */
export function MatrixExportButton({ text, label, loadFailed, ...menu }: MenuProps & { text: string; label: string; loadFailed: string }) {
  const [Menu, setMenu] = useState<ComponentType<MenuProps> | null>(null);
  const [opening, setOpening] = useState<"first" | "last">("first");
  const [failed, setFailed] = useState(false);

  if (Menu) return <Menu {...menu} initialOpen={opening} />;

  const open = (focus: "first" | "last") => {
    setFailed(false);
    loadMenu().then(
      (component) => {
        setOpening(focus);
        setMenu(() => component);
      },
      () => setFailed(true),
    );
  };
  return (
    <div className="no-print relative inline-block text-sm">
      <button
        type="button"
        aria-haspopup="menu"
        aria-expanded={false}
        aria-label={label}
        onPointerEnter={() => void loadMenu().catch(() => undefined)}
        onFocus={() => void loadMenu().catch(() => undefined)}
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
