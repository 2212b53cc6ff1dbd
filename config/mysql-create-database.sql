-- Creates the production database and its user on MySQL 8 / MariaDB >= 10.11.
-- Run as an administrator, with your own password in place of change-me:
--   mysql -uroot -p < config/mysql-create-database.sql
-- The portal creates and migrates its tables itself at start-up (Flyway, scripts in sql/).
CREATE DATABASE IF NOT EXISTS csvportal CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'csvportal'@'%' IDENTIFIED BY 'change-me';
GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, ALTER, INDEX, DROP, REFERENCES ON csvportal.* TO 'csvportal'@'%';
-- XA transactions (used by the portal's connection pool) need this on MySQL 8:
-- GRANT XA_RECOVER_ADMIN ON *.* TO 'csvportal'@'%';
