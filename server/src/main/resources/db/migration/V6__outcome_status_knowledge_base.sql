-- Which knowledge base judged the patient's stored outcome status (version and content hash). The list
-- shows the stored status; when the server starts with another knowledge base (new MCIDs, a new
-- worsening policy), Outcomes re-judges the patients whose status an older one wrote. NULL: written
-- before this column, so re-judged at the next start.
ALTER TABLE patient ADD COLUMN outcome_status_kb VARCHAR(200);
