-- The audit log is append-only: H2 runs a Java trigger that refuses every UPDATE and DELETE.
CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event FOR EACH ROW
  CALL 'org.reassess.server.db.AppendOnlyTrigger';
CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event FOR EACH ROW
  CALL 'org.reassess.server.db.AppendOnlyTrigger';
