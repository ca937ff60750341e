/**
 * Write throughput of the loader into a real Neo4j: the idempotent, per-document transactional
 * load of a generated corpus (~2,000 documents, ~90k relationships), next to the ceiling, a plain
 * UNWIND … CREATE of the finished graph's rows in the same batches on the same server, and the
 * ratio. Starts its own Neo4j on a free port with a throw-away home unless NEO4J_URI is set
 * (then that database is EMPTIED, as by npm test).
 */
import type { Driver } from "neo4j-driver";
import { mergeGraphs, type MergedGraph } from "../../graph-loader/graph/merge-graphs.ts";
import { RELATIONSHIP_TYPES, type DocumentGraph } from "../../graph-loader/graph/model.ts";
import { applySchema } from "../../graph-loader/neo4j/apply-schema.ts";
import { DocumentWriter } from "../../graph-loader/neo4j/document-writer.ts";
import { DEFAULT_BATCH_SIZE, documentProperties, evidenceLists } from "../../graph-loader/neo4j/write-graph.ts";
import { openBenchNeo4j } from "./bench-neo4j.ts";
import { generateCorpus } from "./generate-graphs.ts";

const DOCUMENTS = 2000;
const ROUNDS = 2;

export async function emptyDatabase(driver: Driver, database?: string): Promise<void> {
  const session = driver.session({ database });
  try {
    await session.run("MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 20000 ROWS");
    await session.run("MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 20000 ROWS");
  } finally {
    await session.close();
  }
}

/** The ceiling: the finished graph written with CREATE only, no lookups of what exists, no bookkeeping. */
export async function createPlainly(driver: Driver, graph: MergedGraph, options: { database?: string; batchSize: number }): Promise<void> {
  const write = async (statement: string, rows: object[], params: object = {}) => {
    for (let i = 0; i < rows.length; i += options.batchSize) {
      await driver.executeQuery(statement, { ...params, rows: rows.slice(i, i + options.batchSize) }, { database: options.database });
    }
  };
  const props = (p: object) => Object.fromEntries(Object.entries(p).filter(([, v]) => v !== null));
  await write(
    "UNWIND $rows AS row CREATE (d:Document) SET d = row",
    graph.documents.map(documentProperties),
  );
  await write(
    "UNWIND $rows AS row CREATE (n:Entity) SET n = row.properties, n:$(row.label)",
    graph.nodes.map((n) => ({ label: n.label, properties: props({ ...n.props, id: n.id, name: n.name, nameVi: n.nameVi, aliases: n.aliases }) })),
  );
  for (const type of RELATIONSHIP_TYPES) {
    const rows = graph.edges
      .filter((e) => e.type === type)
      .map((e) => ({
        source: e.source,
        target: e.target,
        properties: props({
          ...e.props,
          id: e.id,
          rule: e.rule,
          confidence: e.confidence,
          ...evidenceLists(e.evidence),
        }),
      }));
    const end = type === "MENTIONED_IN" ? "Document" : "Entity";
    // The type comes from the allow-list constant, never from data.
    await write(`UNWIND $rows AS row MATCH (a:Entity {id: row.source}) MATCH (b:${end} {id: row.target}) CREATE (a)-[r:${type}]->(b) SET r = row.properties`, rows);
  }
}

async function loadIdempotently(driver: Driver, graphs: readonly DocumentGraph[], options: { database?: string; batchSize: number }) {
  const writer = new DocumentWriter({ driver, database: options.database, batchSize: options.batchSize });
  for (const graph of graphs) await writer.add(graph);
  return writer.close();
}

async function relationshipCount(driver: Driver, database?: string): Promise<number> {
  const { records } = await driver.executeQuery("MATCH ()-[r]->() RETURN count(r) AS n", {}, { database });
  return Number(records[0]!.get("n"));
}

async function timed<T>(run: () => Promise<T>): Promise<[number, T]> {
  const started = performance.now();
  const result = await run();
  return [(performance.now() - started) / 1000, result];
}

export async function benchWrites(): Promise<Record<string, string>> {
  const neo4j = await openBenchNeo4j();
  const { driver, database } = neo4j;
  try {
    const batchSize = Number(process.env.KETNOI_BENCH_BATCH_SIZE) || DEFAULT_BATCH_SIZE;
    const options = { database, batchSize };
    const graphs = generateCorpus({ documents: DOCUMENTS });
    const merged = mergeGraphs(graphs);
    const relationships = merged.edges.length;
    await emptyDatabase(driver, database);
    await applySchema(driver, database);

    // Warm-up: both paths once on a small corpus, so neither pays for the server's JIT alone.
    const warmUp = generateCorpus({ documents: 100, seed: 2 });
    await createPlainly(driver, mergeGraphs(warmUp), options);
    await emptyDatabase(driver, database);
    await loadIdempotently(driver, warmUp, options);
    await emptyDatabase(driver, database);

    // Alternating rounds, the best of each kind: other work on the machine slows one run, not all.
    let ceilingSeconds = Infinity;
    let loadSeconds = Infinity;
    for (let round = 0; round < ROUNDS; round++) {
      await emptyDatabase(driver, database);
      const [seconds] = await timed(() => createPlainly(driver, merged, options));
      ceilingSeconds = Math.min(ceilingSeconds, seconds);
      const ceiling = await relationshipCount(driver, database);
      await emptyDatabase(driver, database);
      const [load, result] = await timed(() => loadIdempotently(driver, graphs, options));
      loadSeconds = Math.min(loadSeconds, load);
      const loaded = await relationshipCount(driver, database);
      if (result.failed.length || loaded !== relationships || ceiling !== relationships) {
        throw new Error(`The bench wrote ${loaded} relationships (ceiling ${ceiling}) of ${relationships}; ${result.failed.length} documents failed.`);
      }
    }
    const [reloadSeconds, again] = await timed(() => loadIdempotently(driver, graphs, options));
    const { nodes, relationships: changed } = again.changes;
    const changes = nodes.created + nodes.updated + nodes.removed + changed.created + changed.updated + changed.removed;
    const ceilingRate = relationships / ceilingSeconds;
    const loadRate = relationships / loadSeconds;
    return {
      corpus: `${DOCUMENTS} generated documents: ${merged.nodes.length} entities, ${relationships} relationships; batch size ${batchSize}; best of ${ROUNDS} rounds`,
      "ceiling: plain UNWIND … CREATE of the finished graph": `${Math.round(ceilingRate)} relationships/s (${ceilingSeconds.toFixed(1)} s)`,
      "loader: idempotent, whole documents per transaction": `${Math.round(loadRate)} relationships/s (${loadSeconds.toFixed(1)} s, ${(DOCUMENTS / loadSeconds).toFixed(0)} documents/s)`,
      "ratio loader / ceiling (goal ≥ 0.5)": (loadRate / ceilingRate).toFixed(2),
      "second load of the same documents (all unchanged)": `${reloadSeconds.toFixed(1)} s, ${changes} nodes or relationships changed`,
    };
  } finally {
    await neo4j.close();
  }
}
