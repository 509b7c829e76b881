package org.reassess.server.form;

/** One thing a form section holds: a field, a repeated group, or one of the two special panels. */
public sealed interface Entry permits Field, Group, Entry.BodyMap, Entry.NeuroGrid {

  /** The clickable body/dermatome map and the checkboxes it drives. */
  record BodyMap(Field dermatomes, Field painLocations) implements Entry {}

  /** The neurological examination as a grid of roots and reflexes by side. */
  record NeuroGrid(Group motor, Group sensory, Group reflexes) implements Entry {}
}
