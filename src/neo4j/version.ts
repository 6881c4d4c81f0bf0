/**
 * The one Neo4j version the project runs against: 5.26 LTS, the last line that runs on Java 17.
 * neo4j-local/pom.xml declares the same version for the Maven-launched server; keep them equal
 * (the launcher's jar cache is keyed by it, so a bump fetches fresh jars).
 */
export const NEO4J_VERSION = '5.26.30';

/** Community image for testcontainers, same version as the local launcher so both paths behave alike. */
export const NEO4J_IMAGE = `neo4j:${NEO4J_VERSION}-community`;
