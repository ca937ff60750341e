package org.ketnoi.neo4j;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.QueryExecutionException;

/**
 * Runs Neo4j 5.26 Community embedded, with Bolt on 127.0.0.1. Bolt accepts plain TCP
 * clients (Node) and WebSocket clients (the browser driver) on the same port.
 *
 * <p>Arguments: {@code --home DIR --port N}. Credentials come from NEO4J_USERNAME and
 * NEO4J_PASSWORD; an empty password turns authentication off. Prints one line starting
 * with {@code KETNOI_NEO4J_READY} once Bolt accepts connections, and shuts down cleanly on
 * SIGTERM or SIGINT.
 */
public final class LocalNeo4j {
  private LocalNeo4j() {}

  public static void main(String[] args) throws InterruptedException {
    Map<String, String> options = parseArgs(args);
    Path home = Path.of(options.getOrDefault("home", "neo4j/data")).toAbsolutePath();
    int port = Integer.parseInt(options.getOrDefault("port", "7687"));
    String username = envOr("NEO4J_USERNAME", "neo4j");
    String password = envOr("NEO4J_PASSWORD", "");
    boolean auth = !password.isEmpty();

    DatabaseManagementService dbms =
        new DatabaseManagementServiceBuilder(home)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
            .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
            .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
            .setConfig(HttpConnector.enabled, false)
            .setConfig(GraphDatabaseSettings.auth_enabled, auth)
            .setConfig(GraphDatabaseSettings.pagecache_memory, 256L * 1024 * 1024)
            .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
            .build();

    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  dbms.shutdown();
                  stopped.countDown();
                },
                "ketnoi-neo4j-shutdown"));

    try {
      if (auth) {
        setCredentials(dbms, username, password);
      }
    } catch (RuntimeException e) {
      System.err.println("Neo4j started but its credentials could not be set: " + e.getMessage());
      System.exit(1);
    }
    System.out.println("KETNOI_NEO4J_READY bolt://127.0.0.1:" + port + " home=" + home);
    System.out.flush();
    stopped.await();
  }

  /** Creates the user if needed and sets its password, so the env vars always win. */
  private static void setCredentials(DatabaseManagementService dbms, String username, String password) {
    var system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
    Map<String, Object> params = Map.of("password", password);
    String user = "`" + username.replace("`", "``") + "`";
    system.executeTransactionally(
        "CREATE USER " + user + " IF NOT EXISTS SET PASSWORD $password CHANGE NOT REQUIRED", params);
    try {
      system.executeTransactionally(
          "ALTER USER " + user + " SET PASSWORD $password CHANGE NOT REQUIRED", params);
    } catch (QueryExecutionException e) {
      // Neo4j refuses to "change" a password to the one it already has: nothing to do.
      if (!e.getMessage().contains("cannot be the same")) {
        throw e;
      }
    }
  }

  private static Map<String, String> parseArgs(String[] args) {
    var out = new java.util.HashMap<String, String>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("Expected --name value pairs, got: " + args[i]);
      }
      out.put(args[i].substring(2), args[i + 1]);
    }
    return out;
  }

  private static String envOr(String name, String fallback) {
    String value = System.getenv(name);
    return value == null ? fallback : value;
  }
}
