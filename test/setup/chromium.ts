/** Debian's Chromium, driven by playwright-core: never a browser download. */
import { chromium, type Browser } from "playwright-core";

export function chromiumPath(): string {
  return process.env.KETNOI_CHROMIUM || "/usr/bin/chromium";
}

const FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-quic",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** Headless Chromium; playwright gives every launch a fresh, temporary profile. */
export function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: [...FLAGS, ...extraArgs] });
}

/** Frames as fast as they can be drawn, not at the display's 60 Hz: for measuring frame times. */
export const UNCAPPED_FRAME_RATE = ["--disable-gpu-vsync", "--disable-frame-rate-limit"];
