/** The app's questions, one file each in cypher/read/, loaded as text at build time. */
const files = import.meta.glob("../../cypher/read/*.cypher", { query: "?raw", import: "default", eager: true }) as Record<
  string,
  string
>;

const byName = new Map(Object.entries(files).map(([path, text]) => [path.replace(/^.*\/|\.cypher$/g, ""), text]));

export function readQuery(name: string): string {
  const text = byName.get(name);
  if (text === undefined) throw new Error(`No query cypher/read/${name}.cypher`);
  return text;
}
