/** The hook that owns the `cy` instance: created once per container, destroyed on unmount. */
import cytoscape, { type Core } from "cytoscape";
import fcose from "cytoscape-fcose";
import { useEffect, useRef, useState } from "react";
import { RENDER_OPTIONS } from "./render-options.ts";
import { STYLESHEET } from "./stylesheet.ts";

cytoscape.use(fcose);

declare global {
  interface Window {
    /** The live Cytoscape instance, for browser tests and the console. */
    ketnoiCy?: Core;
  }
}

export function useCytoscape() {
  const containerRef = useRef<HTMLDivElement | null>(null);
  const [cy, setCy] = useState<Core | null>(null);
  useEffect(() => {
    if (!containerRef.current) return;
    const instance = cytoscape({ container: containerRef.current, style: STYLESHEET, ...RENDER_OPTIONS });
    window.ketnoiCy = instance;
    setCy(instance);
    return () => {
      if (window.ketnoiCy === instance) delete window.ketnoiCy;
      instance.destroy();
    };
  }, []);
  return { containerRef, cy };
}
