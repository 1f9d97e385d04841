// Runs Neo4j 5.26 Community embedded, reachable over Bolt on loopback only, for its owner only.
// Usage: NEWSGRAPH_NEO4J_PASSWORD=... java -cp '<jars>:<classes>' newsgraph.Launcher <homeDir> <port>
// Prints "newsgraph-neo4j ready <port>" once Bolt listens; stops cleanly on SIGTERM/SIGINT.
// The password comes in the environment (readable by the same user only), never on the command line.
package newsgraph;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import inet.ipaddr.IPAddressString;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

public final class Launcher {
  public static void main(String[] args) throws Exception {
    String password = System.getenv("NEWSGRAPH_NEO4J_PASSWORD");
    if (args.length != 2 || password == null || password.length() < 8) {
      System.err.println("usage: NEWSGRAPH_NEO4J_PASSWORD=<8+ chars> Launcher <homeDir> <port>");
      System.exit(2);
    }
    Path home = Path.of(args[0]).toAbsolutePath();
    int port = Integer.parseInt(args[1]);
    DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
        // Other local users and web pages (Bolt also answers WebSocket upgrades) need the password.
        .setConfig(GraphDatabaseSettings.auth_enabled, true)
        // No file access from Cypher: LOAD CSV FROM 'file:///…' fails.
        .setConfig(GraphDatabaseSettings.allow_file_urls, false)
        .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(5))
        // Transaction logs beyond crash recovery are pruned at each checkpoint: the default keeps two days of them,
        // and re-ingesting 10,000 articles writes over a gigabyte.
        .setConfig(GraphDatabaseSettings.keep_logical_logs, "512M size")
        // LOAD CSV over http(s) must not reach this machine or the local network.
        .setConfig(GraphDatabaseInternalSettings.cypher_ip_blocklist, Stream.of(
            "127.0.0.0/8", "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "169.254.0.0/16", "0.0.0.0/8", "::1/128", "fc00::/7", "fe80::/10")
            .map(IPAddressString::new).toList())
        .build();
    try {
      setPassword(dbms, password);
      // Open the default database now so the first Bolt session does not wait for it.
      dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("RETURN 1");
    } catch (RuntimeException e) {
      e.printStackTrace();
      dbms.shutdown();
      System.exit(1); // the database's own threads would keep a failed start alive
    }
    Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown, "neo4j-shutdown"));
    System.out.println("newsgraph-neo4j ready " + port);
    System.out.flush();
    Thread.currentThread().join();
  }

  /** The one user's password, set at every start from newsgraph's credentials file (its single source of truth). */
  private static void setPassword(DatabaseManagementService dbms, String password) {
    try {
      dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
          .executeTransactionally("ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
    } catch (RuntimeException e) {
      if (!String.valueOf(e.getMessage()).contains("Old password and new password cannot be the same")) throw e;
    }
  }
}
