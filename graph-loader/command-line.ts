/**
 * What every command of the loader does with its arguments before its own work: parse them,
 * print the usage for --help, and turn a usage error into one message with the usage after it.
 */

/** The parsed arguments, or the exit code to stop with (0 after --help, 2 after a usage error). */
export function parseCommandLine<T extends { values: { help?: boolean } }>(parse: () => T, usage: string): T | number {
  let parsed: T;
  try {
    parsed = parse();
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${usage}`);
    return 2;
  }
  if (parsed.values.help) {
    console.log(usage);
    return 0;
  }
  return parsed;
}
