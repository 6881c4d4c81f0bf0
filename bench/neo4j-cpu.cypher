// The Neo4j process's CPU time so far, in nanoseconds (the JVM's OperatingSystem bean): benchmarks read it before
// and after a run to tell the database's share of the work from the client's.
CALL dbms.queryJmx('java.lang:type=OperatingSystem') YIELD attributes
RETURN attributes.ProcessCpuTime.value AS cpuNanos
