import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Runs an embedded Neo4j Community DBMS with a Bolt connector so Node can use it like a server, without Docker.
 * Run from source (JDK 11+, no build step), jars fetched by Maven from neo4j-local/pom.xml:
 *
 * <pre>java -Xmx768m -cp 'var/neo4j-lib/5.26.30/*' neo4j-local/Launcher.java &lt;dataDir&gt; &lt;port&gt; &lt;pagecache&gt; &lt;txmemory&gt;</pre>
 *
 * Prints exactly one line, {@code NEO4J_READY bolt://127.0.0.1:<port>}, on stdout once Bolt accepts connections.
 * Exits cleanly on SIGTERM/SIGINT and when stdin reaches EOF: the parent keeps stdin open, so a parent that dies
 * (even by SIGKILL) takes this process with it instead of leaving an orphan holding the port and the store lock.
 * Run by hand with stdin from a terminal (not /dev/null), or it stops at once.
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) {
        if (args.length != 4) {
            System.err.println("usage: Launcher <dataDir> <port> <pagecache, e.g. 256m> <transaction memory, e.g. 256m>");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        long pageCache = ByteUnit.parse(args[2]);
        long transactionMemory = ByteUnit.parse(args[3]);

        // Registered before starting, so a stop request during the (multi-second) start is honoured too: the
        // half-started DBMS is then abandoned, which Neo4j's transaction-log recovery handles on the next start.
        AtomicReference<DatabaseManagementService> running = new AtomicReference<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            // Shutdown flushes and checkpoints, so the kept data dir opens without recovery next time.
            DatabaseManagementService dbms = running.getAndSet(null);
            if (dbms != null) dbms.shutdown();
        }, "neo4j-shutdown"));
        // Watches stdin from the start: a parent that dies while we are still starting should not cost a full start.
        // Not a daemon thread, so it also keeps the JVM alive once main() returns.
        Thread watcher = new Thread(() -> {
            waitForEndOfInput(System.in);
            System.exit(0); // runs the shutdown hook
        }, "stdin-eof-watcher");
        watcher.start();

        DatabaseManagementService dbms;
        try {
            dbms = new DatabaseManagementServiceBuilder(home)
                    // Loopback only: this is why disabling encryption and authentication is acceptable.
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                    .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                    .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                    .setConfig(GraphDatabaseSettings.auth_enabled, false)
                    // The heap is set with -Xmx by the caller; cap the off-heap page cache too.
                    .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
                    // One request's transaction may not take the heap: past this Neo4j refuses it (the service
                    // answers LIMIT_EXCEEDED) instead of every transaction failing for want of memory.
                    .setConfig(GraphDatabaseSettings.memory_transaction_max_size, transactionMemory)
                    // Timeouts are checked every 2 s by default; checked often, a transaction ends near its timeout.
                    .setConfig(GraphDatabaseSettings.transaction_monitor_check_interval, Duration.ofMillis(200))
                    // No usage-data reports or driver telemetry: nothing leaves the machine.
                    .setConfig(GraphDatabaseSettings.udc_enabled, false)
                    .setConfig(BoltConnector.server_bolt_telemetry_enabled, false)
                    // Preallocating transaction logs costs start time and disk for no gain at this size.
                    .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                    // Netty waits a 5 s quiet period per event-loop group (twice) before Bolt stops; with only
                    // loopback clients that turns every stop into a 10 s wait. Internal setting, pinned version.
                    .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                    .build();
        } catch (RuntimeException e) {
            // Stack first, summary last: the parent quotes the tail of stderr, so the root cause ends up in its error.
            e.printStackTrace();
            Throwable root = e;
            while (root.getCause() != null) root = root.getCause();
            System.err.println("Neo4j failed to start: " + root.getMessage());
            System.exit(1);
            return;
        }
        running.set(dbms);

        // build() returns once the DBMS and the Bolt connector are started; make sure the default database is up too.
        if (!dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).isAvailable(60_000)) {
            System.err.println("Neo4j failed to start: default database not available within 60 s");
            System.exit(1);
        }
        System.out.println("NEO4J_READY bolt://127.0.0.1:" + port);
        System.out.flush();
    }

    /** Blocks until the parent closes our stdin (or dies, which closes it for us). */
    private static void waitForEndOfInput(InputStream in) {
        byte[] buffer = new byte[256];
        try {
            while (in.read(buffer) != -1) {
                // Input is ignored; only its end matters.
            }
        } catch (IOException e) {
            // A broken pipe means the parent is gone: same as EOF.
        }
    }
}
