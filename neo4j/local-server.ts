/**
 * Builds (once) and runs the project's own Neo4j: 5.26 LTS Community, embedded in a small
 * Java program (neo4j/src), from Maven Central artifacts, with Bolt on 127.0.0.1.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, statSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const NEO4J_DIR = path.dirname(fileURLToPath(import.meta.url));
const JAR = path.join(NEO4J_DIR, "target", "ketnoi-local-neo4j-1.0.0.jar");
const LIB = path.join(NEO4J_DIR, "target", "lib");
const MAIN_CLASS = "org.ketnoi.neo4j.LocalNeo4j";

/** Local defaults, documented in the README. The password only guards a server bound to loopback. */
export const LOCAL_DEFAULTS = {
  port: 7687,
  username: "neo4j",
  password: "ketnoi-local",
  home: path.join(NEO4J_DIR, "data"),
} as const;

export interface LocalNeo4jOptions {
  port?: number;
  /** Neo4j home: databases, transaction logs and logs/debug.log live here. */
  home?: string;
  username?: string;
  password?: string;
  /** JVM heap, e.g. "1g". */
  heap?: string;
  /** Receives the server's own output lines, e.g. for a foreground run. */
  onOutput?: (line: string) => void;
}

export interface LocalNeo4j {
  uri: string;
  username: string;
  password: string;
  home: string;
  port: number;
  /** Resolves once the server process has exited. */
  stop(): Promise<void>;
  /** Resolves when the process exits for any reason, with its exit code. */
  exited: Promise<number | null>;
}

export class LocalNeo4jError extends Error {}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

function needsBuild(): boolean {
  if (!existsSync(JAR) || !existsSync(LIB)) return true;
  const sources = Math.max(statSync(path.join(NEO4J_DIR, "pom.xml")).mtimeMs, newestMtime(path.join(NEO4J_DIR, "src")));
  return sources > statSync(JAR).mtimeMs;
}

function commandExists(command: string): boolean {
  return spawnSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" }).status === 0;
}

/** Runs the Maven build of neo4j/ when the jar is missing or older than its sources. */
export function buildLocalNeo4j(log: (line: string) => void = () => {}): void {
  if (!needsBuild()) return;
  if (!commandExists("java")) {
    throw new LocalNeo4jError(
      "Java 17+ is needed to run the local Neo4j but `java` was not found: install it (Debian: apt-get install -y openjdk-17-jre-headless), or set NEO4J_URI to use a Neo4j server of your own.",
    );
  }
  if (!commandExists("mvn")) {
    throw new LocalNeo4jError(
      "Maven is needed to build the local Neo4j but `mvn` was not found: install it (Debian: apt-get install -y maven), or set NEO4J_URI to use a Neo4j server of your own.",
    );
  }
  log("Building the local Neo4j (neo4j/pom.xml; the first build fetches Neo4j 5.26 from Maven Central)…");
  const result = spawnSync("mvn", ["-q", "-B", "-f", path.join(NEO4J_DIR, "pom.xml"), "package"], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
  if (result.status !== 0) {
    const output = `${result.stdout}\n${result.stderr}`.trim().split("\n").slice(-15).join("\n");
    throw new LocalNeo4jError(`The Maven build of neo4j/ failed (exit ${result.status}):\n${output}`);
  }
}

export function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen({ port, host: "127.0.0.1" }, () => server.close(() => resolve(true)));
  });
}

/** A port the OS reports free on loopback. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen({ port: 0, host: "127.0.0.1" }, () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function stopProcess(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  child.kill("SIGTERM");
  const killLater = setTimeout(() => child.kill("SIGKILL"), 30_000);
  return exited.then(() => clearTimeout(killLater));
}

/**
 * Starts the local Neo4j and resolves once Bolt accepts connections. Builds the server first
 * when needed. The server runs until stop() or until this Node process exits.
 */
export async function startLocalNeo4j(options: LocalNeo4jOptions = {}): Promise<LocalNeo4j> {
  const port = options.port ?? LOCAL_DEFAULTS.port;
  const home = path.resolve(options.home ?? LOCAL_DEFAULTS.home);
  const username = options.username ?? LOCAL_DEFAULTS.username;
  const password = options.password ?? LOCAL_DEFAULTS.password;
  const onOutput = options.onOutput ?? (() => {});

  buildLocalNeo4j(onOutput);
  if (!(await portIsFree(port))) {
    throw new LocalNeo4jError(
      `Port ${port} on 127.0.0.1 is already in use, so the local Neo4j cannot listen there: stop what uses it, pick another port with KETNOI_NEO4J_PORT, or set NEO4J_URI to use that server.`,
    );
  }
  mkdirSync(home, { recursive: true });

  const child = spawn(
    "java",
    [
      `-Xmx${options.heap ?? "2g"}`,
      "-XX:+UseG1GC",
      "-cp",
      `${JAR}${path.delimiter}${path.join(LIB, "*")}`,
      MAIN_CLASS,
      "--home",
      home,
      "--port",
      String(port),
    ],
    {
      env: { ...process.env, NEO4J_USERNAME: username, NEO4J_PASSWORD: password },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const killOnExit = () => child.kill("SIGKILL");
  process.once("exit", killOnExit);
  exited.then(() => process.off("exit", killOnExit));

  const recent: string[] = [];
  const ready = new Promise<void>((resolve, reject) => {
    const onLine = (line: string) => {
      recent.push(line);
      if (recent.length > 20) recent.shift();
      onOutput(line);
      if (line.startsWith("KETNOI_NEO4J_READY")) resolve();
    };
    for (const stream of [child.stdout, child.stderr]) {
      let buffer = "";
      stream.setEncoding("utf8");
      stream.on("data", (chunk: string) => {
        buffer += chunk;
        const lines = buffer.split("\n");
        buffer = lines.pop() ?? "";
        lines.forEach(onLine);
      });
    }
    child.once("error", (error) => reject(new LocalNeo4jError(`Could not start java for the local Neo4j: ${error.message}`)));
    exited.then((code) =>
      reject(
        new LocalNeo4jError(
          `The local Neo4j exited (code ${code}) before it was ready. Its last lines:\n${recent.join("\n")}\nSee ${path.join(home, "logs", "debug.log")} for details.`,
        ),
      ),
    );
  });

  const timeout = new Promise<never>((_, reject) =>
    setTimeout(() => reject(new LocalNeo4jError(`The local Neo4j did not become ready within 180 s; see ${path.join(home, "logs", "debug.log")}.`)), 180_000).unref(),
  );
  try {
    await Promise.race([ready, timeout]);
  } catch (error) {
    await stopProcess(child, exited);
    throw error;
  }

  return {
    uri: `bolt://127.0.0.1:${port}`,
    username,
    password,
    home,
    port,
    exited,
    stop: () => stopProcess(child, exited),
  };
}
