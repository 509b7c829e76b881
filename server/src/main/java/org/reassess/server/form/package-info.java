/**
 * The guided re-assessment form: the consultation as an HTML form, mapped both ways to a {@code
 * reassess-case/1} document ({@link org.reassess.server.form.CaseForm}), saved half-filled as a
 * draft ({@link org.reassess.server.form.FormDraft}) and shown through a view model ({@link
 * org.reassess.server.form.FormView}). The form only collects facts: every list of values comes
 * from the case format, nothing clinical is decided here.
 */
@NullMarked
package org.reassess.server.form;

import org.jspecify.annotations.NullMarked;
