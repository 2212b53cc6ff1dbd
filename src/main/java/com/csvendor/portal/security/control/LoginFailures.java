package com.csvendor.portal.security.control;

import com.csvendor.portal.platform.PortalDataSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The sign-in throttle's failure counts in the shared database (table {@code login_failure}), so
 * that every portal instance sees the same delays. Each call is one auto-committed statement on its
 * own connection, outside any transaction: a failure counted while the caller's transaction rolls
 * back stays counted. Keys are stored as their SHA-256; times in UTC.
 */
public class LoginFailures implements LoginThrottle.Store {

    private static final String COUNT = "INSERT INTO login_failure (throttle_key, failures, last_at) VALUES (?, 1, ?)"
            + " ON DUPLICATE KEY UPDATE failures = CASE WHEN last_at < ? THEN 1 ELSE failures + 1 END, last_at = ?";

    private final DataSource db;

    /** Over the portal's data source ({@link PortalDataSource}); tests pass an H2 one. */
    public LoginFailures(DataSource db) {
        this.db = db;
    }

    @Override
    public Optional<LoginThrottle.Failures> find(String key) {
        try (Connection c = db.getConnection();
                PreparedStatement st = c.prepareStatement(
                        "SELECT failures, last_at FROM login_failure WHERE throttle_key = ?")) {
            st.setString(1, hashed(key));
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(new LoginThrottle.Failures(rs.getInt(1),
                        rs.getObject(2, LocalDateTime.class).toInstant(ZoneOffset.UTC))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the sign-in failures", e);
        }
    }

    @Override
    public void countFailure(String key, Instant at, Instant forgottenBefore) {
        update(COUNT, hashed(key), utc(at), utc(forgottenBefore), utc(at));
    }

    @Override
    public void clear(String key) {
        update("DELETE FROM login_failure WHERE throttle_key = ?", hashed(key));
    }

    /** Deletes the keys whose last failure is before the instant; answers how many. */
    public int forgetBefore(Instant before) {
        return update("DELETE FROM login_failure WHERE last_at < ?", utc(before));
    }

    private int update(String sql, Object... params) {
        try (Connection c = db.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                st.setObject(i + 1, params[i]);
            }
            return st.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not write the sign-in failures", e);
        }
    }

    private static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    static String hashed(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
