package org.reassess.bench.load;

/**
 * One measured request.
 *
 * @param clientMillis from sending the request to having read the whole body, at the client
 * @param serverMillis the server's own {@code Server-Timing: app;dur=…}; NaN when absent
 * @param ok status 200 with a Server-Timing header
 */
record Sample(PageKind kind, double clientMillis, double serverMillis, boolean ok) {}
