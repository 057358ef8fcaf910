package org.association.operations;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready to serve when the database answers a query on the application's own schema within five
 * seconds. A load balancer reads it at /health/ready without signing in, so the answer says UP or
 * DOWN and nothing else; why it is down goes to the server log.
 */
@Readiness
@ApplicationScoped
public class DatabaseHealthCheck implements HealthCheck {

    static final String NAME = "database";
    private static final Logger LOG = Logger.getLogger(DatabaseHealthCheck.class.getName());

    @Resource(lookup = "jdbc/association")
    private DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(5);
            try (ResultSet result = statement.executeQuery("SELECT COUNT(*) FROM CHANNEL")) {
                result.next();
            }
            return HealthCheckResponse.up(NAME);
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "Health check: the database does not answer: {0}", e.toString());
            return HealthCheckResponse.down(NAME);
        }
    }
}
