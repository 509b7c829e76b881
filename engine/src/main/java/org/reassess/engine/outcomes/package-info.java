/**
 * Trends of outcome measures over visits: whether the change from the first value to the latest is
 * clinically important (the MCIDs of the knowledge base, {@code measures.yaml}), and whether a
 * patient is improving over the primary measures. Pure functions over immutable values; no clinical
 * number is written here, every one comes from the knowledge base.
 */
package org.reassess.engine.outcomes;
