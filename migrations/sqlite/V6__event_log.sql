-- Live events of every server instance, for the instances on one PostgreSQL database to fan them out to their SSE
-- and WebSocket clients (each instance LISTENs and reads new rows). Ids follow commit order. SQLite, served by one
-- process, keeps its live events in memory and leaves this table empty; it exists so that both stores have one schema.
CREATE TABLE event_log (
    id         INTEGER PRIMARY KEY,
    type       TEXT NOT NULL,
    body       TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX event_log_by_time ON event_log (created_at);
