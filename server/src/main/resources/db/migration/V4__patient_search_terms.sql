-- The patient search's index (records/SearchTerms): one row per prefix of each word of a patient's name and
-- record number, folded. A typed word is looked up by equality on the primary key, so a search reads the
-- few matching patients instead of every patient of the clinic (LIKE '%…%' cannot use an index). Filled
-- for existing patients by the Java migration V5 (the terms are computed in Java, one definition).
CREATE TABLE patient_search_term (
  clinic_id  BIGINT NOT NULL REFERENCES clinic (id),
  term       VARCHAR(32) NOT NULL,
  patient_id BIGINT NOT NULL REFERENCES patient (id),
  PRIMARY KEY (clinic_id, term, patient_id)
);
