-- Creates the production database and its two users on MySQL 8 / MariaDB >= 10.11.
-- Run as an administrator, with your own passwords in place of the change-me ones:
--   mysql -uroot -p < config/mysql-create-database.sql
-- The portal creates and migrates its tables itself at start-up (Flyway, scripts in sql/), signed in
-- as the migration user; the runtime user (its connection pool) has no DDL rights.
CREATE DATABASE IF NOT EXISTS csvportal CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- The migration user owns the schema: it runs the migrations and then grants the runtime user, table
-- by table, SELECT, INSERT, UPDATE, DELETE on every table but audit_entry, which gets SELECT, INSERT
-- only (append-only). That is why it needs GRANT OPTION.
CREATE USER IF NOT EXISTS 'csvportal_migrate'@'%' IDENTIFIED BY 'change-me-migrate';
GRANT ALL PRIVILEGES ON csvportal.* TO 'csvportal_migrate'@'%' WITH GRANT OPTION;

-- The runtime user: nothing on the whole database but SELECT (a database-wide UPDATE or DELETE would
-- cover audit_entry too; neither MySQL nor MariaDB can take one table out of a database-wide grant).
CREATE USER IF NOT EXISTS 'csvportal'@'%' IDENTIFIED BY 'change-me';
GRANT SELECT ON csvportal.* TO 'csvportal'@'%';
-- XA transactions (used by the portal's connection pool) need this on MySQL 8:
-- GRANT XA_RECOVER_ADMIN ON *.* TO 'csvportal'@'%';

-- An existing installation whose runtime user had the database-wide rights of the earlier script:
--   REVOKE ALL PRIVILEGES ON csvportal.* FROM 'csvportal'@'%';
--   GRANT SELECT ON csvportal.* TO 'csvportal'@'%';
-- then set PORTAL_DB_MIGRATION_USER / PORTAL_DB_MIGRATION_PASSWORD and restart the portal.
--
-- If you would rather not give the migration user GRANT OPTION, run the portal once with the runtime
-- user as migration user too (no PORTAL_DB_MIGRATION_USER), then grant per table yourself:
--   SELECT CONCAT('GRANT SELECT, INSERT, UPDATE, DELETE ON csvportal.`', table_name, '` TO ''csvportal''@''%'';')
--     FROM information_schema.tables WHERE table_schema = 'csvportal'
--     AND table_name NOT IN ('audit_entry', 'flyway_schema_history');
--   GRANT SELECT, INSERT ON csvportal.audit_entry TO 'csvportal'@'%';
-- and again after every upgrade that adds a table.
