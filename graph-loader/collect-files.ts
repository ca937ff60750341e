import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { SUPPORTED_EXTENSIONS } from "./read/source-document.ts";

/** The files named, and the supported files inside the folders named, sorted, each once. */
export function collectFiles(inputs: readonly string[]): string[] {
  const files = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (SUPPORTED_EXTENSIONS.includes(path.extname(entry.name).toLowerCase())) files.add(full);
    }
  };
  for (const input of inputs) {
    let stats;
    try {
      stats = statSync(input);
    } catch {
      throw new Error(`${input}: no such file or folder. Check the path.`);
    }
    if (stats.isDirectory()) walk(input);
    else files.add(input);
  }
  return [...files].sort();
}
