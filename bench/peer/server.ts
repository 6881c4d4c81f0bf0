// The peer: @neo4j/graphql 7 over bench/peer/schema.graphql, served by Apollo Server 5's standalone HTTP server,
// on the same Neo4j. Run: NEO4J_URI=bolt://... PORT=4200 tsx bench/peer/server.ts (prints PEER_READY <url>).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j from 'neo4j-driver';

const driver = neo4j.driver(
  process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7687',
  neo4j.auth.basic(process.env.NEO4J_USERNAME ?? 'neo4j', process.env.NEO4J_PASSWORD ?? ''),
  { maxConnectionPoolSize: 50 },
);
const typeDefs = readFileSync(join(import.meta.dirname, 'schema.graphql'), 'utf8');
const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
const server = new ApolloServer({ schema });
const { url } = await startStandaloneServer(server, {
  listen: { port: Number(process.env.PORT ?? 0), host: '127.0.0.1' },
});
console.log(`PEER_READY ${url}`);
process.on('SIGTERM', () => {
  void server
    .stop()
    .then(() => driver.close())
    .then(() => process.exit(0));
});
