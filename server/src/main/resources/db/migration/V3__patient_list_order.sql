-- The patient list shows open red flags first, then by name. One ascending sort key makes that order an
-- index range on both databases (H2 would not use an index for "red_flag_open DESC, display_name ASC"):
-- the list reads only the rows of the page it shows, however many patients the clinic has.
ALTER TABLE patient ADD COLUMN list_rank SMALLINT DEFAULT 1 NOT NULL;
UPDATE patient SET list_rank = CASE WHEN red_flag_open THEN 0 ELSE 1 END;
CREATE INDEX patient_list_order ON patient (clinic_id, list_rank, display_name, id);
