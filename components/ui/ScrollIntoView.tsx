"use client";
import { useEffect } from "react";

/**
 * Scrolls the element with this id into view once the page has rendered: after a client-side navigation to
 * `…#stance-N` the browser's own jump can happen before the streamed content exists.
 */
export function ScrollIntoView({ id }: { id: string }) {
  useEffect(() => {
    document.getElementById(id)?.scrollIntoView({ block: "start" });
  }, [id]);
  return null;
}
