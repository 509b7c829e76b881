/** The clinician web application, REST API, persistence, accounts and audit. */
@NullMarked
package org.reassess.server;

import org.jspecify.annotations.NullMarked;
