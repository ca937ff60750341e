/**
 * Runs in the bench's browser page (served by Vite): draws generated elements, then pans and
 * zooms by script for a fixed number of frames and reports the frame times. Three settings:
 * the app's (stylesheet and render options), the app's stylesheet with Cytoscape's default
 * render options (what the render options buy), and Cytoscape's plain defaults.
 */
import cytoscape, { type ElementDefinition } from "cytoscape";
import { LABEL_STYLES } from "../../web/graph-view/label-styles.ts";
import { RELATIONSHIP_STYLES } from "../../web/graph-view/relationship-styles.ts";
import { RENDER_OPTIONS } from "../../web/graph-view/render-options.ts";
import { STYLESHEET } from "../../web/graph-view/stylesheet.ts";

export interface FrameBenchResult {
  frames: number;
  medianMs: number;
  p95Ms: number;
}

/** A deterministic pseudo-random sequence, so both settings draw the same graph. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return state / 4294967296;
  };
}

/** `elements` elements, two fifths nodes and three fifths edges, spread over a square. */
function generate(elements: number): ElementDefinition[] {
  const next = random(42);
  const nodes = Math.round(elements * 0.4);
  const side = Math.sqrt(nodes) * 70;
  const result: ElementDefinition[] = [];
  for (let i = 0; i < nodes; i++) {
    const label = LABEL_STYLES[i % 7]!.label;
    result.push({ data: { id: `n${i}`, label, name: `${label} ${i}`, caption: `${label} ${i}`, degree: 1 + Math.floor(next() * 30) }, position: { x: next() * side, y: next() * side } });
  }
  for (let i = 0; i < elements - nodes; i++) {
    const a = Math.floor(next() * nodes);
    const b = (a + 1 + Math.floor(next() * 12)) % nodes;
    const type = RELATIONSHIP_STYLES[i % RELATIONSHIP_STYLES.length]!.type;
    result.push({ data: { id: `e${i}`, source: `n${a}`, target: `n${b}`, type, caption: type } });
  }
  return result;
}

function nextFrame(): Promise<number> {
  return new Promise((resolve) => requestAnimationFrame(resolve));
}

export type FrameBenchSettings = "app" | "app-style-default-options" | "defaults";

async function runFrameBench(options: { elements: number; settings: FrameBenchSettings; frames: number }): Promise<FrameBenchResult> {
  const container = document.getElementById("cy")!;
  const style = options.settings === "defaults" ? {} : { style: STYLESHEET };
  const render = options.settings === "app" ? RENDER_OPTIONS : {};
  const cy = cytoscape({ container, elements: generate(options.elements), ...style, ...render });
  cy.fit(undefined, 20);
  for (let i = 0; i < 10; i++) await nextFrame();
  const times: number[] = [];
  let last = await nextFrame();
  for (let frame = 0; frame < options.frames; frame++) {
    const phase = Math.floor((frame / options.frames) * 4);
    if (phase % 2 === 0) cy.panBy({ x: phase === 0 ? 6 : -6, y: 4 });
    else cy.zoom({ level: cy.zoom() * (phase === 1 ? 1.01 : 0.99), renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    const now = await nextFrame();
    times.push(now - last);
    last = now;
  }
  cy.destroy();
  times.sort((a, b) => a - b);
  return { frames: times.length, medianMs: times[Math.floor(times.length / 2)]!, p95Ms: times[Math.floor(times.length * 0.95)]! };
}

declare global {
  interface Window {
    runFrameBench?: typeof runFrameBench;
  }
}

window.runFrameBench = runFrameBench;
