import { resolve } from 'node:path';
import { ConfigError, loadConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { connectGraph } from '../neo4j/connect.js';
import { acquireNeo4j } from '../neo4j/provider.js';
import { exportGraph } from './export.js';
import { importGraph } from './import.js';

/**
 * `npm run export -- <file>` writes the whole graph to a new dump file (`.jsonl`, or `.jsonl.gz` compressed);
 * `npm run import -- <file>` loads one into an empty database. Both find Neo4j as `npm start` does (NEO4J_URI,
 * or the local server with its kept data) and print what they did. Exit codes: 0 done, 1 failed, 2 usage.
 */
const USAGE = 'usage: npm run export -- <file.jsonl[.gz]>   |   npm run import -- <file.jsonl[.gz]>';

async function run(command: string | undefined, file: string | undefined): Promise<void> {
  if ((command !== 'export' && command !== 'import') || file === undefined) {
    console.error(USAGE);
    process.exitCode = 2;
    return;
  }
  const path = resolve(file);
  const config = loadConfig();
  const logger = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
  const neo4j = await acquireNeo4j(config, logger, 'service');
  try {
    const { db, driver, catalogue, close } = await connectGraph(neo4j, config.neo4j, logger);
    try {
      const source = { driver, database: neo4j.database, catalogue };
      const started = Date.now();
      const summary =
        command === 'export'
          ? await exportGraph(source, path)
          : await importGraph({ db, source }, path, {
              onProgress: ({ nodes, relationships }) => {
                process.stderr.write(`\rloaded ${nodes} nodes, ${relationships} relationships`);
              },
            });
      if (command === 'import') process.stderr.write('\n');
      const verb = command === 'export' ? 'exported to' : 'imported from';
      console.log(
        `${summary.nodes} nodes and ${summary.relationships} relationships ${verb} ${path} in ${Date.now() - started} ms`,
      );
      console.log(`checksum ${summary.checksum}`);
    } finally {
      await close();
    }
  } finally {
    await neo4j.stop();
  }
}

run(process.argv[2], process.argv[3]).catch((error: unknown) => {
  console.error(error instanceof ConfigError || error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
