-- Dedicated agents (专人专店): whether an agent has KPI rows in another store on the same day is looked
-- up by agent and day; the primary key (store, agent, day) cannot answer that without a scan.
CREATE INDEX ix_kpi_daily_agent_day ON kpi_daily (agent_id, business_date);
